/**
 * Finds candidate actor mentions in one passage, with rules over capitalised token runs:
 * general-knowledge lexicon hits (countries, capitals, demonyms, known organisations),
 * organisation/firm cue words ("… Ministry", "… Bank of …"), person titles ("President …"),
 * first names, acronym definitions "Full Name (ACR)". The compromise tagger is consulted
 * only for multi-word names the rules cannot type.
 */
import type { ActorType } from '../../graph-format/index.ts';
import type { AcronymDefinition, CandidateMention, PassageAnalysis } from '../types.ts';
import { exactKey, phraseKey, type LexiconHit, type LexiconIndex } from './lexicon-index.ts';
import { cueTypeOf, longestLexiconMatch, lookup } from './lexicon-lookup.ts';
import {
  DIPLOMATIC_MISSIONS, FACILITY_NOUNS, FIRM_CONTEXT, FIRM_NOUNS_AFTER, INDUSTRY_CUE_WORDS, MODEL_NUMBER, GOVERNMENT_NOUNS, MEDIA_CONTEXT, MEDIA_NOUNS, MODIFIED_NOUNS, NAME_CONNECTORS, NAME_PARTICLES,
  PERSON_APPOSITION, PERSON_INTRODUCTION, PERSON_ROLE_BEFORE, PERSON_VERB_AFTER, PLACE_AND_FACILITY_NOUNS, PLACE_PREPOSITIONS, SURNAME_ENDINGS,
} from './rules.ts';
import { capitalisedRuns, couldBePersonName, isNameLike, type NameContext } from './runs.ts';
import { sentenceIndexAt } from '../segment/index.ts';
import { tagPhrase } from './tagger.ts';
import { acronymFits, datelineLength, findQuotedTitles, phraseAcronymDefinitions, roleWordBefore } from './text-patterns.ts';
import { joinable, tokenize, type Token } from './tokens.ts';
import { isAdjective, isCommonWord, isFirstName, isLastName, isNounLike } from './word-classes.ts';
import { isChineseName, isRegionalGivenName, looksLikeFirmWord } from './name-evidence.ts';

/** lowercaseVocabulary: words that occur in lower case somewhere in the document; capitalised at a sentence start, they are not names. */
export type RecogniseContext = NameContext;

export interface PassageRecognition {
  mentions: CandidateMention[];
  acronyms: AcronymDefinition[];
}

const MAX_ACRONYM_LETTERS = 10;
const MAX_NAME_TOKENS = 6;

