/**
 * A piece of a hyphenated word taken for a name (issue 12, class 4; i12-orgs3, from real-corpus draws). The run finder
 * stops at a hyphen, so a name glued to one may be half of a longer word:
 * - followed by "-" and a lower-case word: the first half of a compound ("the Conference Committee for the Follow-up",
 *   "Task Force on Climate-related …", "TNT-equivalent"), dropped (reason `hyphen-suffix`); kept when the word says
 *   what an actor did ("a Boeing-led group", "Russia-backed": hyphen-words.json `actorSuffixes`);
 * - a name of two words or more followed by "-" and a capital: the name goes on past the hyphen ("High Representative of
 *   the … and Vice-President", "Directorate-General", "Force-West"), dropped (`hyphen-continued`); one word is kept, as
 *   "Boeing-Airbus" and "EU-Mercosur" join two actors;
 * - an acronym glued after another acronym ("CIS-EMO", "UN-SPIDER", "ADB-GMS"): the tail of one code, dropped
 *   (`compound-code`); after a single letter ("A-WEB", "C-DAC") the letter is part of the acronym, and the mention is
 *   widened to take it in (`letter-code`).
 * Only bodies and firms are read (persons' double names are one token); lexicon entries are kept (what the lexicon
 * names is an actor whatever is glued to it).
 */
import words from '../../lexicon/hyphen-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

export type HyphenReason = 'hyphen-suffix' | 'hyphen-continued' | 'compound-code' | 'letter-code';

const ACTOR_SUFFIXES: ReadonlySet<string> = new Set(words.actorSuffixes);
/** A hyphen and the word glued after the name. */
const AFTER = /^[-‐‑](\p{L}[\p{L}\p{N}]*|\p{N}+)/u;
/** An acronym glued before the name by a hyphen ("CIS-", "UN-"), not "U.S.-" nor "then-". */
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}.])\p{Lu}{2,6}[-‐‑]$/u;
/** A single capital glued before the name by a hyphen ("A-WEB"): part of the acronym. */
const LETTER_BEFORE = /(?:^|[^\p{L}\p{N}.])\p{Lu}[-‐‑]$/u;
const ACRONYM = /^\p{Lu}{2,}[\p{Lu}\p{N}]*$/u;

export function hyphenReason(scan: Scan, mention: CandidateMention): HyphenReason | undefined {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind === 'lexicon' || mention.rule === 'lexicon') return undefined;
  const glued = AFTER.exec(scan.text.slice(mention.end, mention.end + 40))?.[1];
  if (glued !== undefined) {
    if (/^[\p{Ll}\p{N}]/u.test(glued)) return ACTOR_SUFFIXES.has(glued.toLowerCase()) ? undefined : 'hyphen-suffix';
    if (/\s/.test(mention.label.trim())) return 'hyphen-continued';
  }
  const surface = scan.text.slice(mention.start, mention.end);
  const before = scan.text.slice(Math.max(0, mention.start - 8), mention.start);
  if (ACRONYM.test(surface) && CODE_BEFORE.test(before)) return 'compound-code';
  if (ACRONYM.test(surface) && LETTER_BEFORE.test(before)) return 'letter-code';
  return undefined;
}

export function dropHyphenPieces(scan: Scan): void {
  const reasons = new Map(scan.mentions.map((mention) => [mention, hyphenReason(scan, mention)] as const));
  const dropped = scan.mentions.filter((mention) => reasons.get(mention) !== undefined && reasons.get(mention) !== 'letter-code');
  scan.mentions = scan.mentions
    .filter((mention) => !dropped.includes(mention))
    .map((mention) => {
      if (reasons.get(mention) !== 'letter-code') return mention;
      const start = mention.start - 2;
      return { ...mention, start, label: scan.text.slice(start, mention.end) };
    });
  voidDefinitions(scan, new Set(dropped.map((mention) => mention.label)));
}
