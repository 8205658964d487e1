/**
 * Checks on the hand-annotated gold samples themselves: the excerpts are verbatim
 * stretches of the sample texts, the main sample covers the share of each text issue 3
 * asks for, the held-out sample does not overlap it, and every gold alias and documented
 * non-actor really occurs in the excerpts it belongs to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/extract/eval/index.ts';

const SOURCES = 'data/corpus';
const SETS = { main: 'tests/fixtures/annotated', holdout: 'tests/fixtures/annotated/holdout' } as const;

function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p.length > 0);
}

function loadSet(folder: string): { files: string[]; text: string; gold: ReturnType<typeof parseGold> } {
  const corpus = join(folder, 'corpus');
  const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
  const text = files.map((name) => readFileSync(join(corpus, name), 'utf8')).join('\n');
  return { files, text, gold: parseGold(JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8'))) };
}

const sourceNames = readdirSync(SOURCES).filter((name) => name.endsWith('.txt')).sort();

describe.each(Object.entries(SETS))('%s annotated sample', (_name, folder) => {
  const { files, text, gold } = loadSet(folder);

  it('has an excerpt file for each sample text', () => {
    expect(files).toEqual(sourceNames);
  });

  it.each(files)('%s is made of verbatim paragraphs of its source', (name) => {
    const source = readFileSync(join(SOURCES, name), 'utf8');
    for (const paragraph of paragraphs(readFileSync(join(folder, 'corpus', name), 'utf8'))) {
      expect(source.includes(paragraph), paragraph.slice(0, 80)).toBe(true);
    }
  });

  it('has unique labels and at least one alias per actor', () => {
    const labels = gold.actors.map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(gold.actors.filter((a) => a.aliases.length === 0)).toEqual([]);
  });

  it('only lists aliases that occur in its excerpts', () => {
    const absent = gold.actors.flatMap((a) => a.aliases.filter((alias) => !text.includes(alias)).map((alias) => `${a.label}: ${alias}`));
    expect(absent).toEqual([]);
  });

  it('covers all four actor types', () => {
    expect(new Set(gold.actors.map((a) => a.type))).toEqual(new Set(['state', 'organisation', 'firm', 'person']));
  });

  it('documents tricky non-actors that occur in its excerpts', () => {
    expect(gold.notActors.length).toBeGreaterThan(5);
    expect(gold.notActors.filter((n) => !text.includes(n.text)).map((n) => n.text)).toEqual([]);
  });
});

describe('main sample', () => {
  it.each(sourceNames)('%s excerpt covers 25-35 %% of its source', (name) => {
    const share = readFileSync(join(SETS.main, 'corpus', name), 'utf8').length / readFileSync(join(SOURCES, name), 'utf8').length;
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeLessThanOrEqual(0.36);
  });

  it('shares no paragraph with the held-out sample', () => {
    const main = new Set(sourceNames.flatMap((name) => paragraphs(readFileSync(join(SETS.main, 'corpus', name), 'utf8'))));
    const shared = sourceNames
      .flatMap((name) => paragraphs(readFileSync(join(SETS.holdout, 'corpus', name), 'utf8')))
      .filter((p) => main.has(p) && p.length > 80);
    expect(shared).toEqual([]);
  });
});
