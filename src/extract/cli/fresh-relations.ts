/**
 * The fresh relation texts (issue 14, i14-gold7): public web-page excerpts that may not be copied
 * into the repository, so only their manifest (file, URL, query, SHA-256, half) and the hand
 * annotation are committed, under tests/fixtures/fresh/relation/. The texts live in the folder named
 * by SILKMAP_FRESH_RELATION_TEXTS; every text is checked against its recorded hash before use, so a
 * changed or swapped file fails loudly instead of being scored against the wrong sentences. For the
 * same reason the gold does not quote its sentences: each pair gives `at`, the sentence's [start, end)
 * in its text with whitespace runs collapsed, and the loader reads the sentence from the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRelationGold, type GoldPair } from '../eval/relations.ts';
import { REPO_ROOT } from './gold-files.ts';
import { readVerifiedFile, resolveTextFolder, sha256Hex } from './verified-texts.ts';

export const FRESH_RELATION_ENV = 'SILKMAP_FRESH_RELATION_TEXTS';
export const FRESH_RELATION_DIR = join(REPO_ROOT, 'tests/fixtures/fresh/relation');
/** The second fresh part (i14-gold8): other texts, same format and loader; its manifest also records each text's genre. */
export const FRESH2_RELATION_ENV = 'SILKMAP_FRESH2_RELATION_TEXTS';
export const FRESH2_RELATION_DIR = join(REPO_ROOT, 'tests/fixtures/fresh2/relation');
/** The third fresh part (i14-gold9): other texts again, same format, loader and draw as the second. */
export const FRESH3_RELATION_ENV = 'SILKMAP_FRESH3_RELATION_TEXTS';
export const FRESH3_RELATION_DIR = join(REPO_ROOT, 'tests/fixtures/fresh3/relation');
/** The fourth fresh part (i14-gold12): built because the third was run and spent; same format and loader, its draw in two seeded batches. */
export const FRESH4_RELATION_ENV = 'SILKMAP_FRESH4_RELATION_TEXTS';
export const FRESH4_RELATION_DIR = join(REPO_ROOT, 'tests/fixtures/fresh4/relation');

/** One fresh relation part: where its gold lives, which variable names its texts' folder, and what it may be used for. */
export interface FreshRelationSet {
  /** The eval:relations option scoring one of its halves (the key of FRESH_RELATION_SETS with `--`). */
  option: string;
  /** Its name in messages ("second fresh" → "second fresh tuning half"). */
  name: string;
  dir: string;
  env: string;
  /** Its texts' folder on the project machine, for messages. */
  example: string;
  /** Where train:relations looks for the texts without the variable, from the checkout (as ../shared is). */
  beside: string;
  /** Its frozen half was run once and may be studied: the eval may list that half's mistakes. */
  spent: boolean;
  /** Its halves are parts of train:relations (`<key>-tuning`, `<key>-test`). Never true for a part whose test half is frozen. */
  training: boolean;
}

/**
 * The fresh relation parts, in one place for the eval (one option each) and the training (the parts
 * marked `training`), beside the entity sets' table (FRESH_SETS in fresh-texts.ts). A new part is one row here.
 */
export const FRESH_RELATION_SETS = {
  fresh: { option: '--fresh', name: 'fresh', dir: FRESH_RELATION_DIR, env: FRESH_RELATION_ENV, example: '/work/fresh/relation', beside: '../fresh/relation', spent: true, training: true },
  // Both halves run once by the lead (2026-12-07 19:04) and spent (tests/fixtures/fresh2/relation/README.md); trained on since i14-rel7.
  fresh2: { option: '--fresh2', name: 'second fresh', dir: FRESH2_RELATION_DIR, env: FRESH2_RELATION_ENV, example: '/work/fresh2/relation', beside: '../fresh2/relation', spent: true, training: true },
  // Both halves run once by the lead (2026-12-07 22:03) and spent; trained on since i14-rel8 (leave-one-set-out measured, notes/i14-rel8.md).
  fresh3: { option: '--fresh3', name: 'third fresh', dir: FRESH3_RELATION_DIR, env: FRESH3_RELATION_ENV, example: '/work/fresh3/relation', beside: '../fresh3/relation', spent: true, training: true },
  // Annotated 2026-12-08 (i14-gold12); both halves run once by the lead (2026-12-08 00:56, extractor 1.12.0) and spent; not trained on (yet).
  fresh4: { option: '--fresh4', name: 'fourth fresh', dir: FRESH4_RELATION_DIR, env: FRESH4_RELATION_ENV, example: '/work/fresh4/relation', beside: '../fresh4/relation', spent: true, training: false },
} as const satisfies Record<string, FreshRelationSet>;

