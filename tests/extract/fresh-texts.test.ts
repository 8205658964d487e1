/**
 * The fresh-text loader (src/extract/cli/fresh-texts.ts) and the fresh gold sets
 * (tests/fixtures/fresh/{tuning,test}/gold.json). The texts live outside the repository, so the
 * loader must skip cleanly when they are absent and refuse a text whose SHA-256 differs from the
 * annotated one; a set is chosen by name. The gold checks never run the extractor (the test half is frozen).
 * Later sets' checks: tests/helpers/fresh-entity-gold.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { FRESH_TEXTS_ENV, freshSet, loadFreshTexts, resolveFreshTexts } from '../../src/extract/cli/fresh-texts.ts';
import { parseGold } from '../../src/extract/eval/index.ts';
import { drawSplit, readManifest } from '../fixtures/fresh/draw.ts';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folderWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'silkmap-fresh-'));
  folders.push(dir);
  writeFileSync(join(dir, name), text, 'utf8');
  return dir;
}

describe('loadFreshTexts', () => {
  const gold = { files: [{ file: '001.txt', sha256: sha256('Astana hosted the SCO.') }] };

  it('skips, naming the variable, when SILKMAP_FRESH_TEXTS is not set', () => {
    const result = loadFreshTexts(gold, undefined, {});
    expect(result.status).toBe('skipped');
    expect(result.status === 'skipped' && result.reason).toContain(`${FRESH_TEXTS_ENV} is not set`);
  });

  it('skips when the named folder does not exist', () => {
    const missing = join(tmpdir(), 'silkmap-fresh-no-such-folder-4711');
    const result = loadFreshTexts(gold, undefined, { [FRESH_TEXTS_ENV]: missing });
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining(`${missing} is not a folder`) });
    expect(resolveFreshTexts(undefined, { [FRESH_TEXTS_ENV]: '' })).toBeNull();
  });

  it('reads a text whose SHA-256 matches, from --corpus before the variable', () => {
    const dir = folderWith('001.txt', 'Astana hosted the SCO.');
    const result = loadFreshTexts(gold, dir, { [FRESH_TEXTS_ENV]: '/nowhere' });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.dir).toBe(dir);
    expect(result.files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual([['001.txt', 'Astana hosted the SCO.']]);
  });

  it('fails loudly, naming the file, when a text differs from the annotated one', () => {
    const dir = folderWith('001.txt', 'Astana hosted the CSTO.');
    expect(() => loadFreshTexts(gold, undefined, { [FRESH_TEXTS_ENV]: dir })).toThrow(/001\.txt.*sha256 mismatch/);
  });

  it('fails when a listed text is missing from the folder or has no recorded hash', () => {
    const dir = folderWith('other.txt', 'x');
    expect(() => loadFreshTexts(gold, dir, {})).toThrow(/001\.txt: cannot read/);
    expect(() => loadFreshTexts({ files: [{ file: 'other.txt' }] }, dir, {})).toThrow(/must record each text's sha256/);
  });
});

describe('choosing a fresh set', () => {
  it('takes --fresh alone for the first set and refuses an unknown name, in the library and on the command line', () => {
    expect(freshSet(true).env).toBe(FRESH_TEXTS_ENV);
    expect(() => freshSet('fresh9')).toThrow(/unknown set "fresh9"/);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/extract/cli/eval.ts', '--fresh', 'fresh9', '--gold', 'tests/fixtures/fresh/tuning/gold.json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown set "fresh9"');
  }, 60_000);
});

describe('fresh gold sets', () => {
  const parts = { tuning: 'tests/fixtures/fresh/tuning/gold.json', test: 'tests/fixtures/fresh/test/gold.json' } as const;
  const manifest = readManifest();
  const split = JSON.parse(readFileSync('tests/fixtures/fresh/split.json', 'utf8')) as { seed: number; tuning: string[]; test: string[] };
  const golds = Object.fromEntries(Object.entries(parts).map(([part, path]) => [part, parseGold(JSON.parse(readFileSync(path, 'utf8')))]));

  it('follow the committed seeded split, which the draw reproduces, with no file in both halves', () => {
    expect(drawSplit(manifest, split.seed)).toEqual({ tuning: split.tuning, test: split.test });
    expect(golds['tuning']?.files?.map((f) => f.file).sort()).toEqual(split.tuning);
    expect(golds['test']?.files?.map((f) => f.file).sort()).toEqual(split.test);
    expect(split.tuning.filter((f) => split.test.includes(f))).toEqual([]);
    expect(split.tuning.length + split.test.length).toBe(manifest.length);
  });

  it('record each whole text with the hash and length of the manifest', () => {
    const byFile = new Map(manifest.map((e) => [e.file, e]));
    for (const gold of Object.values(golds)) {
      for (const f of gold.files ?? []) {
        expect(f.sha256).toBe(byFile.get(f.file)?.sha256);
        expect([f.start, f.end]).toEqual([0, byFile.get(f.file)?.characters]);
      }
    }
  });

  it('hold over a hundred actors in each half, of every type', () => {
    for (const gold of Object.values(golds)) {
      expect(gold.actors.length).toBeGreaterThan(100);
      expect(new Set(gold.actors.map((a) => a.type))).toEqual(new Set(['state', 'organisation', 'firm', 'person']));
    }
  });

  const dir = resolveFreshTexts(undefined);
  it.skipIf(dir === null)('list only surface forms that occur in their half (needs SILKMAP_FRESH_TEXTS)', () => {
    for (const gold of Object.values(golds)) {
      const loaded = loadFreshTexts({ files: gold.files ?? [] }, undefined);
      if (loaded.status !== 'ok') throw new Error(loaded.reason);
      const flat = loaded.files.map((f) => new TextDecoder().decode(f.bytes)).join('\n').replace(/\s+/g, ' ').toLowerCase();
      const forms = [...gold.actors.flatMap((a) => a.aliases), ...gold.notActors.map((n) => n.text)];
      expect(forms.filter((form) => !flat.includes(form.replace(/\s+/g, ' ').toLowerCase()))).toEqual([]);
    }
  });
});