export function recognisePassage(passage: PassageAnalysis, passageIndex: number, context: RecogniseContext): PassageRecognition {
  const { text } = passage;
  const tokens = tokenize(text, new Set(passage.sentences.map(([start]) => start)));
  // In a passage set in capitals ("IN OTHER NEWS, THE MINISTRY…") capitals say nothing about acronyms or names.
  const shouting = tokens.filter((token) => token.allCaps).length > Math.max(3, tokens.length / 2);
  if (shouting) return { mentions: [], acronyms: [] };
  const mentions: CandidateMention[] = [];
  const acronyms: AcronymDefinition[] = [];
  // Tokens are visited in order, so one pointer walks the (ordered) quoted spans: linear.
  const quotedTitles = findQuotedTitles(text);
  let quoted = 0;
  const insideQuotedTitle = (offset: number): boolean => {
    while (quoted < quotedTitles.length && (quotedTitles[quoted] as [number, number])[1] <= offset) quoted++;
    const span = quotedTitles[quoted];
    return span !== undefined && offset >= span[0];
  };
  const emit = (from: number, to: number, kind: CandidateMention['kind'], type: ActorType, label?: string): void => {
    const first = tokens[from] as Token;
    const last = tokens[to] as Token;
    mentions.push({ passage: passageIndex, start: first.start, end: last.end, kind, type, label: label ?? text.slice(first.start, last.end) });
  };

  const dateline = datelineLength(text);
  const nameLike = tokens.map((token, index) => token.start >= dateline && isNameLike(token, context, tokens[index + 1]) && !insideQuotedTitle(token.start));
  // "COVID-19", "G20": a number joined to a name-like word belongs to it.
  tokens.forEach((token, index) => {
    if (index > 0 && nameLike[index - 1] && /^\p{N}+$/u.test(token.text) && (token.gap === '-' || token.gap === '')) nameLike[index] = true;
  });
  // "Ursula von der Leyen": two particles in a row before a capitalised word.
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const after = tokens[index + 2];
    if (!token.capitalised && next && after && NAME_PARTICLES.has(token.key) && NAME_PARTICLES.has(next.key) && !next.capitalised &&
      after.capitalised && joinable(next.gap) && joinable(after.gap) && index > 0 && nameLike[index - 1]) {
      nameLike[index] = true;
      nameLike[index + 1] = true;
    }
  });
  consumeLowercaseLexiconPhrases(tokens, nameLike, context.lexicon, emit);
  acronyms.push(...phraseAcronymDefinitions(text));
  for (const [runStart, runEnd] of capitalisedRuns(tokens, nameLike, context.lexicon)) {
    recogniseRun(runStart, runEnd);
  }
  typeUnknownListMembersAsFirms(mentions, text);
  return { mentions, acronyms };

  function recogniseRun(runStart: number, runEnd: number): void {
    const mentionsBefore = mentions.length;
    const whole = lookup(tokens, runStart, runEnd, context.lexicon);
    const cueType = whole ? undefined : cueTypeOf(tokens, runStart, runEnd, context.lexicon);
    if (cueType && recogniseOrganisationRun(runStart, runEnd, cueType)) return;
    recogniseNamesInRun(runStart, runEnd);
    const lastEnd = (tokens[runEnd - 1] as Token).end;
    const fromThisRun = mentions.slice(mentionsBefore);
    if (!fromThisRun.some((mention) => mention.end === lastEnd && mention.kind !== 'surname')) recordAcronym(runStart, runEnd - 1, 'none');
  }

  /** A run with an organisation or firm cue word; false when it turns out not to hold such a name. */
  function recogniseOrganisationRun(runStart: number, runEnd: number, cueType: ActorType): boolean {
    if (isDiplomaticMission(runStart, runEnd)) {
      const hit = lookup(tokens, runStart, runStart + 1, context.lexicon);
      if (hit?.kind === 'demonym' || hit?.kind === 'actor') emit(runStart, runStart, 'lexicon', 'state', hit.label);
      return true;
    }
    // "Chinese People’s Liberation Army": a state word before a known organisation's name.
    const leading = lookup(tokens, runStart, runStart + 1, context.lexicon);
    if (leading && (leading.kind === 'demonym' || leading.kind === 'actor' && leading.type === 'state')) {
      const rest = longestLexiconMatch(tokens, runStart + 1, runEnd, context.lexicon);
      // Only an organisation's full name: "Kyrgyz Security Council" is not the UN Security Council.
      const fullName = rest?.hit.kind === 'actor' && phraseKey(rest.hit.label) === tokens.slice(runStart + 1, rest.end).map((token) => token.key).join(' ');
      if (rest?.hit.kind === 'actor' && rest.hit.type !== 'state' && fullName) {
        handleLexiconHit(runStart + 1, rest.end, rest.hit);
        if (rest.end < runEnd) recogniseRun(rest.end, runEnd);
        return true;
      }
    }
    const from = skipLeadingTitles(runStart, runEnd);
    const to = organisationNameEnd(from, runEnd);
    if (from >= to || to - from < 2) return false;
    const head = tokens[from] as Token;
    const connector = tokens[from + 1] as Token;
    // "Construction of the Tajik section began": an industry noun heading an "of" phrase names no firm.
    if (INDUSTRY_CUE_WORDS.has(head.key) && !connector.capitalised && connector.key === 'of') {
      let rest = from + 1;
      while (rest < runEnd && !(tokens[rest] as Token).capitalised) rest++;
      if (rest < runEnd) recogniseRun(rest, runEnd);
      return true;
    }
    // "the Trans-Caspian Gas Pipeline": a name ending in what a facility carries is the facility's name.
    const lastWord = tokens[to - 1] as Token;
    const after = tokens[to];
    if (INDUSTRY_CUE_WORDS.has(lastWord.key) && after && joinable(after.gap) && FACILITY_NOUNS.has(after.key)) {
      if (to + 1 < runEnd) recogniseRun(to + 1, runEnd);
      return true;
    }
    // "the Russian 201st Motor Rifle Division": an ordinal number belongs to a unit's name.
    const ordinal = tokens[from - 1];
    const number = tokens[from - 2];
    const named = ordinal && number && /^(st|nd|rd|th)$/.test(ordinal.text) && ordinal.gap === '' && /^\p{N}+$/u.test(number.text) && joinable(head.gap)
      ? from - 2 : from;
    const typed = cueType === 'organisation' && after && after.gap === ' ' && !after.capitalised && FIRM_NOUNS_AFTER.has(after.key) ? 'firm' : cueType;
    emit(named, to - 1, 'named', typed);
    // "State Committee for National Security (GKNB)": a cue-word name defines the acronym after it even when the
    // letters come from another language's form of the name.
    recordAcronym(from, to - 1, cueType, undefined, true);
    // What follows the name ("… Vice Chairman Gen Fang Fenghui") is a run of its own.
    if (to < runEnd) recogniseRun(to, runEnd);
    return true;
  }

  /** Splits a run at lexicon entries and titles; what is left between them are names to judge. */
  function recogniseNamesInRun(runStart: number, runEnd: number): void {
    let titled = isTitleBefore(runStart);
    let index = runStart;
    let leftoverStart = -1;
    const flushLeftover = (end: number): void => {
      if (leftoverStart >= 0) recogniseLeftover(leftoverStart, end, titled);
      leftoverStart = -1;
    };
    while (index < runEnd) {
      const match = longestLexiconMatch(tokens, index, runEnd, context.lexicon);
      // After a title every word up to the next actor or title is part of the name ("Gen. Abdul Rahim Wardak").
      const partOfName = match !== undefined && (
        (titled && match.hit.kind !== 'actor' && match.hit.kind !== 'title') ||
        // "Khalid Sheikh Mohammed": a title word between name words is part of the name.
        (match.hit.kind === 'title' && leftoverStart >= 0 && match.end < runEnd && !longestLexiconMatch(tokens, match.end, runEnd, context.lexicon) &&
          tokens.slice(leftoverStart, index).every((token) => couldBePersonName(token, context))) ||
        // "Erik Prince": a title word closing a run right after a known first name is the surname.
        (match.hit.kind === 'title' && match.end === runEnd && match.end === index + 1 && index > 0 && leftoverStart === index - 1 &&
          isKnownFirstName(tokens[index - 1] as Token) && !(tokens[runEnd] as Token | undefined)?.capitalised) ||
        // "Islam Karimov": a single non-actor word used as a first name before an unknown surname.
        (match.hit.kind === 'not-actor' && match.end === index + 1 && isFirstNameAt(index, runEnd)));
      if (!match || partOfName) {
        if (leftoverStart < 0) leftoverStart = index;
        index++;
        continue;
      }
      flushLeftover(index);
      if (isNationalSubsidiary(index, match.end, runEnd, match.hit)) {
        const firm = mentions[mentions.length - 1] as CandidateMention;
        firm.end = (tokens[match.end - 1] as Token).end;
        firm.label = text.slice(firm.start, firm.end);
        firm.kind = 'named';
        delete firm.acronym;
        index = match.end;
        continue;
      }
      titled = match.hit.kind === 'title' && !(tokens[match.end - 1] as Token).possessive;
      handleLexiconHit(index, match.end, match.hit);
      index = match.end;
    }
    flushLeftover(runEnd);
  }

  function handleLexiconHit(from: number, to: number, hit: LexiconHit): void {
    switch (hit.kind) {
      case 'actor':
        if (hit.type === 'firm' && isFollowedByModelNumber(to)) break;
        emit(from, to - 1, 'lexicon', hit.type, hit.label);
        if (hit.via === 'acronym') (mentions[mentions.length - 1] as CandidateMention).acronym = (tokens[from] as Token).text.replace(/\./g, '');
        if (hit.via === 'name') recordAcronym(from, to - 1, hit.type, hit.label);
        break;
      case 'capital':
        if (!isPlaceUse(from)) emit(from, to - 1, 'lexicon', 'state', hit.label);
        break;
      case 'demonym':
        if (standsForState(from, to)) emit(from, to - 1, 'lexicon', 'state', hit.label);
        break;
      default:
        break;
    }
  }

  /** "AliExpress Russia, a joint venture": a firm's name and a country closing the run name the firm's national arm. */
  function isNationalSubsidiary(from: number, to: number, runEnd: number, hit: LexiconHit): boolean {
    if (hit.kind !== 'actor' || hit.type !== 'state' || to !== runEnd || (tokens[to - 1] as Token).possessive) return false;
    const previous = mentions[mentions.length - 1];
    const before = tokens[from - 1];
    return previous !== undefined && before !== undefined && previous.type === 'firm' && previous.end === before.end &&
      !before.possessive && (tokens[from] as Token).gap === ' ';
  }

  /** "three Boeing 787-8 Dreamliners": the maker's name is part of a product's. */
  function isFollowedByModelNumber(index: number): boolean {
    const next = tokens[index];
    if (!next || next.gap !== ' ') return false;
    const end = text.indexOf(' ', next.start);
    return MODEL_NUMBER.test(text.slice(next.start, end < 0 ? text.length : end).replace(/[,.;:)]+$/, ''));
  }

  /** "thanks to her and Jennet", "Ajmal and I": a name joined to a personal pronoun names a person. */
  function isCoordinatedWithPersonalPronoun(token: Token): boolean {
    const before = text.slice(Math.max(0, token.start - 12), token.start);
    const after = text.slice(token.end, token.end + 10);
    return /\b(her|him|me|us|them|she|he|we|you)\s+(and|or)\s+$/i.test(before) || /^\s+(and|or)\s+(I|me|him|her|us|we)\b/.test(after);
  }

  function isKnownFirstName(token: Token): boolean {
    return !token.allCaps && (isRegionalGivenName(token.key) || (isFirstName(token.key) && !isCommonWord(token.key)));
  }

  /** The word at index starts a two-word person name: the next word is an unknown, name-like surname ending the run. */
  function isFirstNameAt(index: number, runEnd: number): boolean {
    const surname = tokens[index + 1];
    if (!surname || index + 2 !== runEnd || longestLexiconMatch(tokens, index + 1, runEnd, context.lexicon)) return false;
    return couldBePersonName(surname, context) && (isLastName(surname.key) || SURNAME_ENDINGS.test(surname.key));
  }

  /** Capitalised words between lexicon entries and titles: decide whether, and as what, they name an actor. */
  function recogniseLeftover(from: number, to: number, titled: boolean): void {
    const count = to - from;
    const first = tokens[from] as Token;
    if (count > MAX_NAME_TOKENS) return;
    if (count === 1 && first.text.includes('/')) {
      emitSlashedParts(first);
      return;
    }
    const following = tokens[to];
    // "the TAPI line": an acronym naming a facility.
    if (count === 1 && first.allCaps && following && following.gap === ' ' && FACILITY_NOUNS.has(following.key)) return;
    if (count === 1 && first.allCaps && first.text.length <= MAX_ACRONYM_LETTERS) {
      emit(from, from, 'acronym', 'organisation');
      return;
    }
    const next = tokens[to];
    const nextIsNoun = next !== undefined && next.gap === ' ' && !next.capitalised;
    // Publications acting in the prose: "a piece for Foreign Policy", "Prospect magazine".
    if ((nextIsNoun && MEDIA_NOUNS.has(next.key)) || MEDIA_CONTEXT.test(text.slice(Math.max(0, first.start - 60), first.start))) {
      emit(from, to - 1, 'named', 'organisation');
      return;
    }
    // "the Reina nightclub", "the Kashagan oil field": a name modifying a common noun is a place or thing.
    const modifiesNoun = nextIsNoun && (PLACE_AND_FACILITY_NOUNS.has(next.key) || MODIFIED_NOUNS.has(next.key));
    if (!modifiesNoun && FIRM_CONTEXT.test(text.slice(Math.max(0, first.start - 40), first.start))) {
      emit(from, to - 1, 'named', 'firm');
      return;
    }
    if (titled) emit(from, to - 1, 'named', 'person');
    else if (count >= 2) recogniseMultiWordName(from, to);
    else if (modifiesNoun) return;
    else if (followsFirmInList(from) || looksLikeFirmWord(first)) emit(from, from, 'named', 'firm');
    else if (!first.initial && isFirstName(first.key) && !isCommonWord(first.key)) emit(from, from, 'named', 'person');
    else if (isCoordinatedWithPersonalPronoun(first)) emit(from, from, 'named', 'person');
    else emit(from, from, 'surname', 'person');
  }

  /** Two to six capitalised words with no title or cue word: first names, list neighbours, the tagger, introductions. */
  function recogniseMultiWordName(from: number, to: number): void {
    const words = tokens.slice(from, to);
    const first = words[0] as Token;
    const last = words[words.length - 1] as Token;
    if (words.some((token) => PLACE_AND_FACILITY_NOUNS.has(token.key))) return;
    if (isFirstName(first.key) || isLastName(last.key) || (isRegionalGivenName(first.key) && !first.allCaps)) {
      emit(from, to - 1, 'named', 'person');
      return;
    }
    // "by Xi Jinping": a Chinese surname with pinyin given names.
    // The surname may also be an English word ("Xi", "Long"); the pinyin given names may not
    // (though they may end like one: "Jinping").
    if (isChineseName(words) && words.slice(1).every((token) => !isCommonWord(token.key) && !context.lowercaseVocabulary.has(token.text.toLowerCase()))) {
      emit(from, to - 1, 'named', 'person');
      return;
    }
    // "Gulmurod Khalimov", "Eduard Shevardnadze": a typical surname ending on a name of unknown words.
    if (words.length <= 3 && SURNAME_ENDINGS.test(last.key) && words.every((token) => couldBePersonName(token, context))) {
      emit(from, to - 1, 'named', 'person');
      return;
    }
    const sentence = sentenceAround(first.start);
    if (!sentence) return;
    const listed = typeOfListNeighbour(from);
    let type = tagPhrase(text.slice(sentence[0], sentence[1]), first.start - sentence[0], last.end - sentence[0]);
    if (type === 'person' && words.some((token) => !token.capitalised && !NAME_PARTICLES.has(token.key))) type = undefined;
    if (type && listed && listed !== 'state') type = listed;
    if (!type && (listed === 'organisation' || listed === 'firm')) type = listed;
    // "hijackers Mohammed Atta and Ziad Jarrah": a name of foreign words listed right after a person.
    if (!type && listed === 'person' && words.length <= 3 && words.every((token) => couldBePersonName(token, context))) type = 'person';
    if (type) {
      emit(from, to - 1, 'named', type);
    } else if (words.length <= 3 && looksIntroducedAsPerson(from, to) && words.every((token) => couldBePersonName(token, context))) {
      // Two or three words, none of them English, introduced like a person: "Tanvi Madan, an expert".
      emit(from, to - 1, 'named', 'person');
    } else if (words.length <= 3) {
      // Unconfirmed: kept only if the same name is confirmed elsewhere ("by Xi Jinping" after "President Xi Jinping").
      emit(from, to - 1, 'surname', 'person');
    }
  }

  /** "ETIM/TIP": two known acronyms are two mentions; an unknown pair ("RFE/RL") is one acronym. */
  function emitSlashedParts(token: Token): void {
    const parts = token.text.split('/');
    const hits = parts.map((part) => context.lexicon.phrases.get(exactKey(part)));
    if (hits.some((hit) => hit?.kind === 'actor')) {
      let offset = token.start;
      parts.forEach((part, index) => {
        const hit = hits[index];
        if (hit?.kind === 'actor') mentions.push({ passage: passageIndex, start: offset, end: offset + part.length, kind: 'lexicon', type: hit.type, label: hit.label });
        offset += part.length + 1;
      });
      return;
    }
    mentions.push({ passage: passageIndex, start: token.start, end: token.end, kind: 'acronym', type: 'organisation', label: token.text });
  }

  function looksIntroducedAsPerson(from: number, to: number): boolean {
    const before = text.slice(Math.max(0, (tokens[from] as Token).start - 40), (tokens[from] as Token).start);
    const after = text.slice((tokens[to - 1] as Token).end, (tokens[to - 1] as Token).end + 30);
    return PERSON_APPOSITION.test(after) || PERSON_VERB_AFTER.test(after) || PERSON_INTRODUCTION.test(before) || PERSON_ROLE_BEFORE.test(before) || roleWordBefore(before, context.lexicon);
  }

  /** "the IMU, Jund al Khilafah, the Islamic Jihad Union": the type of the actor listed just before. */
  function typeOfListNeighbour(index: number): ActorType | undefined {
    const previous = mentions[mentions.length - 1];
    const token = tokens[index] as Token;
    if (!previous) return undefined;
    return /^(,\s*(and\s+|or\s+)?(the\s+)?|\s+(and|or)\s+(the\s+)?)$/.test(text.slice(previous.end, token.start)) ? previous.type : undefined;
  }

  /** "Huawei and ZTE", "Huaxin, Sany, Sinopec": a lone name listed right after a firm. */
  function followsFirmInList(index: number): boolean {
    const previous = mentions[mentions.length - 1];
    const token = tokens[index] as Token;
    if (!previous || previous.type !== 'firm') return false;
    const between = text.slice(previous.end, token.start);
    return /^(,\s*(and\s+)?|\s+and\s+|\s*&\s*)$/.test(between);
  }

  function recordAcronym(from: number, to: number, type: ActorType | 'none', label?: string, lettersMayDiffer = false): void {
    const last = tokens[to] as Token;
    const after = /^\s*\(\s*((?:\p{Lu}\.?){2,}[\p{Lu}\p{N}&.-]*)\s*\)/u.exec(text.slice(last.end, last.end + MAX_ACRONYM_LETTERS + 6));
    if (!after || !after[1]) return;
    const first = tokens[from] as Token;
    const acronym = after[1].replace(/\./g, '');
    const written = text.slice(first.start, last.end);
    // "Pakistan (TTP)" is not a definition: the acronym's letters must come from the phrase's words.
    if (!lettersMayDiffer && !acronymFits(acronym, written) && !(label !== undefined && acronymFits(acronym, label))) return;
    acronyms.push({ acronym, label: label ?? written, type });
  }

  /** "Chinese Embassy", "the Russian Consulate": a state's mission abroad stands for the state. */
  function isDiplomaticMission(from: number, to: number): boolean {
    return to - from === 2 && DIPLOMATIC_MISSIONS.has((tokens[from + 1] as Token).key);
  }

  /** End of an organisation name: its last cue word, or the end of an "of …" phrase after it, stopping at a title. */
  function organisationNameEnd(from: number, to: number): number {
    let lastCue = -1;
    for (let i = from; i < to; i++) {
      const token = tokens[i] as Token;
      if (context.lexicon.organisationCues.has(token.key) || context.lexicon.firmCues.has(token.key)) lastCue = i;
    }
    if (lastCue < 0) return to;
    let end = lastCue + 1;
    const next = tokens[end];
    if (end < to && next && NAME_CONNECTORS.has(next.key) && !next.capitalised) {
      end++;
      while (end < to && !isTitleAt(end, to)) end++;
    }
    return end;
  }

  function isTitleAt(index: number, to: number): boolean {
    return longestLexiconMatch(tokens, index, to, context.lexicon)?.hit.kind === 'title';
  }

  function skipLeadingTitles(from: number, to: number): number {
    let index = from;
    while (index < to) {
      const match = longestLexiconMatch(tokens, index, to, context.lexicon);
      if (!match || match.hit.kind !== 'title') break;
      index = match.end;
    }
    // "President of the European Commission": the name starts after the connectors.
    while (index < to && !(tokens[index] as Token).capitalised && NAME_CONNECTORS.has((tokens[index] as Token).key)) index++;
    return index;
  }

  /** A title word right before the run: "spokesman Hua Chunying", "President Xi". */
  function isTitleBefore(index: number): boolean {
    // "Foreign Minister-designate Amir Khan Muttaqi", "President-elect …"
    const previous = tokens[index - 1];
    const suffix = previous && (previous.key === 'designate' || previous.key === 'elect') && /^[-‑]$/.test(previous.gap) ? 1 : 0;
    // "when Atambayev was president, Moscow was…": a title cut off by punctuation does not title the next name.
    // "Gen. Abdul Rahim Wardak": an abbreviated title keeps its full stop.
    const first = tokens[index];
    const abbreviatedTitle = previous !== undefined && previous.capitalised && previous.text.length <= 4 && /^\.\s$/.test(first?.gap ?? '');
    if (!first || (!joinable(first.gap) && !abbreviatedTitle)) return false;
    for (let length = 1; length <= 3; length++) {
      const from = index - suffix - length;
      if (from < 0) break;
      const hit = lookup(tokens, from, index - suffix, context.lexicon, true);
      // Lower-case, a title word must be a noun: "spokesman Hua", not "a major Covid-19 outbreak".
      const head = tokens[index - suffix - 1] as Token;
      if (hit?.kind === 'title' && ((tokens[from] as Token).capitalised || !isAdjective(head.key))) return true;
      if (!joinable((tokens[from + 1] as Token).gap) && !/^\.\s$/.test((tokens[from + 1] as Token).gap)) break;
    }
    return false;
  }

  /** "in Beijing", "to Kabul", also "in New York City and Stockholm"; but "Beijing said", "between Beijing and Canberra". */
  function isPlaceUse(index: number): boolean {
    const token = tokens[index] as Token;
    if (token.possessive) return false;
    let before = index - 1;
    const conjunction = tokens[before];
    if (conjunction && (conjunction.key === 'and' || conjunction.key === 'or') && !conjunction.capitalised) {
      before--;
      while (before >= 0 && index - before < 8 && (tokens[before] as Token).capitalised) before--;
    }
    const previous = tokens[before];
    return previous !== undefined && !previous.capitalised && PLACE_PREPOSITIONS.has(previous.key);
  }

  function standsForState(from: number, to: number): boolean {
    // "the Uzbek, Kazakh and Kyrgyz governments": look past a list of demonyms to its head noun.
    let after = to;
    while (after < tokens.length) {
      const token = tokens[after] as Token;
      const hit = token.capitalised ? lookup(tokens, after, after + 1, context.lexicon) : undefined;
      const listed = hit?.kind === 'demonym' && /^,?\s+$|^,\s*$/.test(token.gap);
      const conjunction = (token.key === 'and' || token.key === 'or') && /^,?\s+$/.test(token.gap);
      if (!listed && !conjunction) break;
      after++;
    }
    if (after > to && tokens[after] && GOVERNMENT_NOUNS.has((tokens[after] as Token).key)) return true;
    const next = tokens[to];
    const last = tokens[to - 1] as Token;
    const nextIsClose = next !== undefined && joinable(next.gap) && !last.possessive;
    if (nextIsClose && (GOVERNMENT_NOUNS.has(next.key) || (next.capitalised && context.lexicon.titleWords.has(next.key)))) return true;
    const previous = tokens[from - 1];
    if (previous?.key !== 'the') return false;
    if (!nextIsClose) return true;
    return !next.capitalised && !isNounLike(next.key);
  }

  function sentenceAround(offset: number): [number, number] | undefined {
    return passage.sentences[sentenceIndexAt(passage.sentences, offset)];
  }
}