export type FreshRelationSetName = keyof typeof FRESH_RELATION_SETS;

/** The two halves of the seeded split: `tuning` may be studied; `test` was frozen (run once, by the lead, 2026-12-07) and is spent: both are training parts now. */
export const FRESH_HALVES = ['tuning', 'test'] as const;
export type FreshHalf = (typeof FRESH_HALVES)[number];

/** `lost`: why the text can no longer be had (its page changed after annotation): its pairs are skipped, loudly. */
export interface FreshText { file: string; url: string; query: string; sha256: string; half: FreshHalf; lost?: string }
export interface FreshManifest { seed: string; files: FreshText[] }

export const freshGoldFile = (half: FreshHalf, dir: string = FRESH_RELATION_DIR): string => join(dir, half, 'gold.json');

/** The training parts the fresh sets give (only sets marked `training`): part name → its set and half. */
export function freshTrainingParts(): Map<string, { set: FreshRelationSet; half: FreshHalf }> {
  return new Map(Object.entries(FRESH_RELATION_SETS).filter(([, set]) => set.training)
    .flatMap(([key, set]) => FRESH_HALVES.map((half) => [`${key}-${half}`, { set, half }] as const)));
}

/** The folder of fresh texts named by the environment (`variable`: which part's), or null when it is unset or not a folder. */
export function resolveFreshRelationTexts(env: NodeJS.ProcessEnv = process.env, variable: string = FRESH_RELATION_ENV): string | null {
  return resolveTextFolder(env[variable]);
}

export function parseFreshManifest(data: unknown, where: string): FreshManifest {
  const { seed, files } = data as { seed?: unknown; files?: unknown };
  if (typeof seed !== 'string' || !Array.isArray(files)) throw new Error(`${where}: expected { "seed": "...", "files": [...] }`);
  files.forEach((entry: Partial<FreshText>, index) => {
    const at = `${where}: files[${index}]`;
    if (typeof entry.file !== 'string' || typeof entry.url !== 'string' || typeof entry.query !== 'string') throw new Error(`${at}: needs file, url and query`);
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`${at}: sha256 must be 64 hex digits`);
    if (!FRESH_HALVES.includes(entry.half as FreshHalf)) throw new Error(`${at}: half must be "tuning" or "test"`);
    if (entry.lost !== undefined && (typeof entry.lost !== 'string' || entry.lost === '')) throw new Error(`${at}: lost must say why, as a string`);
  });
  return { seed, files: files as FreshText[] };
}

export function readFreshManifest(dir: string = FRESH_RELATION_DIR): FreshManifest {
  const file = join(dir, 'manifest.json');
  return parseFreshManifest(JSON.parse(readFileSync(file, 'utf8')), file);
}

/**
 * The split rule, fixed before annotation: files ordered by SHA-256 of "<seed>:<file>" (hex), the
 * first half (rounded up) is `tuning`, the rest `test`. Recomputed by the tests against the manifest.
 */
export function splitFresh(seed: string, files: readonly string[]): Map<string, FreshHalf> {
  const order = [...files].sort((x, y) => {
    const hx = sha256Hex(new TextEncoder().encode(`${seed}:${x}`));
    const hy = sha256Hex(new TextEncoder().encode(`${seed}:${y}`));
    return hx < hy ? -1 : hx > hy ? 1 : 0;
  });
  const cut = Math.ceil(order.length / 2);
  return new Map(order.map((file, index) => [file, index < cut ? 'tuning' : 'test']));
}

