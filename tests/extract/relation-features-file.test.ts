/**
 * The committed training features (src/extract/cli/relation-features-file.ts,
 * tests/fixtures/relations/training-features.json): the encoding worked out by hand, the committed
 * model retrained from the file alone (no ../shared, no fresh texts) byte for byte, and the
 * file still matching what the code computes for the pairs whose documents the repository holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING, DEFAULT_USE } from '../../src/extract/relate/index.ts';
import {
  DEFAULT_CHOICE, FEATURES_FILE, committedFeatures, decodeFeatures, differingExamples, encodeFeatures, gapText, gapsOf, modelText, parseFeaturesFile, trainOnParts,
} from '../../src/extract/cli/relation-features-file.ts';
import { REPO_ROOT } from '../../src/extract/cli/gold-files.ts';
import { RELATION_SETS, pairInputsOf } from '../../src/extract/cli/relation-examples.ts';
import { examplesOf } from '../../src/extract/cli/relation-cv.ts';
import { parseRelationGold } from '../../src/extract/eval/relations.ts';

describe('gaps written with letters', () => {
  it('writes the last base-26 digit small and the leading ones as capitals', () => {
    expect(gapText(0)).toBe('a');
    expect(gapText(25)).toBe('z');
    expect(gapText(26)).toBe('Ba');
    expect(gapText(700)).toBe('BAy'); // 1·676 + 0·26 + 24
    expect(gapsOf('adBbBAy')).toEqual([0, 3, 27, 700]);
    expect(() => gapsOf('aB')).toThrow(/ends inside a gap/);
    expect(() => gapsOf('a b')).toThrow(/unexpected character/);
  });
});

describe('encoding a part', () => {
  const parts = [
    { part: 'one', examples: [{ features: ['bias', 'x', 'once'], label: 'meets' as const }, { features: ['bias', 'x', 'y'], label: 'none' as const }] },
    { part: 'two', examples: [{ features: ['y', 'bias'], label: 'belongs' as const }], skipped: [4] },
  ];
  const file = parseFeaturesFile(encodeFeatures(parts, 2, 'hand'), 'hand');

  it('keeps the features of at least minCount pairs, most frequent first, and one letter per label', () => {
    expect(file.vocabulary).toEqual(['bias', 'x', 'y']); // bias 3 pairs, x 2, y 2 (by name), "once" 1: left out
    expect(file.parts.map((p) => [p.part, p.labels, p.rows, p.skipped])).toEqual([['one', 'ak', ['ab', 'abb'], undefined], ['two', 'j', ['ac'], [4]]]);
  });

  it('decodes to the same pairs without the rare feature', () => {
    expect(decodeFeatures(file)).toEqual([
      { part: 'one', examples: [{ features: ['bias', 'x'], label: 'meets' }, { features: ['bias', 'x', 'y'], label: 'none' }] },
      { part: 'two', examples: [{ features: ['bias', 'y'], label: 'belongs' }], skipped: [4] },
    ]);
  });

  it('counts recomputed pairs that differ from the committed ones', () => {
    const [one] = decodeFeatures(file);
    const vocabulary = new Set(file.vocabulary);
    expect(differingExamples(parts[0]!.examples, one!.examples, 2, vocabulary)).toBe(0); // "once" is rare: not a difference
    expect(differingExamples([{ features: ['bias'], label: 'meets' }, parts[0]!.examples[1]!], one!.examples, 2, vocabulary)).toBe(1);
    // A new feature in two pairs of the part would have been committed: the file is stale.
    expect(differingExamples(parts[0]!.examples.map((e) => ({ ...e, features: [...e.features, 'new'] })), one!.examples, 2, vocabulary)).toBe(2);
  });
});

describe('the committed features', () => {
  const committed = committedFeatures();

  it('retrain the committed model byte for byte, from the repository alone', () => {
    const model = trainOnParts([...committed.values()], DEFAULT_TRAINING, DEFAULT_CHOICE, DEFAULT_USE);
    expect(modelText(model) === readFileSync(join(REPO_ROOT, 'src/extract/lexicon/relation-model.json'), 'utf8')).toBe(true);
  }, 120_000);

  it('still match the features the code computes for the sample-corpus pairs (else retrain with the texts)', () => {
    for (const part of ['tuning', 'test'] as const) {
      const stored = committed.get(part)!;
      const gold = parseRelationGold(JSON.parse(readFileSync(RELATION_SETS[part], 'utf8')), part);
      // Row r is the r-th gold pair not skipped when the file was written.
      const rowOf = new Map<number, number>();
      gold.forEach((_, index) => { if (!stored.skipped?.includes(index)) rowOf.set(index, rowOf.size); });
      const sample = gold.flatMap((pair, index) => (pair.corpus === 'sample' && rowOf.has(index) ? [{ pair, row: rowOf.get(index)! }] : []));
      expect(sample.length).toBeGreaterThan(50);
      const { inputs, skipped } = pairInputsOf(sample.map((s) => s.pair), () => join(REPO_ROOT, 'data/corpus'));
      expect(skipped).toBe(0);
      const computed = examplesOf(part, inputs).map((e) => ({ features: e.features, label: e.label }));
      const vocabulary = new Set([...committed.values()].flatMap((p) => p.examples.flatMap((e) => e.features)));
      expect(differingExamples(computed, sample.map((s) => stored.examples[s.row]!), DEFAULT_TRAINING.minCount, vocabulary)).toBe(0);
    }
  }, 120_000);
});
