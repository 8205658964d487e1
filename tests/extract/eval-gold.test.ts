/**
 * Checks on the hand-annotated gold sample itself: the excerpts are verbatim stretches of
 * the sample texts, they cover the share of each text issue 3 asks for, and every gold
 * alias really occurs in them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/extract/eval/index.ts';

const ANNOTATED = 'tests/fixtures/annotated';
const EXCERPTS = join(ANNOTATED, 'corpus');
const SOURCES = 'data/corpus';

const excerptFiles = readdirSync(EXCERPTS).filter((name) => name.endsWith('.txt')).sort();
const excerptText = excerptFiles.map((name) => readFileSync(join(EXCERPTS, name), 'utf8')).join('\n');
const gold = parseGold(JSON.parse(readFileSync(join(ANNOTATED, 'gold.json'), 'utf8')));

describe('annotated excerpts', () => {
  it('exist for each sample text', () => {
    expect(excerptFiles).toEqual(readdirSync(SOURCES).filter((name) => name.endsWith('.txt')).sort());
  });

  it.each(excerptFiles)('%s is made of verbatim paragraphs of its source covering 25-35 %% of it', (name) => {
    const source = readFileSync(join(SOURCES, name), 'utf8');
    const excerpt = readFileSync(join(EXCERPTS, name), 'utf8');
    // Stretches are separated by blank lines, so every paragraph of the excerpt must be in the source.
    for (const paragraph of excerpt.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p.length > 0)) {
      expect(source.includes(paragraph), paragraph.slice(0, 80)).toBe(true);
    }
    const share = excerpt.length / source.length;
    expect(share).toBeGreaterThanOrEqual(0.25);
    expect(share).toBeLessThanOrEqual(0.36);
  });
});

describe('gold annotation', () => {
  it('has unique labels and at least one alias per actor', () => {
    const labels = gold.actors.map((a) => a.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(gold.actors.filter((a) => a.aliases.length === 0)).toEqual([]);
  });

  it('only lists aliases that occur in the excerpts', () => {
    const absent = gold.actors.flatMap((a) => a.aliases.filter((alias) => !excerptText.includes(alias)).map((alias) => `${a.label}: ${alias}`));
    expect(absent).toEqual([]);
  });

  it('covers all four actor types', () => {
    expect(new Set(gold.actors.map((a) => a.type))).toEqual(new Set(['state', 'organisation', 'firm', 'person']));
  });

  it('documents tricky non-actors that occur in the excerpts', () => {
    expect(gold.notActors.length).toBeGreaterThan(5);
    const absent = gold.notActors.filter((n) => !excerptText.includes(n.text)).map((n) => n.text);
    expect(absent).toEqual([]);
  });
});
