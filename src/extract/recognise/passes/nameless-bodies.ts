/**
 * Capitalised phrases headed like a body that name none (issue 12, class 7; i12-orgs3, from real-corpus draws): a
 * programme ("Princeton Project" stays: projects are often non-profits; "Africa Program", "Fulbright Program",
 * "Barbados Programme of Action"), a line of work ending in "Services" made only of common words ("Consumer
 * Services", "Credit Counseling Services"), or the members or parts of a body ("Member States", "Countries of the
 * Forum", "Health Ministries of …"). The organisation cue word in them ("Program", "Services") made a body of them;
 * here the head decides. The head is the last word before the first "of/for/on/in/to" (or the last word), so "Office
 * of Polar Programs", "Alliance of Small Island States" and "Loan Program Office" keep their own body word. Dropped
 * (reason below); kept: lexicon entries, acronyms, and programmes a body owns by name ("United Nations Development
 * Programme" when the lexicon lacks it), and a programme "at" a university or institute (a research unit).
 * Words are data: lexicon/nameless-heads.json.
 */
import heads from '../../lexicon/nameless-heads.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { isEnglishWord } from '../english-words.ts';
import type { Scan } from '../scan.ts';
import { dropMentionsWithDefinitions } from './void-definitions.ts';

/** Why a name was dropped: a programme, a line of work, or the members or parts of a body. */
export type NamelessReason = 'programme-name' | 'service-area' | 'member-parts';

const PROGRAMME_HEADS: ReadonlySet<string> = new Set(heads.programmeHeads);
const SERVICE_HEADS: ReadonlySet<string> = new Set(heads.serviceHeads);
const MEMBER_PART_HEADS: ReadonlySet<string> = new Set(heads.memberPartHeads);
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(heads.complementWords);
const OWNERS = heads.programmeOwners.map((owner) => `${owner} `);

/** Words joining the common words of a line of work ("Food, Nutrition, and Consumer Services"). */
const JOINERS: ReadonlySet<string> = new Set(['and', '&']);

/** A word English has in lower case ("Consumer", "Counseling"), read from the word as written without punctuation. */
const isCommonWord = (word: string): boolean => isEnglishWord(word.replace(/[,.;:]+$/, '').toLowerCase());

export function namelessReason(scan: Scan, mention: CandidateMention): NamelessReason | undefined {
  if (mention.type !== 'organisation' || mention.kind !== 'named' || mention.rule === 'lexicon') return undefined;
  const words = mention.label.split(/\s+/).filter(Boolean);
  const complementAt = words.findIndex((word, index) => index > 0 && COMPLEMENT_WORDS.has(word));
  const headIndex = (complementAt < 0 ? words.length : complementAt) - 1;
  const head = words[headIndex];
  if (head === undefined) return undefined;
  const before = words.slice(0, headIndex);
  const { organisationCues, firmCues } = scan.context.lexicon;
  if (PROGRAMME_HEADS.has(head)) {
    // "Loan Program Office" never gets here (its head is Office); "Bureau of … Programs" neither (head Bureau).
    if (OWNERS.some((owner) => mention.label.startsWith(owner))) return undefined;
    // "the Caucasus Program at a university": a research unit, which the sample's annotation counts (left as it was).
    if (/^\s+at\s/.test(scan.text.slice(mention.end, mention.end + 4))) return undefined;
    const ownBodyWord = before.some((word) => !PROGRAMME_HEADS.has(word) && (organisationCues.has(word.toLowerCase()) || firmCues.has(word.toLowerCase())));
    return ownBodyWord ? undefined : 'programme-name';
  }
  const plainBefore = before.every((word) => JOINERS.has(word) || isCommonWord(word));
  // "Legal Services of North Texas" names a provider by its place; a line of work has no complement.
  // "Capital One Financial Services": a firm word in it, even an industry word, makes a provider's name.
  const firmWord = before.some((word) => firmCues.has(word.toLowerCase()));
  if (SERVICE_HEADS.has(head)) return complementAt < 0 && before.length > 0 && plainBefore && !firmWord ? 'service-area' : undefined;
  if (MEMBER_PART_HEADS.has(head)) return plainBefore ? 'member-parts' : undefined;
  return undefined;
}

export function dropNamelessBodies(scan: Scan): void {
  dropMentionsWithDefinitions(scan, (mention) => namelessReason(scan, mention));
}
