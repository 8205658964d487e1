/**
 * A piece of a hyphenated word taken for a name (issue 12, class 4; i12-orgs3, from real-corpus draws). The run finder
 * stops at a hyphen, so a name glued to one may be half of a longer word:
 * - followed by "-" and a lower-case word: the first half of a compound ("the Conference Committee for the Follow-up",
 *   "Task Force on Climate-related …", "TNT-equivalent"), dropped (reason `hyphen-suffix`); kept when the word says
 *   what an actor did ("a Boeing-led group", "Russia-backed": hyphen-words.json `actorSuffixes`);
 * - a name of two words or more followed by "-" and a capital: the name goes on past the hyphen ("High Representative of
 *   the … and Vice-President", "Directorate-General", "Force-West"), dropped (`hyphen-continued`); one word is kept, as
 *   "Boeing-Airbus" and "EU-Mercosur" join two actors;
 * An acronym glued after a letter or another acronym ("A-WEB", "UN-PBSO") is left as it was: dropping its tail lost
 * real bodies as often as it removed programmes, and a widened "A-WEB" is dropped later by the resolver.
 * Only bodies and firms are read (persons' double names are one token); lexicon entries are kept (what the lexicon
 * names is an actor whatever is glued to it).
 */
import words from '../../lexicon/hyphen-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { dropMentionsWithDefinitions } from './void-definitions.ts';

export type HyphenReason = 'hyphen-suffix' | 'hyphen-continued';

const ACTOR_SUFFIXES: ReadonlySet<string> = new Set(words.actorSuffixes);
/** A hyphen and the word glued after the name. */
const AFTER = /^[-‐‑](\p{L}[\p{L}\p{N}]*|\p{N}+)/u;

export function hyphenReason(scan: Scan, mention: CandidateMention): HyphenReason | undefined {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind === 'lexicon' || mention.rule === 'lexicon') return undefined;
  const glued = AFTER.exec(scan.text.slice(mention.end, mention.end + 40))?.[1];
  if (glued !== undefined) {
    if (/^[\p{Ll}\p{N}]/u.test(glued)) return ACTOR_SUFFIXES.has(glued.toLowerCase()) ? undefined : 'hyphen-suffix';
    if (/\s/.test(mention.label.trim())) return 'hyphen-continued';
  }
  return undefined;
}

export function dropHyphenPieces(scan: Scan): void {
  dropMentionsWithDefinitions(scan, (mention) => hyphenReason(scan, mention));
}
