/**
 * The second fresh entity set (tests/fixtures/fresh2/entity): its loader settings and its gold.
 * The texts live outside the repository (SILKMAP_FRESH2_TEXTS), so the loader must skip cleanly
 * without them and must not pick up the first set's folder. The gold checks never run the
 * extractor: the test half is frozen until the lead's one run, and neither half may be run before it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRESH2_TEXTS_ENV, FRESH_SETS, FRESH_TEXTS_ENV, freshSet, loadFreshTexts, resolveFreshTexts } from '../../src/extract/cli/fresh-texts.ts';
import { describeFreshEntityGold } from '../helpers/fresh-entity-gold.ts';
import { BATCHES, MANIFEST_PATH, drawFresh2 } from '../fixtures/fresh2/entity/draw.ts';

const DIR = 'tests/fixtures/fresh2/entity';

describe('fresh set 2 loader settings', () => {
  it('names its own variable, and --fresh alone still means the first set', () => {
    expect(FRESH2_TEXTS_ENV).toBe('SILKMAP_FRESH2_TEXTS');
    expect(freshSet('fresh2')).toBe(FRESH_SETS.fresh2);
    expect(freshSet(true).env).toBe(FRESH_TEXTS_ENV);
    expect(() => freshSet('fresh9')).toThrow(/unknown set "fresh9"/);
  });

  it('skips, naming SILKMAP_FRESH2_TEXTS, when only the first set\'s variable is set', () => {
    const gold = { files: [{ file: '001.txt', sha256: '0'.repeat(64) }] };
    const result = loadFreshTexts(gold, undefined, { [FRESH_TEXTS_ENV]: tmpdir() }, FRESH_SETS.fresh2);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining(`${FRESH2_TEXTS_ENV} is not set`) });
    expect(result.status === 'skipped' && result.reason).toContain(`${FRESH2_TEXTS_ENV}=/work/fresh2/entity`);
    expect(resolveFreshTexts(undefined, { [FRESH2_TEXTS_ENV]: join(tmpdir(), 'silkmap-fresh2-absent-4711') }, FRESH_SETS.fresh2)).toBeNull();
  });
});

describe('eval --fresh fresh2 (command line)', { timeout: 60_000 }, () => {
  // A stand-in gold listing one fresh file: the command must stop before any text is read or extracted.
  const work = mkdtempSync(join(tmpdir(), 'silkmap-fresh2-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const gold = join(work, 'gold.json');
  writeFileSync(gold, JSON.stringify({ files: [{ file: '001.txt', sha256: '0'.repeat(64) }], actors: [{ label: 'China', type: 'state', aliases: ['China'] }], notActors: [] }));
  const { [FRESH2_TEXTS_ENV]: _unset, ...env } = process.env;
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/extract/cli/eval.ts', ...args], { encoding: 'utf8', env });

  it('skips with exit 0 and names the variable when the texts are absent', () => {
    const result = run(['--fresh', 'fresh2', '--gold', gold]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`skipped: fresh texts not found (${FRESH2_TEXTS_ENV} is not set`);
  });

  it('refuses an unknown set by name', () => {
    const result = run(['--fresh', 'fresh9', '--gold', gold]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown set "fresh9"');
  });
});

describeFreshEntityGold({ number: 2, dir: DIR, setName: 'fresh2', manifestPath: MANIFEST_PATH, batches: BATCHES, draw: (entries) => drawFresh2(entries), earlierManifests: ['tests/fixtures/fresh/entity/manifest.json', 'tests/fixtures/fresh/relation/manifest.json'] });
