import { describe, expect, it } from 'vitest';
import { formatReport, GoldFormatError, normaliseSurface, parseGold, score } from '../../src/extract/eval/index.ts';
import type { GoldSet, ScoredNode } from '../../src/extract/eval/index.ts';

function node(label: string, type: ScoredNode['type'], aliases: string[] = [label], mentionCount = 1): ScoredNode {
  return { label, type, aliases, mentionCount };
}

const gold: GoldSet = {
  actors: [
    { label: 'China', type: 'state', aliases: ['China', 'Beijing', 'Chinese'] },
    { label: 'Shanghai Cooperation Organisation', type: 'organisation', aliases: ['SCO'] },
    { label: 'Xi Jinping', type: 'person', aliases: ['Xi Jinping', 'Xi', 'President Xi'] },
    { label: 'Huawei', type: 'firm', aliases: ['Huawei'] },
  ],
  notActors: [],
};

describe('normaliseSurface', () => {
  it.each([
    ['China’s', 'china'],
    ["People's Liberation Army", 'people liberation army'],
    ['  Shanghai   Cooperation Organization ', 'shanghai cooperation organisation'],
    ['Tehrik‑i‑Taliban', 'tehrik-i-taliban'],
    ['China – Pakistan', 'china-pakistan'],
    ['Türkiye', 'turkiye'],
    ['The Taliban', 'taliban'],
    ['China National Petroleum Corp.', 'china national petroleum corp'],
    ["member states'", 'member states'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseSurface(input)).toBe(expected);
  });

  it('keeps different names apart', () => {
    expect(normaliseSurface('US')).not.toBe(normaliseSurface('UK'));
    expect(normaliseSurface('Kazakh')).not.toBe(normaliseSurface('Kazakhs'));
  });
});

describe('score', () => {
  it('gives perfect figures when every gold actor has exactly one node of the right type', () => {
    const report = score(
      {
        nodes: [
          node('China', 'state', ['China', 'Beijing'], 10),
          node('Shanghai Cooperation Organisation', 'organisation', ['SCO'], 4),
          node('Xi Jinping', 'person', ['Xi Jinping', 'Xi'], 3),
          node('Huawei', 'firm', ['Huawei'], 1),
        ],
      },
      gold,
    );
    expect(report.precision.value).toBe(1);
    expect(report.recall.value).toBe(1);
    expect(report.split.value).toBe(0);
    expect(report.typeAccuracy.value).toBe(1);
    expect(report.allBarsMet).toBe(true);
    expect(report.missed).toEqual([]);
    expect(report.spurious).toEqual([]);
  });

  it('matches through any alias after normalisation (possessive, spelling, case)', () => {
    const report = score({ nodes: [node('Shanghai Cooperation Organization', 'organisation', ['China’s SCO', 'sco'])] }, gold);
    expect(report.recall.numerator).toBe(1);
    expect(report.precision.value).toBe(1);
  });

  it('counts spurious nodes against precision and lists them, most mentioned first', () => {
    const report = score(
      {
        nodes: [
          node('China', 'state', ['China'], 5),
          node('Central Asia', 'state', ['Central Asia'], 2),
          node('Great Game', 'organisation', ['Great Game'], 7),
        ],
      },
      gold,
    );
    expect(report.precision).toMatchObject({ numerator: 1, denominator: 3 });
    expect(report.spurious.map((s) => s.label)).toEqual(['Great Game', 'Central Asia']);
    expect(report.recall).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(report.missed.map((m) => m.label)).toEqual(['Huawei', 'Shanghai Cooperation Organisation', 'Xi Jinping']);
    expect(report.allBarsMet).toBe(false);
  });

  it('finds split actors and judges type on the main (most mentioned) node', () => {
    const report = score(
      {
        nodes: [
          node('Xi Jinping', 'person', ['Xi Jinping'], 5),
          node('President Xi', 'organisation', ['President Xi'], 2),
          node('Huawei', 'organisation', ['Huawei'], 3),
        ],
      },
      gold,
    );
    expect(report.split).toMatchObject({ numerator: 1, denominator: 4 });
    expect(report.splits).toEqual([{ gold: 'Xi Jinping', nodes: [expect.objectContaining({ label: 'President Xi' }), expect.objectContaining({ label: 'Xi Jinping' })] }]);
    // Xi's main node is the person node (5 mentions): right; Huawei's only node is an organisation: wrong.
    expect(report.typeAccuracy).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(report.wrongTypes).toEqual([{ gold: 'Huawei', goldType: 'firm', node: 'Huawei', nodeType: 'organisation' }]);
    expect(report.split.bar.met).toBe(false);
  });

  it('reports a node that swallows two gold actors as merged', () => {
    const report = score({ nodes: [node('China', 'state', ['China', 'Xi'], 9)] }, gold);
    expect(report.merged).toEqual([{ node: expect.objectContaining({ label: 'China' }), gold: ['China', 'Xi Jinping'] }]);
    expect(report.recall.numerator).toBe(2);
    expect(report.wrongTypes.map((w) => w.gold)).toEqual(['Xi Jinping']);
  });

  it('gives recall per actor type', () => {
    const report = score({ nodes: [node('China', 'state'), node('Xi', 'person'), node('SCO', 'firm')] }, gold);
    expect(report.recallByType).toEqual([
      { type: 'state', goldActors: 1, matched: 1 },
      { type: 'organisation', goldActors: 1, matched: 1 },
      { type: 'firm', goldActors: 1, matched: 0 },
      { type: 'person', goldActors: 1, matched: 1 },
    ]);
  });

  it('flags spurious nodes that the annotator listed as non-actors', () => {
    const withNonActors: GoldSet = { ...gold, notActors: [{ text: 'Central Asia', reason: 'region' }] };
    const report = score({ nodes: [node('Central Asia', 'state', ['Central Asia’s']), node('Great Game', 'organisation')] }, withNonActors);
    expect(report.spurious.map((s) => s.label)).toEqual(['Central Asia', 'Great Game']);
    expect(report.rejectedNonActors).toEqual(['Central Asia']);
    expect(formatReport(report)).toContain('Central Asia [state, 1×] aka Central Asia’s  (listed in gold notActors)');
  });

  it('reports undefined ratios as null for an empty graph, below every bar', () => {
    const report = score({ nodes: [] }, gold);
    expect(report.precision.value).toBeNull();
    expect(report.typeAccuracy.value).toBeNull();
    expect(report.recall.value).toBe(0);
    expect(report.precision.bar.met).toBe(false);
    expect(formatReport(report)).toContain('n/a');
  });
});

