/**
 * Checks on the real-corpus gold sets (tests/fixtures/real/{tuning,test,test2,test3,test4,test5,test6,test7}/gold.json):
 * they parse, no two parts share a file, each part covers every genre its pool still had (test5,
 * test6: no remarks file was left; test7: only Wikipedia articles were left) and holds at least 200 actors, test5, test6 and test7 keep to their pool rule, and — when the real corpus is beside the checkout (or named by SILKMAP_REAL_CORPUS)
 * — every listed file exists with the annotated text unchanged, and every alias and documented
 * non-actor occurs in the part's covered text. Without the corpus those checks are skipped.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoveredText, resolveRealCorpus, REAL_CORPUS_RELATIVE } from '../../src/extract/cli/gold-files.ts';
import { parseGold } from '../../src/extract/eval/index.ts';
import { poolOf } from '../fixtures/pool.ts';

const PARTS = {
  tuning: 'tests/fixtures/real/tuning/gold.json',
  test: 'tests/fixtures/real/test/gold.json',
  test2: 'tests/fixtures/real/test2/gold.json',
  test3: 'tests/fixtures/real/test3/gold.json',
  test4: 'tests/fixtures/real/test4/gold.json',
  test5: 'tests/fixtures/real/test5/gold.json',
  test6: 'tests/fixtures/real/test6/gold.json',
  test7: 'tests/fixtures/real/test7/gold.json',
} as const;
const GENRES = ['readout-joint', 'fact-sheet', 'nominees', 'remarks', 'wikipedia'];
/** The pools of test5 and test6 (frozen, even second byte, no earlier set) held no remarks file at draw time; test7's held only Wikipedia articles. */
const genresOf = (part: string): string[] => {
  if (part === 'test7') return ['wikipedia'];
  return part === 'test5' || part === 'test6' ? GENRES.filter((g) => g !== 'remarks') : GENRES;
};

interface RawFile { file: string; genre: string }
const raw = (path: string): { files: RawFile[] } => JSON.parse(readFileSync(path, 'utf8')) as { files: RawFile[] };
const corpus = resolveRealCorpus();
if (corpus === null) {
  console.warn(`real-gold.test: skipped the checks against the texts: ${REAL_CORPUS_RELATIVE} not found (nor SILKMAP_REAL_CORPUS)`);
}

/** A surface form occurs as a whole word sequence (not inside a longer word). */
function occurs(form: string, text: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

describe('real-corpus gold sets', () => {
  const filesByPart = Object.entries(PARTS).map(([part, path]) => ({ part, files: raw(path).files.map((f) => f.file) }));

  it('share no file between any two parts (tuning, frozen test, test2, test3, test4, test5, test6, test7) and list no file twice', () => {
    const shared = filesByPart.flatMap((a, i) =>
      filesByPart.slice(i + 1).flatMap((b) => a.files.filter((f) => b.files.includes(f)).map((f) => `${a.part}+${b.part}: ${f}`)),
    );
    expect(shared).toEqual([]);
    for (const { part, files } of filesByPart) expect(new Set(files).size, part).toBe(files.length);
  });

  it.each(['test5', 'test6', 'test7'] as const)('draw %s only from its half of the frozen pool: poolOf() frozen and an even second byte of SHA-256(file name)', (part) => {
    const secondByte = (f: string): number => createHash('sha256').update(f, 'utf8').digest()[1] ?? 1;
    const files = raw(PARTS[part]).files.map((f) => f.file);
    expect(files.filter((f) => poolOf(f) !== 'frozen' || secondByte(f) % 2 !== 0)).toEqual([]);
  });

  describe.each(Object.entries(PARTS))('%s part', (part, path) => {
    const gold = parseGold(JSON.parse(readFileSync(path, 'utf8')));
    const files = gold.files ?? [];

    it('lists its files, covers every genre and holds at least 200 actors', () => {
      expect(files.length).toBeGreaterThanOrEqual(10);
      expect([...new Set(raw(path).files.map((f) => f.genre))].sort()).toEqual([...genresOf(part)].sort());
      expect(gold.actors.length).toBeGreaterThanOrEqual(200);
      for (const f of files) expect(f.sha256, f.file).toMatch(/^[0-9a-f]{64}$/);
    });

    it.skipIf(corpus === null)('matches the texts: files exist unchanged, every alias and non-actor occurs', () => {
      const texts = files.map((f) => readCoveredText(corpus ?? '', f));
      const all = texts.join('\n\n');
      const absent = gold.actors.flatMap((a) => a.aliases.filter((alias) => !occurs(alias, all)).map((alias) => `${a.label}: ${alias}`));
      expect(absent).toEqual([]);
      const absentNon = gold.notActors.filter((n) => !all.includes(n.text)).map((n) => n.text);
      expect(absentNon).toEqual([]);
      // Every actor has at least one alias, so it is tied to the text.
      expect(gold.actors.filter((a) => a.aliases.length === 0).map((a) => a.label)).toEqual([]);
    });
  });
});
