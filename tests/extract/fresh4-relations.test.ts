/**
 * The fourth fresh relation part (tests/fixtures/fresh4/relation/, i14-gold12): every genre-stratified
 * part's checks (tests/helpers/fresh-relation-gold.ts) with this part's split rule, plus what only this
 * part has: it was drawn in two batches (41 texts on `seed`, split committed before any labelling; a
 * supplement of 6 on `supplementSeed`), so the first batch must keep exactly the halves the first seed
 * gave it, and a supplement without its own seed must be refused. Files only: never the extractor or
 * the classifier.
 */
import { describe, expect, it } from 'vitest';
import { FRESH_RELATION_SETS } from '../../src/extract/cli/fresh-relations.ts';
import { drawHalves } from '../fixtures/fresh2/relation/draw.ts';
import { drawHalves4, readManifest4, type Manifest4 } from '../fixtures/fresh4/relation/draw.ts';
import { describeFreshRelationGold } from '../helpers/fresh-relation-gold.ts';

describeFreshRelationGold('fresh4', { texts: 47, tuning: 24, draw: (manifest) => drawHalves4(manifest as Manifest4) });

describe('fourth fresh relation part: its two batches', () => {
  const manifest = readManifest4();

  it('holds 41 texts of the first batch and 6 of the supplement (042–047)', () => {
    expect(manifest.files.filter((entry) => entry.batch === 2).map((entry) => entry.file)).toEqual(['042.txt', '043.txt', '044.txt', '045.txt', '046.txt', '047.txt']);
    expect(manifest.files.filter((entry) => entry.batch === undefined)).toHaveLength(41);
  });

  it('keeps the first batch in the halves the first seed gave it, with the supplement split 3/3', () => {
    const halves = drawHalves4(manifest);
    const firstBatch = { ...manifest, files: manifest.files.filter((entry) => entry.batch === undefined) };
    for (const [file, half] of drawHalves(firstBatch)) expect([file, halves.get(file)]).toEqual([file, half]);
    const supplementHalves = manifest.files.filter((entry) => entry.batch === 2).map((entry) => halves.get(entry.file));
    expect(supplementHalves.filter((half) => half === 'tuning')).toHaveLength(3);
  });

  it('refuses a supplement without its own seed, so the second batch can never fall back on the first seed', () => {
    const { supplementSeed: _seed, ...rest } = manifest;
    expect(() => drawHalves4(rest as Manifest4)).toThrow(/supplementSeed/);
  });

  it('is spent (run once by the lead, 2026-12-08) and read by no training', () => {
    expect(FRESH_RELATION_SETS.fresh4).toMatchObject({ option: '--fresh4', spent: true, training: false });
  });
});
