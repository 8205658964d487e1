/**
 * The fourth fresh entity set (tests/fixtures/fresh4/entity): its loader settings and its gold.
 * The texts live outside the repository (SILKMAP_FRESH4_TEXTS), so the loader must skip cleanly
 * without them and must not pick up another set's folder. The gold checks never run the extractor:
 * neither half may be run before the lead's one run at the end of the session.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRESH2_TEXTS_ENV, FRESH3_TEXTS_ENV, FRESH4_TEXTS_ENV, FRESH_SETS, FRESH_TEXTS_ENV, freshSet, loadFreshTexts, resolveFreshTexts } from '../../src/extract/cli/fresh-texts.ts';
import { describeFreshEntityGold } from '../helpers/fresh-entity-gold.ts';
import { BATCHES, MANIFEST_PATH, drawFresh4 } from '../fixtures/fresh4/entity/draw.ts';

const DIR = 'tests/fixtures/fresh4/entity';
const EARLIER_MANIFESTS = [
  'tests/fixtures/fresh/entity/manifest.json',
  'tests/fixtures/fresh/relation/manifest.json',
  'tests/fixtures/fresh2/entity/manifest.json',
  'tests/fixtures/fresh2/relation/manifest.json',
  'tests/fixtures/fresh3/entity/manifest.json',
  'tests/fixtures/fresh3/relation/manifest.json',
];

describe('fresh set 4 loader settings', () => {
  it('names its own variable and folder', () => {
    expect(FRESH4_TEXTS_ENV).toBe('SILKMAP_FRESH4_TEXTS');
    expect(freshSet('fresh4')).toBe(FRESH_SETS.fresh4);
    expect(FRESH_SETS.fresh4.example).toBe('/work/fresh4/entity');
  });

  it("skips, naming SILKMAP_FRESH4_TEXTS, when only the earlier sets' variables are set", () => {
    const gold = { files: [{ file: '001.txt', sha256: '0'.repeat(64) }] };
    const result = loadFreshTexts(gold, undefined, { [FRESH_TEXTS_ENV]: tmpdir(), [FRESH2_TEXTS_ENV]: tmpdir(), [FRESH3_TEXTS_ENV]: tmpdir() }, FRESH_SETS.fresh4);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining(`${FRESH4_TEXTS_ENV} is not set`) });
    expect(result.status === 'skipped' && result.reason).toContain(`${FRESH4_TEXTS_ENV}=/work/fresh4/entity`);
    expect(resolveFreshTexts(undefined, { [FRESH4_TEXTS_ENV]: join(tmpdir(), 'silkmap-fresh4-absent-4711') }, FRESH_SETS.fresh4)).toBeNull();
  });
});

describe('eval --fresh fresh4 (command line)', { timeout: 60_000 }, () => {
  // A stand-in gold listing one fresh file: the command must stop before any text is read or extracted.
  const work = mkdtempSync(join(tmpdir(), 'silkmap-fresh4-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const gold = join(work, 'gold.json');
  writeFileSync(gold, JSON.stringify({ files: [{ file: '001.txt', sha256: '0'.repeat(64) }], actors: [{ label: 'China', type: 'state', aliases: ['China'] }], notActors: [] }));
  const { [FRESH4_TEXTS_ENV]: _unset, ...env } = process.env;

  it('skips with exit 0 and names the variable when the texts are absent', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/extract/cli/eval.ts', '--fresh', 'fresh4', '--gold', gold], { encoding: 'utf8', env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`skipped: fresh texts not found (${FRESH4_TEXTS_ENV} is not set`);
  });
});

describeFreshEntityGold({ number: 4, dir: DIR, setName: 'fresh4', manifestPath: MANIFEST_PATH, batches: BATCHES, draw: (entries) => drawFresh4(entries), earlierManifests: EARLIER_MANIFESTS });
