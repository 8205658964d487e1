/** Two to six capitalised words with no title or cue word: given names, list neighbours, the tagger, introductions. */
import type { ActorType } from '../../../graph-format/index.ts';
import { NAME_PARTICLES, PERSON_APPOSITION, PERSON_INTRODUCTION, PERSON_POST_APPOSITION, PERSON_ROLE_BEFORE, PERSON_VERB_AFTER, PLACE_AND_FACILITY_NOUNS, PORTFOLIO_WORDS, SURNAME_ENDINGS } from '../rules.ts';
import { couldBePersonName, isEnglishWordForm } from '../runs.ts';
import { followsTitleConnector, isTitleAt, portfolioLength } from './name-context.ts';
import { emit, sentenceAround, type Scan } from '../scan.ts';
import { tagPhrase } from '../tagger.ts';
import { roleWordBefore } from '../text-patterns.ts';
import { isWordPartGap, type Token } from '../tokens.ts';
import { isCommonWord, isFirstName, isLastName, isPlaceName } from '../word-classes.ts';
import { isChineseName, isRegionalGivenName } from '../name-evidence.ts';

/** Head nouns that close a title's portfolio (Hostage Affairs, Trade Policy). */
const PORTFOLIO_HEADS = /^(?:affairs|policy|operations|issues|diplomacy|management|programs|programmes)$/;

const COMPASS_WORDS = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern|upper|lower|greater|inner|outer)$/;

/** "Central Asia", "West Africa": compass words, then a place name. */
export function isRegionName(words: readonly Token[]): boolean {
  const last = words[words.length - 1];
  return words.length >= 2 && last !== undefined && isPlaceName(last.key) && words.slice(0, -1).every((token) => COMPASS_WORDS.test(token.key));
}

export function recogniseMultiWordName(scan: Scan, from: number, end: number): void {
  const { context } = scan;
  if (scan.tokens.slice(from, end).some((token) => PLACE_AND_FACILITY_NOUNS.has(token.key))) return;
  // "Secretary of the Treasury Adeyemo", "Under Secretary for Political Affairs": portfolio words after a title
  // and "of"/"for" are the title's; what is left (if anything) is the name.
  // "Central Asia", "West Africa", "Southern Europe": compass words before a place name make a region, not a person.
  if (isRegionName(scan.tokens.slice(from, end))) return;
  // "Regional, Global and Functional Affairs": a run of portfolio words alone says what an office covers, not who.
  if (scan.tokens.slice(from, end).every((token) => PORTFOLIO_WORDS.has(token.key))) return;
  if (followsTitleConnector(scan, from)) {
    let start = from;
    while (start < end && PORTFOLIO_WORDS.has((scan.tokens[start] as Token).key)) start++;
    // "Envoy for Hostage Affairs Roger Carstens": any words up to a portfolio's head noun are the portfolio too.
    for (let i = end - 1; i > start; i--) {
      if (PORTFOLIO_HEADS.test((scan.tokens[i] as Token).key)) {
        start = i + 1;
        break;
      }
    }
    if (start > from) {
      if (end - start >= 2) recogniseMultiWordName(scan, start, end);
      else if (end - start === 1) emit(scan, start, start, 'surname', 'person', 'unconfirmed');
      return;
    }
  }
  // "Bradley W. Snyder Changing …": a title-case headline goes on after the name.
  let to = end;
  while (to - from > 2 && isEnglishWordForm(scan.tokens[to - 1] as Token, context) && (scan.tokens[to - 2] as Token).text.length > 1 &&
    !isWordPartGap((scan.tokens[to - 1] as Token).gap)) to--;
  const words = scan.tokens.slice(from, to);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  if (words.some((token) => PLACE_AND_FACILITY_NOUNS.has(token.key))) return;
  // "Treasury Janet Yellen", "Texas Greg Abbott", "Strategic Affairs Ron Dermer": the rest of a title's portfolio, then a name.
  const nameStart = portfolioLength(scan, from, end);
  if (nameStart > 0) {
    recogniseMultiWordName(scan, from + nameStart, to);
    return;
  }
  if (isFirstName(first.key) || isLastName(last.key) || (isRegionalGivenName(first.key) && !first.allCaps)) {
    emit(scan, from, to - 1, 'named', 'person', 'given-name');
    return;
  }
  // "by Xi Jinping": a Chinese surname with pinyin given names.
  // The surname may also be an English word ("Xi", "Long"); the pinyin given names may not
  // (though they may end like one: "Jinping").
  if (isChineseName(words) && words.slice(1).every((token) => !isCommonWord(token.key) && !context.lowercaseVocabulary.has(token.text.toLowerCase()))) {
    emit(scan, from, to - 1, 'named', 'person', 'chinese-name');
    return;
  }
  // "Gulmurod Khalimov", "Eduard Shevardnadze": a typical surname ending on a name of unknown words.
  if (words.length <= 3 && SURNAME_ENDINGS.test(last.key) && words.every((token) => couldBePersonName(token, context))) {
    emit(scan, from, to - 1, 'named', 'person', 'surname-ending');
    return;
  }
  if (words.length <= 3 && isAffiliationInList(scan, last.end) && words.every((token) => couldBePersonName(token, context))) {
    emit(scan, from, to - 1, 'named', 'person', 'introduced-person');
    return;
  }
  const sentence = sentenceAround(scan, first.start);
  if (!sentence) return;
  // "…, Ur Jaddou for Director of …": a name put forward for a post is a person, whatever the list before it holds.
  const putForward = isPutForwardForPost(scan, to);
  const listed = putForward ? 'person' : typeOfListNeighbour(scan, from);
  const tagged = tagPhrase(scan.text.slice(sentence[0], sentence[1]), first.start - sentence[0], last.end - sentence[0]);
  let type = tagged;
  if (type === 'person' && words.some((token) => !token.capitalised && !NAME_PARTICLES.has(token.key))) type = undefined;
  if (type && listed && listed !== 'state') type = listed;
  if (!type && (listed === 'organisation' || listed === 'firm')) type = listed;
  // "hijackers Mohammed Atta and Ziad Jarrah": a name of foreign words listed right after a person.
  if (!type && listed === 'person' && words.length <= 3 && words.every((token) => couldBePersonName(token, context))) type = 'person';
  if (type) {
    emit(scan, from, to - 1, 'named', type, putForward && type === 'person' ? 'introduced-person'
      : listed !== undefined && listed !== 'state' && type === listed ? 'list-neighbour' : 'tagger');
  } else if (words.length <= 3 && looksIntroducedAsPerson(scan, from, to) && words.every((token) => couldBePersonName(token, context))) {
    // Two or three words, none of them English, introduced like a person: "Tanvi Madan, an expert".
    emit(scan, from, to - 1, 'named', 'person', 'introduced-person');
  } else if (words.length <= 3) {
    // Unconfirmed: kept only if the same name is confirmed elsewhere ("by Xi Jinping" after "President Xi Jinping").
    emit(scan, from, to - 1, 'surname', 'person', 'unconfirmed');
  }
}

