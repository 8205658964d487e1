/**
 * A body or firm written after "a", "an", "another", "each" or "every" and standing as the head of its noun phrase
 * ("ASEF is composed of a Culture Department, an Education Department … and an Executive Office", "command of a
 * Special Forces Group", "overseen by an international Scientific Advisory Panel") names a kind of unit, not one
 * named body: a name is definite. Dropped (issue 12, classes 7 and 12; rule id `indefinite-kind`).
 * Kept: the name used as a modifier of a common noun ("a World Bank loan", "a NATO member", "an EU-funded project"),
 * states, and persons ("a Kennedy" is still about the family). Adjectives of kind may stand between the article and
 * the name ("an independent Review Panel"), up to two. Only names headed by a word for a unit or a kind of group
 * count (data: recognition-words.json `unitHeads`): an organ introduced once is still a named body ("guided by a
 * Programme Coordinating Board with representatives of 22 governments", "an International Interim Council under …"),
 * and only names made of ordinary English words: a proper word or an acronym makes it a body being introduced
 * ("the three countries established a Benelux Trademarks Office and a Benelux Designs Office", "an ICTY Appeals Panel").
 */
import type { Scan } from '../scan.ts';
import type { CandidateMention } from '../../types.ts';
import { UNIT_HEADS } from '../rules.ts';
import { isEnglishWord } from '../english-words.ts';

/** Why a mention was dropped, for reports and tests. */
export const INDEFINITE_KIND_RULE = 'indefinite-kind';

/** The indefinite determiner, then at most two lower-case adjectives ("a new", "an international"), up to the name. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(?:an?|another|each|every)\s+(?:(?:\p{Ll}+(?:al|ic|ive|ary|ous|ent|ant|ed)|new|joint|special|small|large|separate|single)\s+){0,2}$/u;

/** A verb or noun of founding right before the article. */
const FOUNDING_BEFORE = /\b(?:set(?:s|ting)? up|establish(?:es|ed|ing|ment of)?|creat(?:e|es|ed|ing|ion of)|form(?:s|ed|ing|ation of)?|found(?:s|ed|ing)?|launch(?:es|ed|ing)?|convene[ds]?|appoint(?:s|ed)?)\s+(?:\p{L}+\s+){0,3}$/u;

/**
 * Words after the name that end its noun phrase: punctuation, or a function word. Anything else lower-case after the
 * name is most often the noun the name modifies ("a World Bank loan").
 */
const PHRASE_END_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'as', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'into', 'within', 'under',
  'over', 'through', 'throughout', 'since', 'until', 'during', 'after', 'before', 'between', 'among', 'across', 'against',
  'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had',
  'have', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'than', 'then', 'so', 'if',
  'whereas', 'because', 'led', 'based', 'headed', 'chaired', 'set', 'made', 'composed', 'established', 'created',
]);

export function dropIndefiniteKinds(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => !isIndefiniteKind(scan.text, mention));
}

export function isIndefiniteKind(text: string, mention: CandidateMention): boolean {
  if (mention.type !== 'organisation' && mention.type !== 'firm') return false;
  // Organs introduced once ("guided by a Programme Coordinating Board with …") are named bodies: only unit words count.
  const head = /(\p{L}+)\s*$/u.exec(mention.label.split(/\s+(?:of|for|on)\s+/)[0] ?? '')?.[1]?.toLowerCase();
  if (head === undefined || !UNIT_HEADS.has(head)) return false;
  // A proper word makes it a body being introduced ("established a Benelux Designs Office", "a Nordic Cultural Fund").
  if (!mention.label.split(/\s+/).every((word) => /^(?:&|and|of|for|on|the)$/.test(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && isEnglishWord(word.toLowerCase())))) return false;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  if (!INDEFINITE_BEFORE.test(before)) return false;
  // A body being founded is introduced with "a" and named all the same ("set up a High Level Reflection Group on …").
  if (FOUNDING_BEFORE.test(before)) return false;
  const after = /^(\s*)(\p{L}[\p{L}-]*)?/u.exec(text.slice(mention.end, mention.end + 40));
  const next = after?.[2];
  // A possessive ("a Culture Department's budget") or a hyphen ("an EU-funded") continues the phrase.
  if (/^['’-]/.test(text.slice(mention.end, mention.end + 1))) return false;
  if (next === undefined || (after?.[1] ?? '') === '') return true;
  // A capitalised word goes on with a title ("a Peace Corps Volunteer", "an Aspen Institute Fellow").
  if (next[0] !== next[0]?.toLowerCase()) return false;
  return PHRASE_END_WORDS.has(next);
}
