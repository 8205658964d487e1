/**
 * A name the rules could not type (rule `unconfirmed`, or only the tagger's guess) is a person's when the words right
 * around it give its holder a job (issue 12, recall on unseen text). Writers introduce a person they name once in one
 * of three ways, and none of them needs the name's words to be known given names or surnames:
 * - a job title after the name and a comma: "Rex Tillerson, chairman and chief executive of …", "Yondon Manlaibayar,
 *   director general at …", "Chary Ishiniyazov, a former Turkmen diplomat", "Kairat Sarybay, until December 26 the
 *   Deputy Foreign Minister";
 * - a lower-case noun for what a person does right before it: "steel billionaire Lakshmi Mittal";
 * - a title "of" a body or state the lexicon knows, then the name: "Foreign Minister of the Islamic Republic of
 *   Pakistan Khanwaja Asif", "Secretary-General of the Association of Southeast Asian Nations Le Luong Minh";
 * - the body the person works for right after the name: "by Sofiya Musofir of the Moscow State University's Center …",
 *   "Tovren Kaluzhny of the Carnegie Endowment" (a body that another rule typed, not a guess).
 * Only names of two or three words (or an initial and a word) are typed: a lone word with a job after it is a
 * surname the resolver joins to its full name. The mention becomes a named person (rule `role-apposition`).
 * Words are data: lexicon/role-evidence.json `appositionRoles`, `titleOpeners`; kind-words.json `personRoleNouns`.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import roles from '../../lexicon/role-evidence.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { isEnglishWord } from '../english-words.ts';
import { isFirstName, isLastName } from '../word-classes.ts';

const GUESSED = new Set(['unconfirmed', 'tagger']);
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]/g, '[-\\s]');
const ROLE_WORDS = [...new Set([...roles.appositionRoles, ...kinds.personRoleNouns])].sort((a, b) => b.length - a.length).map(escape).join('|');
const OPENERS = roles.titleOpeners.map(escape).join('|');
/** A word between the comma and the title that modifies the title, not a clause's own word ("which", "said"). */
const MODIFIER = String.raw`(?!(?:${roles.notTitleModifiers.join('|')})\s)[\p{L}'’-]+\s+`;

/** ", chairman and …", ", a former Turkmen diplomat", ", until December 26 the Deputy Foreign Minister". */
const ROLE_AFTER = new RegExp(
  String.raw`^['’]?,\s+(?:until\s[^,;.()]{1,40}?\s)?(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:${OPENERS})\s+)*(?:${MODIFIER}){0,2}?(?:${ROLE_WORDS})(?![\p{L}-])`,
  'iu',
);
/** "steel billionaire ": a lower-case role noun right before the name. */
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${ROLE_WORDS})\s+$`, 'u');
/** "Foreign Minister of the ": a capitalised title word, "of/to/at", maybe "the", before a known body or state. */
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*)\s+(?:of|to|at)\s+(?:the\s+)?$/u;

/** Two or three capitalised words, the last no English word unless a known surname ("my Coast Guard Mil Aide, Lieutenant …"). */
const isNameShaped = (label: string): boolean => {
  const words = label.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word)) && (!isEnglishWord(last) || isLastName(last));
};

function titleOfKnownBodyBefore(scan: Scan, mention: CandidateMention): boolean {
  const previous = scan.mentions.filter((other) => other.end <= mention.start && other.kind === 'lexicon' && other.type !== 'person').pop();
  if (!previous || !/^\s$/.test(scan.text.slice(previous.end, mention.start))) return false;
  const title = TITLE_OF_BEFORE.exec(scan.text.slice(Math.max(0, previous.start - 60), previous.start))?.[1]?.toLowerCase();
  // "Secretary-General": the lexicon keys a hyphenated title by its parts.
  return title !== undefined && title.split('-').every((part) => scan.context.lexicon.titleWords.has(part));
}

/** "X of the Moscow State University": "of/from/at", maybe "the", and a body another rule typed, right after the name. */
/** "Siberian Branch", "Applied Physics Lab", "Special Negotiator": a unit or a post named in English words is no person. */
const hasEnglishWord = (label: string): boolean =>
  label.split(/\s+/).some((word) => isEnglishWord(word.toLowerCase().replace(/['’]s?$/, '')) && !isFirstName(word.toLowerCase()));

function affiliationAfter(scan: Scan, mention: CandidateMention): boolean {
  const connector = /^\s+(?:of|from|at)\s+(?:the\s+)?/.exec(scan.text.slice(mention.end, mention.end + 12));
  if (!connector) return false;
  const start = mention.end + connector[0].length;
  return scan.mentions.some((other) => other.start === start && (other.type === 'organisation' || other.type === 'firm') &&
    (other.kind === 'lexicon' || other.kind === 'named') && !GUESSED.has(other.rule ?? '') && other.rule !== 'media');
}

function introducedWithRole(scan: Scan, start: number, end: number): boolean {
  return ROLE_AFTER.test(scan.text.slice(end, end + 120)) || ROLE_BEFORE.test(scan.text.slice(Math.max(0, start - 40), start));
}

export function typeRoleAppositions(scan: Scan): void {
  scan.mentions = scan.mentions.map((mention) => {
    if (mention.type !== 'person' || !GUESSED.has(mention.rule ?? '') || !isNameShaped(mention.label)) return mention;
    // A body's name on either side ("Fellow at the Johns Hopkins University Applied Physics Lab") may run into a unit of
    // it, so those two forms take only names with no English word in them.
    const bodyBeside = !hasEnglishWord(mention.label) && (titleOfKnownBodyBefore(scan, mention) || affiliationAfter(scan, mention));
    if (!introducedWithRole(scan, mention.start, mention.end) && !bodyBeside) return mention;
    return { ...mention, kind: 'named', rule: 'role-apposition' };
  });
}