function looksIntroducedAsPerson(scan: Scan, from: number, to: number): boolean {
  const start = (scan.tokens[from] as Token).start;
  const end = (scan.tokens[to - 1] as Token).end;
  const before = scan.text.slice(Math.max(0, start - 40), start);
  const after = scan.text.slice(end, end + 30);
  return PERSON_APPOSITION.test(after) || PERSON_POST_APPOSITION.test(after) || PERSON_VERB_AFTER.test(after) || PERSON_INTRODUCTION.test(before) || PERSON_ROLE_BEFORE.test(before) ||
    roleWordBefore(before, scan.context.lexicon);
}

/**
 * "Ana Varga (UNECE); Ivo Brandt (Institute of …), …": a name followed by its holder's affiliation in brackets, and
 * the list going on, is a speaker or author in a list. The bracket holds an acronym or an organisation's cue word.
 */
function isAffiliationInList(scan: Scan, end: number): boolean {
  const match = /^ \(([^()]{2,80})\)\s*(?:[,;]|and\s)/.exec(scan.text.slice(end, end + 100));
  if (!match?.[1]) return false;
  const words = match[1].split(/[\s/,&]+/);
  return words.some((word) => /^\p{Lu}{2,}$/u.test(word) || scan.context.lexicon.organisationCues.has(word.toLowerCase()));
}

/** "the IMU, Jund al Khilafah, the Islamic Jihad Union": the type of the actor listed just before. */
function typeOfListNeighbour(scan: Scan, index: number): ActorType | undefined {
  const previous = scan.mentions[scan.mentions.length - 1];
  const token = scan.tokens[index] as Token;
  if (!previous) return undefined;
  return /^(,\s*(and\s+|or\s+)?(the\s+)?|\s+(and|or)\s+(the\s+)?)$/.test(scan.text.slice(previous.end, token.start)) ? previous.type : undefined;
}

/** The name ending before `to` is followed by "for" and a title ("John Tien for Deputy Secretary"). */
function isPutForwardForPost(scan: Scan, to: number): boolean {
  const connector = scan.tokens[to];
  const title = scan.tokens[to + 1];
  return connector !== undefined && title !== undefined && connector.key === 'for' && !connector.capitalised && connector.gap === ' ' &&
    title.capitalised && isTitleAt(scan, to + 1, scan.tokens.length);
}
