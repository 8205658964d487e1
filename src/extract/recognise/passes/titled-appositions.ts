/**
 * A name followed by a comma and a job title is a person's ("…, and Fathallah Sijilmassi, Secretary General of the
 * Union for the Mediterranean"), whatever type its list neighbour lent it (issue 12, precision5). A name of two or
 * three capitalised words that a list, a neighbour, a brand shape or the tagger typed as a body or firm (no cue word in
 * it) is retyped person (rule `titled-apposition`) when the first word after its comma that is no modifier ("Deputy",
 * "Acting": kind-words.json `titleModifiers`) is a title word, and the name opens with a given name or a word English
 * lacks ("Economic Frontiers, Energy, …" is a list of themes). Bodies a cue word typed are left: "the Harbour Board,
 * Chair of …" is rare, and its cue word outweighs the comma. Title words are the lexicon's (titles.json).
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { isEnglishWord } from '../english-words.ts';
import { isFirstName } from '../word-classes.ts';
import type { Scan } from '../scan.ts';

const TITLE_MODIFIERS: ReadonlySet<string> = new Set(kinds.titleModifiers);
/** Rules that type a name from where it stands, not from a word in it. */
const WEAK_RULES: ReadonlySet<string> = new Set(['list-neighbour', 'firm-list', 'firm-in-list', 'brand-word', 'tagger']);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;
/** The first up to three capitalised words after ", " (the title and its modifiers). */
const AFTER_COMMA = /^,\s+((?:\p{Lu}[\p{L}-]*\s*){1,3})/u;

export function titledApposition(scan: Scan, mention: CandidateMention): boolean {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind !== 'named' || !WEAK_RULES.has(mention.rule ?? '')) return false;
  const words = mention.label.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((word) => NAME_WORD.test(word))) return false;
  const { organisationCues, firmCues, titleWords } = scan.context.lexicon;
  if (words.some((word) => organisationCues.has(word.toLowerCase()) || firmCues.has(word.toLowerCase()))) return false;
  // A person's name opens with a given name or a word English lacks ("Fathallah"), not "Economic Frontiers".
  const first = (words[0] as string).toLowerCase();
  if (!isFirstName(first) && isEnglishWord(first)) return false;
  const after = AFTER_COMMA.exec(scan.text.slice(mention.end, mention.end + 60))?.[1];
  if (after === undefined) return false;
  // The title is the first word after the modifiers ("Deputy", "Acting", "General" …), and no modifier itself.
  const title = after.trim().split(/\s+/).map((word) => word.toLowerCase()).find((word) => !TITLE_MODIFIERS.has(word));
  return title !== undefined && titleWords.has(title);
}

export function typeTitledAppositions(scan: Scan): void {
  scan.mentions = scan.mentions.map((mention) => (titledApposition(scan, mention) ? { ...mention, type: 'person', rule: 'titled-apposition' } : mention));
}
