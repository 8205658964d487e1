/**
 * A piece of a hyphenated word taken for a name (issue 12, class 4; i12-orgs3, from real-corpus draws). The run finder
 * stops at a hyphen, so a name glued to one may be half of a longer word:
 * - followed by "-" and a lower-case word: the first half of a compound ("the Conference Committee for the Follow-up",
 *   "Task Force on Climate-related …", "TNT-equivalent"), dropped (reason `hyphen-suffix`); kept when the word says
 *   what an actor did ("a Boeing-led group", "Russia-backed": hyphen-words.json `actorSuffixes`);
 * - a name of two words or more followed by "-" and a capital: the name goes on past the hyphen ("High Representative of
 *   the … and Vice-President", "Directorate-General", "Force-West"), dropped (`hyphen-continued`); one word is kept, as
 *   "Boeing-Airbus" and "EU-Mercosur" join two actors;
 * - an acronym glued after a single letter or another acronym ("A-WEB", "C-DAC", "CIS-EMO", "UN-PBSO"): the tail of
 *   one code; the mention is widened to take the whole code in (`compound-code`). Dropping it lost real bodies
 *   (UNESCO-CEPES, UN-NGLS) as often as it removed programmes (ADB-JSP), so the code is kept, whole.
 * Only bodies and firms are read (persons' double names are one token); lexicon entries are kept (what the lexicon
 * names is an actor whatever is glued to it).
 */
import words from '../../lexicon/hyphen-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

export type HyphenReason = 'hyphen-suffix' | 'hyphen-continued' | 'compound-code';

const ACTOR_SUFFIXES: ReadonlySet<string> = new Set(words.actorSuffixes);
/** A hyphen and the word glued after the name. */
const AFTER = /^[-‐‑](\p{L}[\p{L}\p{N}]*|\p{N}+)/u;
/** A letter or an acronym glued before the name by a hyphen ("A-", "CIS-", "UN-"), not "U.S.-" nor "then-". */
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}.])(\p{Lu}{1,6}[-‐‑])$/u;
const ACRONYM = /^\p{Lu}{2,}[\p{Lu}\p{N}]*$/u;

export function hyphenReason(scan: Scan, mention: CandidateMention): HyphenReason | undefined {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind === 'lexicon' || mention.rule === 'lexicon') return undefined;
  const glued = AFTER.exec(scan.text.slice(mention.end, mention.end + 40))?.[1];
  if (glued !== undefined) {
    if (/^[\p{Ll}\p{N}]/u.test(glued)) return ACTOR_SUFFIXES.has(glued.toLowerCase()) ? undefined : 'hyphen-suffix';
    if (/\s/.test(mention.label.trim())) return 'hyphen-continued';
  }
  const surface = scan.text.slice(mention.start, mention.end);
  if (ACRONYM.test(surface) && codePrefix(scan, mention) > 0) return 'compound-code';
  return undefined;
}

/** How many characters of a code ("UN-") are glued before the mention; 0 when none. */
function codePrefix(scan: Scan, mention: CandidateMention): number {
  return CODE_BEFORE.exec(scan.text.slice(Math.max(0, mention.start - 8), mention.start))?.[1]?.length ?? 0;
}

export function dropHyphenPieces(scan: Scan): void {
  const reasons = new Map(scan.mentions.map((mention) => [mention, hyphenReason(scan, mention)] as const));
  const dropped = scan.mentions.filter((mention) => reasons.get(mention) !== undefined && reasons.get(mention) !== 'compound-code');
  scan.mentions = scan.mentions
    .filter((mention) => !dropped.includes(mention))
    .map((mention) => {
      if (reasons.get(mention) !== 'compound-code') return mention;
      const start = mention.start - codePrefix(scan, mention);
      return { ...mention, start, label: scan.text.slice(start, mention.end) };
    });
  voidDefinitions(scan, new Set(dropped.map((mention) => mention.label)));
}
