/**
 * Page furniture in the eval (i12-classes2): the rule that finds gold actors named only on furniture lines, and
 * the line classes the segmenter now reads as furniture (several authors in a byline, a "co-director" bio, who
 * stands where in a photo, wiki reference lines) or as body (a sentence cut after a function word). Expected
 * values worked out by hand from the texts below.
 */
import { describe, expect, it } from 'vitest';
import { furnitureOnlyActors, withoutActors } from '../../src/extract/eval/index.ts';
import { classifiedLines, classifyLine, segmentDocument } from '../../src/extract/segment/index.ts';
import type { GoldSet } from '../../src/extract/eval/index.ts';

function documentOf(text: string) {
  return { text, lines: classifiedLines(text), passages: segmentDocument(text, 'x').passages };
}

const page = [
  'Oil Deal Signed in Astana',
  'By Jane Roe and Dirk van der Berg',
  '',
  'Kazakhstan signed the deal with Sinopec on Monday. Sinopec will build the plant.',
  '',
  'Photo: Acme Images',
  '',
  'Jane Roe is a senior fellow at the Steppe Institute.',
].join('\n');

const gold: GoldSet = {
  actors: [
    { label: 'Kazakhstan', type: 'state', aliases: ['Kazakhstan'] },
    { label: 'Sinopec', type: 'firm', aliases: ['Sinopec'] },
    { label: 'Jane Roe', type: 'person', aliases: ['Jane Roe'] },
    { label: 'Dirk van der Berg', type: 'person', aliases: ['Dirk van der Berg'] },
    { label: 'Acme Images', type: 'firm', aliases: ['Acme Images'] },
    { label: 'Steppe Institute', type: 'organisation', aliases: ['Steppe Institute'] },
    // Named only in the headline: a heading is content, so it stays.
    { label: 'Astana', type: 'state', aliases: ['Astana'] },
    // Never written in the text: not furniture-only (no occurrence at all).
    { label: 'Ghost', type: 'firm', aliases: ['Ghost'] },
  ],
  notActors: [],
};

describe('gold actors named only on furniture lines', () => {
  it('lists the byline, caption and bio actors with their line kinds, and nothing named in body or headline', () => {
    expect(furnitureOnlyActors(gold, [documentOf(page)])).toEqual([
      { label: 'Jane Roe', kinds: ['bio', 'byline'] },
      { label: 'Dirk van der Berg', kinds: ['byline'] },
      { label: 'Acme Images', kinds: ['caption'] },
      { label: 'Steppe Institute', kinds: ['bio'] },
    ]);
  });

  it('keeps an actor that the body names once beside its byline', () => {
    const text = `${page}\n\nJane Roe reported from Almaty.`;
    const labels = furnitureOnlyActors(gold, [documentOf(text)]).map((actor) => actor.label);
    expect(labels).not.toContain('Jane Roe');
    expect(labels).toContain('Dirk van der Berg');
  });

  it('withoutActors drops exactly the listed labels', () => {
    expect(withoutActors(gold, new Set(['Sinopec', 'Ghost'])).actors.map((actor) => actor.label))
      .toEqual(['Kazakhstan', 'Jane Roe', 'Dirk van der Berg', 'Acme Images', 'Steppe Institute', 'Astana']);
  });
});

describe('furniture lines the segmenter now recognises', () => {
  it('reads several authors, a co-director bio, a photo position and a wiki reference as furniture', () => {
    expect(classifyLine('By Niva Yau and Dirk van der Kley', false)).toBe('byline');
    expect(classifyLine('By A. Smith, B. Jones & C. Lee', false)).toBe('byline');
    expect(classifyLine('By the way and Other Things', false)).not.toBe('byline');
    expect(classifyLine('Jane Roe is co-director of the Centre for Steppe Studies at Acme University', false)).toBe('bio');
    expect(classifyLine('Vepa Hajiyev (left), Batyr Niyazlyev and Rashid Meredov', false)).toBe('caption');
    expect(classifyLine('- ^ Gul, Ayaz (5 January 2023). "Taliban Seal Afghan Oil Deal". Voice of America.', false)).toBe('note');
    expect(classifyLine('edit- ^ a b Hoyt, Conrad', true)).toBe('note');
    // Outside a reference list a caret line needs a citation sign.
    expect(classifyLine('^ Hoyt Conrad', false)).not.toBe('note');
  });

  it('reads a line cut after a function word as body, not a heading', () => {
    expect(classifyLine('Scaroni also said he met Rex Tillerson, chairman and chief executive of', false)).toBe('body');
    expect(classifyLine('Kazakhstan Signs Pipeline Deal With China', false)).toBe('heading');
    expect(classifyLine('What the Deal Means for', false)).toBe('body');
  });
});

describe('more furniture and body lines (second round)', () => {
  it('reads a byline with its issue in brackets and a "Courtesy:" credit as furniture', () => {
    expect(classifyLine('By Jane Roe (01/07/2015 issue of the Steppe Analyst)', false)).toBe('byline');
    expect(classifyLine('Courtesy: Jane Roe', false)).toBe('caption');
  });

  it('reads a long sentence-case line as body, a title-case one as a heading', () => {
    expect(classifyLine('According to the minister, the agency now says these four were not involved', false)).toBe('body');
    expect(classifyLine('The Growth and Limits of Chinese Private Security Companies in Central Asia', false)).toBe('heading');
    expect(classifyLine('China wins the tender', false)).toBe('heading'); // short: still a headline
    // The document's first line is its title, even in sentence case.
    expect(classifyLine('According to the minister, the agency now says these four were not involved', false, true)).toBe('heading');
  });
});