/** Phrases written lower-case in the lexicon ("al-Qaeda") are matched outside capitalised runs. */
function consumeLowercaseLexiconPhrases(
  tokens: Token[], nameLike: boolean[], lexicon: LexiconIndex,
  emit: (from: number, to: number, kind: CandidateMention['kind'], type: ActorType, label?: string) => void,
): void {
  if (lexicon.lowercaseFirst.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.capitalised || !lexicon.firstTokens.has(token.key)) continue;
    for (let end = Math.min(tokens.length, i + lexicon.maxPhraseTokens); end > i + 1; end--) {
      const hit = lookup(tokens, i, end, lexicon);
      if (hit?.kind !== 'actor') continue;
      emit(i, end - 1, 'lexicon', hit.type, hit.label);
      for (let j = i; j < end; j++) nameLike[j] = false;
      i = end - 1;
      break;
    }
  }
}

const MAX_LISTED_NAME_LENGTH = 30;
const LIST_SEPARATOR = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)$/;

/**
 * "like Huaxin, Sany, Sinopec, China Construction": unconfirmed single words in a list
 * with a firm in it are firms too. A list is mentions joined only by commas and "and".
 */
function typeUnknownListMembersAsFirms(mentions: CandidateMention[], text: string): void {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  let listStart = 0;
  for (let i = 1; i <= ordered.length; i++) {
    const previous = ordered[i - 1] as CandidateMention;
    const current = ordered[i];
    if (current && LIST_SEPARATOR.test(text.slice(previous.end, current.start))) continue;
    const list = ordered.slice(listStart, i);
    if (list.length >= 3 && list.some((mention) => mention.type === 'firm' && mention.kind !== 'surname')) {
      for (const mention of list) {
        if (mention.kind === 'surname' && !mention.label.includes(' ') && mention.label.length <= MAX_LISTED_NAME_LENGTH) {
          mention.kind = 'named';
          mention.type = 'firm';
        }
      }
    }
    listStart = i;
  }
}
