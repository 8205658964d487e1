/**
 * What the checks on each frozen real-corpus entity part (tests/extract/real-gold-test*.test.ts)
 * share: reading the part's gold, the files of the other entity parts, and the check that every
 * covered stretch lies inside its file. They read gold files and texts only, never the extractor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readCoveredText, resolveRealCorpus, REAL_CORPUS_RELATIVE } from '../../src/extract/cli/gold-files.ts';
import { parseGold } from '../../src/extract/eval/index.ts';
import type { GoldSet } from '../../src/extract/eval/types.ts';

export interface RawFile { file: string; genre: string; start: number; end: number; sha256: string }
export interface RawPart { files: RawFile[]; actors: { type: string }[] }
export interface FrozenPart { raw: RawPart; gold: GoldSet; files: string[]; corpus: string | null }

/** The part under tests/fixtures/real/<name>, and the corpus folder (null, with a warning, when absent). */
export function loadEntityPart(name: string): FrozenPart {
  const raw = JSON.parse(readFileSync(`tests/fixtures/real/${name}/gold.json`, 'utf8')) as RawPart;
  const corpus = resolveRealCorpus();
  if (corpus === null) {
    console.warn(`real-gold-${name}.test: skipped the checks against the texts: ${REAL_CORPUS_RELATIVE} not found (nor SILKMAP_REAL_CORPUS)`);
  }
  return { raw, gold: parseGold(raw), files: raw.files.map((f) => f.file), corpus };
}

/** Every file named by the given entity parts. */
export function entityPartFiles(parts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const part of parts) for (const f of loadRaw(part).files) out.add(f.file);
  return out;
}

/** Files per genre, for the parts' genre-stratified draws. */
export function filesPerGenre(raw: RawPart): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of raw.files) out[f.genre] = (out[f.genre] ?? 0) + 1;
  return out;
}

/** Each stretch starts its file, ends inside it, and reads back at its recorded length. */
export function expectStretchesInside(raw: RawPart, corpus: string): void {
  for (const f of raw.files) {
    const whole = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(corpus, f.file)));
    expect(f.start, f.file).toBe(0);
    expect(f.end, f.file).toBeGreaterThan(f.start);
    expect(f.end, f.file).toBeLessThanOrEqual(whole.length);
    expect(readCoveredText(corpus, f).length, f.file).toBe(f.end - f.start);
  }
}

function loadRaw(part: string): RawPart {
  return JSON.parse(readFileSync(`tests/fixtures/real/${part}/gold.json`, 'utf8')) as RawPart;
}
