/**
 * A body's name run on into the name of the person who holds a post in it, with no comma between (issue 12, class 2;
 * i12-orgs3): "Director of the Office of Personnel Management Kiran Ahuja", "Acting Secretary of the Department of
 * Labor Julie Su", "President of the Russian Academy of Arts Zurab Tsereteli". A capitalised run cannot see where the
 * body ends; here a name ending in a known given name, an optional initial and one capitalised word (or a Chinese surname and a pinyin given name) is cut there when
 * what is left is a body by its own cue word. The body keeps its rule; the person is a new mention (rule
 * `body-then-person`). Left whole: "Office of Former U.S. Senator Bob Corker" (a title before the person: the office is
 * named after its holder), "Critical and Emerging Technologies Seth Center" (the last word a body word), names of
 * three words or fewer ("Mo Ibrahim Foundation" ends in its cue word anyway), lexicon entries.
 */
import { isFirstName } from '../../lexicon/first-names.ts';
import { chineseSurnames, givenNames, isPinyinWord } from '../../lexicon/person-names.ts';
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

/** A surname as written: a capital and lower-case letters, hyphenated parts allowed ("Thomas-Greenfield"). */
const SURNAME = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?$/u;
/** A middle initial, the tokenizer keeping or leaving its full stop ("T." or "T"). */
const INITIAL = /^\p{Lu}\.?$/u;
const GIVEN_NAMES: ReadonlySet<string> = new Set(givenNames.map((name) => name.toLowerCase()));
/** A given name compromise knows, or one of the regions the lexicon adds ("Nursultan"). */
const isGivenName = (key: string): boolean => isFirstName(key) || GIVEN_NAMES.has(key);
const CHINESE_SURNAMES: ReadonlySet<string> = new Set(chineseSurnames);
/** "Li Hui", "Wang Yi": a Chinese surname and a pinyin given name, surname first. */
const isChineseName = (surname: Token, given: Token): boolean => CHINESE_SURNAMES.has(surname.text) && isPinyinWord(given.text);
/** Words that cannot end a body's name: it would go on after them. */
const OPEN_ENDS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'in', 'to', 'the', 'and', 'at', 'de', 'du', 'des', 'la', 'le']);

/** The tokens of a mention, in order. */
const tokensOf = (scan: Scan, mention: CandidateMention): Token[] =>
  scan.tokens.filter((token) => token.start >= mention.start && token.end <= mention.end);

/** Where the person starts inside an organisation mention (a token index into `tokens`), or -1. */
export function personStart(scan: Scan, mention: CandidateMention, tokens: readonly Token[] = tokensOf(scan, mention)): number {
  if (mention.type !== 'organisation' || mention.kind !== 'named' || mention.rule === 'lexicon' || tokens.length < 4) return -1;
  const last = tokens[tokens.length - 1] as Token;
  const { organisationCues, firmCues, titleWords } = scan.context.lexicon;
  if (!SURNAME.test(last.text) || organisationCues.has(last.key) || firmCues.has(last.key)) return -1;
  const chinese = isChineseName(tokens[tokens.length - 2] as Token, last);
  const hasInitial = !chinese && INITIAL.test(tokens[tokens.length - 2]?.text ?? '');
  const at = tokens.length - (hasInitial ? 3 : 2);
  const given = tokens[at];
  const beforeGiven = tokens[at - 1];
  if (given === undefined || beforeGiven === undefined || !given.capitalised || !(chinese || isGivenName(given.key))) return -1;
  // "… Senator Bob Corker": a title before the person names an office after its holder; "… John and Mary" a list.
  if (titleWords.has(beforeGiven.key) || OPEN_ENDS.has(beforeGiven.key) || isGivenName(beforeGiven.key) || beforeGiven.possessive) return -1;
  const body = tokens.slice(0, at);
  const cued = body.some((token) => organisationCues.has(token.key) || firmCues.has(token.key));
  return cued && body.length >= 2 ? at : -1;
}

export function splitBodiesFromPersons(scan: Scan): void {
  const out: CandidateMention[] = [];
  for (const mention of scan.mentions) {
    const tokens = tokensOf(scan, mention);
    const at = personStart(scan, mention, tokens);
    if (at < 0) {
      out.push(mention);
      continue;
    }
    const bodyEnd = (tokens[at - 1] as Token).end;
    const personFrom = (tokens[at] as Token).start;
    out.push({ ...mention, end: bodyEnd, label: scan.text.slice(mention.start, bodyEnd) });
    out.push({ passage: mention.passage, start: personFrom, end: mention.end, kind: 'named', type: 'person', rule: 'body-then-person', label: scan.text.slice(personFrom, mention.end) });
  }
  scan.mentions = out;
}
