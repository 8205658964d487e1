/**
 * Person candidates checked against the shape of a personal name, after the run passes typed
 * them. Each check removes what is not the name, or the candidate when nothing of a name is left:
 * - a portfolio ("Public Affairs", "Homeland Security"), a word that heads a place, realm, honour or condition ("Rachel's Tomb", "Roman Empire",
 *   "Truman Scholar", "Burkitt's Lymphoma") or a storm's or operation's word before it
 *   ("Hurricane Ida", "Operation Pedro Pan"): no person at all;
 * - an event noun a headline puts after a name ("Jake Sullivan's Call with …"), or its verb and pronoun
 *   ("President Biden Announces His Intent …"): cut off; a degree glued to an initial ("M.Phil."): no person;
 * - a Korean name cut at its hyphen ("Ban Ki" of "Ban Ki-moon"): made whole;
 * - two names joined by "and" in one candidate ("Margrethe Vestager and Valdis Dombrovskis",
 *   "Jen Psaki and Homeland Security"): each side judged alone (rule `coordinated-persons`).
 * Words are data: lexicon/person-shapes.json.
 */
import shapes from '../../lexicon/person-shapes.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { isGenericWord } from '../runs.ts';
import type { Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { isCommonWord, isFirstName, isLastName } from '../word-classes.ts';
import { PORTFOLIO_WORDS } from '../rules.ts';
import { isRegionalGivenName } from '../name-evidence.ts';

const THING_HEADS: ReadonlySet<string> = new Set(shapes.thingHeads);
const THING_PREFIXES: ReadonlySet<string> = new Set(shapes.thingPrefixes);
const KOREAN_SURNAMES: ReadonlySet<string> = new Set(shapes.koreanSurnames);
const HEADLINE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const EVENT_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set(shapes.eventNounsAfterName);

export function checkPersonShapes(scan: Scan): void {
  const checked: CandidateMention[] = [];
  for (const mention of scan.mentions) {
    if (mention.type !== 'person') {
      checked.push(mention);
      continue;
    }
    const from = scan.tokens.findIndex((token) => token.start === mention.start);
    let to = from < 0 ? -1 : scan.tokens.findIndex((token, index) => index >= from && token.end >= mention.end);
    // A mention not over whole tokens (none is made so today) is left as it is.
    if (from < 0 || to < 0) {
      checked.push(mention);
      continue;
    }
    if (namesAThing(scan, from, to) || isGluedToInitial(scan, from)) continue;
    // "President Biden Announces His Intent …": a headline's verb and pronoun after the name are not part of it.
    const pronoun = scan.tokens.findIndex((token, index) => index > from && index <= to && HEADLINE_PRONOUNS.has(token.key));
    if (pronoun > 0) {
      to = pronoun - 1;
      // The word right before the pronoun is the headline's verb ("Announces", "Pledges").
      if (to > from && !isFirstName((scan.tokens[to] as Token).key)) to--;
      while (to > from && isHeadlineWord(scan.tokens[to] as Token)) to--;
    }
    // "Jake Sullivan’s Call", "Joseph R. Biden Call": the headline's event noun is not the name.
    while (to > from && EVENT_NOUNS_AFTER_NAME.has((scan.tokens[to] as Token).key) && (scan.tokens[to] as Token).capitalised) to--;
    const and = scan.tokens.findIndex((token, index) => index > from && index < to && token.key === 'and' && !token.capitalised);
    if (and > 0) {
      for (const [start, end] of [[from, and - 1], [and + 1, to]] as const) {
        if (end >= start && couldBeName(scan, start, end)) checked.push(part(scan, mention, start, end, 'coordinated-persons'));
      }
      continue;
    }
    const kept = (scan.tokens[to] as Token).end === mention.end ? mention : part(scan, mention, from, to, mention.rule);
    checked.push(withKoreanSyllable(scan, kept, from, to));
  }
  scan.mentions = checked;
}

/** Tokens from..to (inclusive) name a place, realm, honour or condition, or follow a storm's or operation's word. */
function namesAThing(scan: Scan, from: number, to: number): boolean {
  if (scan.tokens.slice(from, to + 1).some((token) => THING_HEADS.has(token.key))) return true;
  if (scan.tokens.slice(from, to).some((token) => token.capitalised && THING_PREFIXES.has(token.key))) return true;
  // "Public Affairs", "Homeland Security", "Andean Affairs": an office's portfolio, not who holds it.
  const words = scan.tokens.slice(from, to + 1);
  // (A lone word is left to the resolver: "Labour’s Dafydd Pryce" names a party.)
  if ((words[words.length - 1] as Token).key === 'affairs' || (words.length >= 2 && words.every((token) => PORTFOLIO_WORDS.has(token.key)))) return true;
  // "Asylum Seekers", "Nuclear Weapons": ordinary words (the text writes them in lower case too) ending in a plural
  // name a kind of people or things.
  const plural = words.length >= 2 && /s$/.test((words[words.length - 1] as Token).key);
  if (plural && words.every((token) => isPlainWord(scan, token))) return true;
  const before = scan.tokens[from - 1];
  return before !== undefined && before.capitalised && THING_PREFIXES.has(before.key) && joinable((scan.tokens[from] as Token).gap);
}

/** "Ban Ki-moon", "Kim Jong-un": a Korean two-word name goes on over a hyphen and a lower-case syllable. */
function withKoreanSyllable(scan: Scan, mention: CandidateMention, from: number, to: number): CandidateMention {
  const syllable = /^[-‑]\p{Ll}{1,4}(?![\p{L}\p{N}-])/u.exec(scan.text.slice(mention.end));
  if (!syllable || to - from !== 1 || !KOREAN_SURNAMES.has((scan.tokens[from] as Token).text)) return mention;
  const end = mention.end + syllable[0].length;
  return { ...mention, end, label: scan.text.slice(mention.start, end) };
}

/** An ordinary word: known to the dictionary or written in lower case in the text, and no known name. */
function isPlainWord(scan: Scan, token: Token): boolean {
  const { key } = token;
  if (isFirstName(key) || isLastName(key)) return false;
  return isCommonWord(key) || scan.context.lowercaseVocabulary.has(token.text.toLowerCase());
}

/** An English word, or a verb's "-s" form of one ("Announces"), that is not also a known name. */
function isHeadlineWord(token: Token): boolean {
  const { key } = token;
  if (isFirstName(key) || isLastName(key)) return false;
  return isCommonWord(key) || isCommonWord(key.replace(/s$/, '')) || isCommonWord(key.replace(/es$/, ''));
}

/** "M.Phil.", "D.Phil.": a word glued to a single letter and a full stop is a degree, not a given name. */
function isGluedToInitial(scan: Scan, from: number): boolean {
  const before = scan.tokens[from - 1];
  return before !== undefined && (scan.tokens[from] as Token).gap === '.' && /^\p{Lu}$/u.test(before.text);
}

/** One side of "… and …": a known given name opens it, or a word in it is no ordinary English word or capitals. */
function couldBeName(scan: Scan, from: number, to: number): boolean {
  const words = scan.tokens.slice(from, to + 1);
  const first = words[0] as Token;
  if (first.capitalised && !first.allCaps && (isFirstName(first.key) || isRegionalGivenName(first.key))) return true;
  return words.every((token) => token.capitalised && !token.allCaps) && words.some((token) => !isGenericWord(token, scan.context) && !isCommonWord(token.key) && !PORTFOLIO_WORDS.has(token.key));
}

function part(scan: Scan, mention: CandidateMention, from: number, to: number, rule: CandidateMention['rule']): CandidateMention {
  const start = (scan.tokens[from] as Token).start;
  const end = (scan.tokens[to] as Token).end;
  const label = scan.text.slice(start, end);
  return { ...mention, start, end, label, ...(rule === undefined ? {} : { rule }) };
}