/** Checks every text of one half against its recorded hash (a text marked lost is skipped, with a message); throws on a missing file or a mismatch. */
export function verifyFreshTexts(textsDir: string, manifest: FreshManifest, half: FreshHalf, warn: (message: string) => void = (m) => console.warn(m)): string[] {
  const files = manifest.files.filter((entry) => entry.half === half);
  for (const entry of files) if (entry.lost !== undefined) warn(`fresh relation text ${entry.file} (${half} half) skipped: lost (${entry.lost})`);
  const kept = files.filter((entry) => entry.lost === undefined);
  for (const entry of kept) readVerifiedFile(textsDir, entry.file, entry.sha256, 'fresh relation text');
  return kept.map((entry) => entry.file);
}

/** A pair as committed: the sentence located by `at` instead of quoted. */
export interface FreshPairEntry extends Omit<GoldPair, 'sentence'> { at: [number, number] }

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * The committed pairs of one half, checked for format and for naming only texts of that half; with
 * `texts` (text by file name) each sentence is read from its text and both actor forms must be in it.
 */
export function parseFreshPairs(data: unknown, where: string, manifest: FreshManifest, half: FreshHalf, texts?: ReadonlyMap<string, string>): GoldPair[] {
  const pairs = (data as { pairs?: unknown }).pairs;
  if (!Array.isArray(pairs)) throw new Error(`${where}: expected { "pairs": [...] }`);
  const ofHalf = new Set(manifest.files.filter((entry) => entry.half === half).map((entry) => entry.file));
  const located = pairs.map((entry: FreshPairEntry, index) => {
    const at = `${where}: pairs[${index}]`;
    if (entry.corpus !== 'fresh') throw new Error(`${at}: corpus must be "fresh"`);
    if (!ofHalf.has(entry.document)) throw new Error(`${at}: ${String(entry.document)} is not a text of the ${half} half of the manifest`);
    const [start, end] = Array.isArray(entry.at) ? entry.at : [];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! <= start!) throw new Error(`${at}: "at" must be [start, end] with 0 ≤ start < end`);
    const { at: _at, ...rest } = entry;
    const text = texts?.get(entry.document);
    if (texts !== undefined && text === undefined) throw new Error(`${at}: no text for ${entry.document}`);
    const sentence = text === undefined ? '' : collapse(text).slice(start, end);
    if (text !== undefined) {
      if (end! > collapse(text).length) throw new Error(`${at}: "at" ends past the text of ${entry.document}`);
      const aAt = sentence.indexOf(entry.a);
      if (aAt < 0 || sentence.indexOf(entry.b, aAt + entry.a.length) < 0) throw new Error(`${at}: "${entry.a}" then "${entry.b}" not found in the sentence at [${start}, ${end}) of ${entry.document}: "${sentence}"`);
    }
    return { ...rest, sentence };
  });
  return parseRelationGold({ pairs: located }, where);
}

/** One half's pairs with their sentences, after every text of that half passed its hash check. */
export function loadFreshPairs(textsDir: string, half: FreshHalf, dir: string = FRESH_RELATION_DIR, warn: (message: string) => void = (m) => console.warn(m)): GoldPair[] {
  const manifest = readFreshManifest(dir);
  const files = verifyFreshTexts(textsDir, manifest, half, warn);
  const texts = new Map(files.map((file) => [file, readFileSync(join(textsDir, file), 'utf8')]));
  const goldFile = freshGoldFile(half, dir);
  const data = JSON.parse(readFileSync(goldFile, 'utf8')) as { pairs?: unknown };
  // A lost text's pairs cannot be read: left out, and counted aloud (the scores are then over fewer pairs).
  const lost = new Set(manifest.files.filter((entry) => entry.half === half && entry.lost !== undefined).map((entry) => entry.file));
  if (lost.size > 0 && Array.isArray(data.pairs)) {
    const kept = (data.pairs as { document?: unknown }[]).filter((pair) => !lost.has(pair.document as string));
    warn(`${goldFile}: ${data.pairs.length - kept.length} pairs of lost texts skipped`);
    data.pairs = kept;
  }
  return parseFreshPairs(data, goldFile, manifest, half, texts);
}
