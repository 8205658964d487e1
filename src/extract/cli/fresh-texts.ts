/**
 * Texts of the fresh entity sets (tests/fixtures/fresh, fresh2, fresh3, fresh4): web-page excerpts
 * gathered outside the project and never redistributed, so the repository holds only the annotations
 * and each file's SHA-256. The eval finds a set's texts in the folder named by its environment
 * variable (or --corpus); there is deliberately no default beside the checkout, so a clone without
 * them skips instead of failing. Each set has its own variable, so pointing one set at another's
 * folder fails on the hashes rather than scoring the wrong texts.
 */
import type { SourceFile } from '../index.ts';
import type { GoldFile } from '../eval/index.ts';
import { readGoldFiles } from './gold-files.ts';
import { missingFolderReason, resolveTextFolder } from './verified-texts.ts';

/** One fresh entity set: the variable naming its text folder and that folder on the project machine. */
export interface FreshSet {
  env: string;
  example: string;
}

export const FRESH_SETS = {
  /** The first set (i12-gold8), spent: may be studied. */
  fresh: { env: 'SILKMAP_FRESH_TEXTS', example: '/work/fresh/entity' },
  /** The second set (i12-gold9); its test half is frozen until the lead's one run. */
  fresh2: { env: 'SILKMAP_FRESH2_TEXTS', example: '/work/fresh2/entity' },
  /** The third set (i12-gold10), spent 2026-12-07: may be studied. */
  fresh3: { env: 'SILKMAP_FRESH3_TEXTS', example: '/work/fresh3/entity' },
  /** The fourth set (i12-gold11): neither half run yet; the lead runs each once at the end of the session. */
  fresh4: { env: 'SILKMAP_FRESH4_TEXTS', example: '/work/fresh4/entity' },
} as const satisfies Record<string, FreshSet>;

export type FreshSetName = keyof typeof FRESH_SETS;

export const FRESH_TEXTS_ENV = FRESH_SETS.fresh.env;
export const FRESH2_TEXTS_ENV = FRESH_SETS.fresh2.env;
export const FRESH3_TEXTS_ENV = FRESH_SETS.fresh3.env;
export const FRESH4_TEXTS_ENV = FRESH_SETS.fresh4.env;

/** The set named on the command line (`--fresh` alone is the first set); throws on an unknown name. */
export function freshSet(name: string | true): FreshSet {
  const key = name === true ? 'fresh' : name;
  if (!Object.hasOwn(FRESH_SETS, key)) throw new Error(`--fresh: unknown set "${key}" (one of ${Object.keys(FRESH_SETS).join(', ')})`);
  return FRESH_SETS[key as FreshSetName];
}

export type FreshTexts = { status: 'skipped'; reason: string } | { status: 'ok'; dir: string; files: SourceFile[] };

/** The fresh-text folder from --corpus, else the set's variable; null when neither names an existing folder. */
export function resolveFreshTexts(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, set: FreshSet = FRESH_SETS.fresh): string | null {
  return resolveTextFolder(explicit ?? env[set.env]);
}

/**
 * Every listed file of a fresh gold set, read and checked against its recorded SHA-256 (a changed
 * or different text throws, naming the file); a skip with the reason when the folder is absent.
 */
export function loadFreshTexts(
  gold: { files: GoldFile[] },
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  set: FreshSet = FRESH_SETS.fresh,
): FreshTexts {
  const dir = resolveFreshTexts(explicit, env, set);
  if (dir === null) {
    const where = missingFolderReason(explicit ?? env[set.env], set.env);
    return { status: 'skipped', reason: `fresh texts not found (${where}; they are kept outside the repository, e.g. ${set.env}=${set.example})` };
  }
  const missingHash = gold.files.find((f) => f.sha256 === undefined);
  if (missingHash !== undefined) throw new Error(`gold file ${missingHash.file}: a fresh gold set must record each text's sha256`);
  return { status: 'ok', dir, files: readGoldFiles(dir, gold.files) };
}