describe('formatReport', () => {
  it('prints each figure beside its bar and lists the misses', () => {
    const text = formatReport(score({ nodes: [node('China', 'state'), node('Eurasia', 'state')] }, gold));
    expect(text).toMatch(/precision\s+0\.500\s+\(1\/2\)\s+bar >= 0\.92\s+BELOW BAR/);
    expect(text).toMatch(/split actors\s+0\.0 %.*bar < 3 %\s+ok/);
    expect(text).toMatch(/type accuracy\s+100\.0 %.*bar >= 95 %\s+ok/);
    expect(text).toContain('Missed gold actors (3):');
    expect(text).toContain('  - Eurasia [state, 1×]');
  });
});

describe('parseGold', () => {
  it('accepts a well-formed file and defaults notActors', () => {
    const parsed = parseGold({ actors: [{ label: 'China', type: 'state', aliases: ['China'] }] });
    expect(parsed.notActors).toEqual([]);
  });

  it('accepts non-actors as plain strings or as {text, reason}', () => {
    const parsed = parseGold({
      actors: [{ label: 'China', type: 'state', aliases: ['China'] }],
      notActors: ['Xinjiang', { text: 'Eurasia', reason: 'region' }],
    });
    expect(parsed.notActors).toEqual([{ text: 'Xinjiang', reason: '' }, { text: 'Eurasia', reason: 'region' }]);
  });

  it('rejects an empty non-actor string', () => {
    expect(() => parseGold({ actors: [{ label: 'China', type: 'state', aliases: ['China'] }], notActors: [''] })).toThrow(/notActors\.0/);
  });

  it('rejects unknown types with a clear message', () => {
    expect(() => parseGold({ actors: [{ label: 'X', type: 'country', aliases: [] }] })).toThrow(/actors\.0\.type/);
  });

  it('rejects a surface form given to two actors', () => {
    const ambiguous = {
      actors: [
        { label: 'Russia', type: 'state', aliases: ['Moscow'] },
        { label: 'Soviet Union', type: 'state', aliases: ['moscow'] },
      ],
    };
    expect(() => parseGold(ambiguous)).toThrow(GoldFormatError);
    expect(() => parseGold(ambiguous)).toThrow(/"moscow" names both "Russia" and "Soviet Union"/);
  });
});
