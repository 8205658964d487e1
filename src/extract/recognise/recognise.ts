/**
 * Finds candidate actor mentions in one passage, with rules over capitalised token runs:
 * general-knowledge lexicon hits (countries, capitals, demonyms, known organisations),
 * organisation/firm cue words ("… Ministry", "… Bank of …"), person titles ("President …"),
 * first names, acronym definitions "Full Name (ACR)". The compromise tagger is consulted
 * only for multi-word names the rules cannot type.
 */
import type { ActorType } from '../../graph-format/index.ts';
import type { AcronymDefinition, CandidateMention, PassageAnalysis } from '../types.ts';
import { exactKey, isCaseSensitive, phraseKey, type LexiconHit, type LexiconIndex } from './lexicon-index.ts';
import { MODIFIED_NOUNS, NAME_PARTICLES, DIPLOMATIC_MISSIONS, ENGLISH_SUFFIXES, FIRM_CONTEXT, GOVERNMENT_NOUNS, PLACE_AND_FACILITY_NOUNS, NAME_CONNECTORS, PERSON_APPOSITION, PERSON_INTRODUCTION, PERSON_VERB_AFTER, PLACE_PREPOSITIONS, SENTENCE_STARTERS } from './rules.ts';
import { tagPhrase } from './tagger.ts';
import { joinable, tokenize, type Token } from './tokens.ts';
import { isAdjective, isCommonWord, isFirstName, isLastName, isNounLike } from './word-classes.ts';

export interface RecogniseContext {
  lexicon: LexiconIndex;
  /** Words that occur in lower case somewhere in the document: capitalised at a sentence start, they are not names. */
  lowercaseVocabulary: ReadonlySet<string>;
}

export interface PassageRecognition {
  mentions: CandidateMention[];
  acronyms: AcronymDefinition[];
}

const MAX_ACRONYM_LETTERS = 10;
const MAX_NAME_TOKENS = 6;

/** Words that occur in lower case in a text (used to tell "While" from "Washington"). */
export function lowercaseVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}’'])\p{Ll}[\p{L}]*/gu)) words.add(match[0]);
  return words;
}

export function recognisePassage(passage: PassageAnalysis, passageIndex: number, context: RecogniseContext): PassageRecognition {
  const { text } = passage;
  const tokens = tokenize(text, new Set(passage.sentences.map(([start]) => start)));
  const mentions: CandidateMention[] = [];
  const acronyms: AcronymDefinition[] = [];
  const quotedTitles = findQuotedTitles(text);
  const insideQuotedTitle = (offset: number): boolean => quotedTitles.some(([start, end]) => offset >= start && offset < end);
  const emit = (from: number, to: number, kind: CandidateMention['kind'], type: ActorType, label?: string): void => {
    const first = tokens[from] as Token;
    const last = tokens[to] as Token;
    mentions.push({ passage: passageIndex, start: first.start, end: last.end, kind, type, label: label ?? text.slice(first.start, last.end) });
  };

  const nameLike = tokens.map((token, index) => isNameLike(token, context, tokens[index + 1]) && !insideQuotedTitle(token.start));
  // "COVID-19", "G20": a number joined to a name-like word belongs to it.
  tokens.forEach((token, index) => {
    if (index > 0 && nameLike[index - 1] && /^\p{N}+$/u.test(token.text) && (token.gap === '-' || token.gap === '')) nameLike[index] = true;
  });
  consumeLowercaseLexiconPhrases(tokens, nameLike, context.lexicon, emit);
  acronyms.push(...lowercaseAcronymDefinitions(text));
  for (const [runStart, runEnd] of capitalisedRuns(tokens, nameLike, context.lexicon)) {
    recogniseRun(runStart, runEnd);
  }
  return { mentions, acronyms };

  function recogniseRun(runStart: number, runEnd: number): void {
    const whole = lookup(tokens, runStart, runEnd, context.lexicon);
    const cueType = whole ? undefined : cueTypeOf(tokens, runStart, runEnd, context.lexicon);
    if (cueType && isDiplomaticMission(runStart, runEnd)) {
      const hit = lookup(tokens, runStart, runStart + 1, context.lexicon);
      if (hit?.kind === 'demonym' || hit?.kind === 'actor') emit(runStart, runStart, 'lexicon', 'state', hit.label);
      return;
    }
    if (cueType) {
      // "Chinese People’s Liberation Army": a state word before a known organisation's name.
      const leading = lookup(tokens, runStart, runStart + 1, context.lexicon);
      if (leading && (leading.kind === 'demonym' || leading.kind === 'actor' && leading.type === 'state')) {
        const rest = longestLexiconMatch(tokens, runStart + 1, runEnd, context.lexicon);
        // Only an organisation's full name: "Kyrgyz Security Council" is not the UN Security Council.
        const fullName = rest?.hit.kind === 'actor' && phraseKey(rest.hit.label) === tokens.slice(runStart + 1, rest.end).map((token) => token.key).join(' ');
        if (rest?.hit.kind === 'actor' && rest.hit.type !== 'state' && fullName) {
          handleLexiconHit(runStart + 1, rest.end, rest.hit);
          if (rest.end < runEnd) recogniseRun(rest.end, runEnd);
          return;
        }
      }
      const from = skipLeadingTitles(runStart, runEnd);
      const to = organisationNameEnd(from, runEnd);
      if (from < to && to - from >= 2) {
        emit(from, to - 1, 'named', cueType);
        recordAcronym(from, to - 1, cueType);
        // What follows the name ("… Vice Chairman Gen Fang Fenghui") is a run of its own.
        if (to < runEnd) recogniseRun(to, runEnd);
        return;
      }
    }
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
      const partOfName = titled && match !== undefined && match.hit.kind !== 'actor' && match.hit.kind !== 'title';
      if (!match || partOfName) {
        if (leftoverStart < 0) leftoverStart = index;
        index++;
        continue;
      }
      flushLeftover(index);
      titled = match.hit.kind === 'title' && !(tokens[match.end - 1] as Token).possessive;
      handleLexiconHit(index, match.end, match.hit);
      index = match.end;
    }
    flushLeftover(runEnd);
    const lastEnd = (tokens[runEnd - 1] as Token).end;
    if (!mentions.some((mention) => mention.end === lastEnd && mention.kind !== 'surname')) recordAcronym(runStart, runEnd - 1, 'none');
  }

  function handleLexiconHit(from: number, to: number, hit: LexiconHit): void {
    switch (hit.kind) {
      case 'actor':
        emit(from, to - 1, 'lexicon', hit.type, hit.label);
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

  function recogniseLeftover(from: number, to: number, titled: boolean): void {
    const count = to - from;
    const first = tokens[from] as Token;
    const last = tokens[to - 1] as Token;
    if (count > MAX_NAME_TOKENS) return;
    if (count === 1 && first.text.includes('/')) {
      emitSlashedParts(first);
      return;
    }
    if (count === 1 && first.allCaps && first.text.length <= MAX_ACRONYM_LETTERS) {
      emit(from, from, 'acronym', 'organisation');
      return;
    }
    const following = tokens[to];
    const modifiesNoun = following !== undefined && following.gap === ' ' && !following.capitalised &&
      (PLACE_AND_FACILITY_NOUNS.has(following.key) || MODIFIED_NOUNS.has(following.key));
    if (!modifiesNoun && FIRM_CONTEXT.test(text.slice(Math.max(0, first.start - 40), first.start))) {
      emit(from, to - 1, 'named', 'firm');
      return;
    }
    if (titled) {
      emit(from, to - 1, 'named', 'person');
      return;
    }
    if (count >= 2) {
      if ((isFirstName(first.key) || isLastName(last.key)) && !PLACE_AND_FACILITY_NOUNS.has(last.key)) {
        emit(from, to - 1, 'named', 'person');
        return;
      }
      const sentence = sentenceAround(first.start);
      if (!sentence) return;
      const words = tokens.slice(from, to);
      const listed = typeOfListNeighbour(from);
      let type = tagPhrase(text.slice(sentence[0], sentence[1]), first.start - sentence[0], last.end - sentence[0]);
      if (words.some((token) => PLACE_AND_FACILITY_NOUNS.has(token.key))) return;
      if (type === 'person' && words.some((token) => !token.capitalised && !NAME_PARTICLES.has(token.key))) type = undefined;
      if (type && listed && listed !== 'state') type = listed;
      if (type) emit(from, to - 1, 'named', type);
      // Two or three words, none of them English, introduced like a person: "Tanvi Madan, an expert".
      else if (listed === 'organisation' || listed === 'firm') emit(from, to - 1, 'named', listed);
      else if (count <= 3 && looksIntroducedAsPerson(from, to) && tokens.slice(from, to).every((token) => couldBePersonName(token, context))) {
        emit(from, to - 1, 'named', 'person');
      } else if (count <= 3) {
        // Unconfirmed: kept only if the same name is confirmed elsewhere ("by Xi Jinping" after "President Xi Jinping").
        emit(from, to - 1, 'surname', 'person');
      }
      return;
    }
    // "the Reina nightclub", "the Kashagan oil field": a name modifying a common noun is a place or thing.
    const next = tokens[from + 1];
    if (next && next.gap === ' ' && !next.capitalised && (PLACE_AND_FACILITY_NOUNS.has(next.key) || MODIFIED_NOUNS.has(next.key))) return;
    if (followsFirmInList(from)) {
      emit(from, from, 'named', 'firm');
      return;
    }
    if (!first.initial && isFirstName(first.key) && !isCommonWord(first.key)) {
      emit(from, from, 'named', 'person');
      return;
    }
    emit(from, from, 'surname', 'person');
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
    return PERSON_APPOSITION.test(after) || PERSON_VERB_AFTER.test(after) || PERSON_INTRODUCTION.test(before) || roleWordBefore(before, context.lexicon);
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

  function recordAcronym(from: number, to: number, type: ActorType | 'none', label?: string): void {
    const last = tokens[to] as Token;
    const after = /^\s*\(\s*((?:\p{Lu}\.?){2,}[\p{Lu}\p{N}&.-]*)\s*\)/u.exec(text.slice(last.end, last.end + MAX_ACRONYM_LETTERS + 6));
    if (!after || !after[1]) return;
    const first = tokens[from] as Token;
    acronyms.push({ acronym: after[1].replace(/\./g, ''), label: label ?? text.slice(first.start, last.end), type });
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
    return index;
  }

  /** A title word right before the run: "spokesman Hua Chunying", "President Xi". */
  function isTitleBefore(index: number): boolean {
    // "Foreign Minister-designate Amir Khan Muttaqi", "President-elect …"
    const previous = tokens[index - 1];
    const suffix = previous && (previous.key === 'designate' || previous.key === 'elect') && /^[-‑]$/.test(previous.gap) ? 1 : 0;
    for (let length = 1; length <= 3; length++) {
      const from = index - suffix - length;
      if (from < 0) break;
      const hit = lookup(tokens, from, index - suffix, context.lexicon, true);
      // Lower-case, a title word must be a noun: "spokesman Hua", not "a major Covid-19 outbreak".
      if (hit?.kind === 'title' && ((tokens[from] as Token).capitalised || !isAdjective((tokens[from] as Token).key))) return true;
      if (!joinable((tokens[from + 1] as Token).gap) && !/^\.\s$/.test((tokens[from + 1] as Token).gap)) break;
    }
    return false;
  }

  function isPlaceUse(index: number): boolean {
    const token = tokens[index] as Token;
    const previous = tokens[index - 1];
    if (token.possessive) return false;
    return previous !== undefined && token.gap === ' ' && PLACE_PREPOSITIONS.has(previous.key);
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
    return passage.sentences.find(([start, end]) => offset >= start && offset < end);
  }
}

/** "… ambassador to Pakistan, Nong Rong": a title word shortly before, then a comma. */
function roleWordBefore(before: string, lexicon: LexiconIndex): boolean {
  const match = /([\p{L}]+)(?:\s+(?:to|of|for)\s+[\p{L} ]+)?,?\s*$/u.exec(before);
  return match !== null && lexicon.titleWords.has((match[1] ?? '').toLowerCase());
}

/**
 * "unmanned aerial vehicles (UAVs)": an acronym spelled out in lower-case words is a
 * thing, not an actor, so the acronym is defined as 'none'.
 */
function lowercaseAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(/\((\p{Lu}{2,8})s?\)/gu)) {
    const acronym = match[1] ?? '';
    const words = text.slice(Math.max(0, match.index - 120), match.index).trim().split(/[\s-]+/).slice(-acronym.length);
    if (words.length !== acronym.length) continue;
    const initials = words.map((word) => word[0] ?? '').join('');
    if (initials.toUpperCase() === acronym && words.every((word) => /^\p{Ll}/u.test(word))) {
      definitions.push({ acronym, label: words.join(' '), type: 'none' });
    }
  }
  return definitions;
}

/**
 * Quoted titles of works (‘Great Power Play at Himalayan Heights’): mostly capitalised
 * words between quotes. Names inside them are not mentions.
 */
function findQuotedTitles(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/[‘“"]([^‘’“”"]{3,150})[’”"]/gu)) {
    const words = (match[1] ?? '').split(/\s+/).filter((word) => /^\p{L}/u.test(word));
    if (words.length < 2) continue;
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (capitalised / words.length >= 0.6) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** A word that could be part of a person's name: not an acronym, not English, not a place or facility noun. */
function couldBePersonName(token: Token, context: RecogniseContext): boolean {
  if (token.allCaps || isCommonWord(token.key) || context.lowercaseVocabulary.has(token.text.toLowerCase())) return false;
  return !PLACE_AND_FACILITY_NOUNS.has(token.key) && !ENGLISH_SUFFIXES.test(token.key);
}

function isNameLike(token: Token, context: RecogniseContext, next: Token | undefined): boolean {
  // "Ayman al-Zawahiri", "Jund al Khilafah": a lower-case particle between capitalised words.
  if (!token.capitalised) return NAME_PARTICLES.has(token.key) && next !== undefined && next.capitalised && joinable(next.gap) && !token.initial;
  if (!token.initial || token.allCaps) return true;
  if (context.lexicon.firstTokens.has(token.key) || context.lexicon.phrases.has(exactKey(token.text))) return !SENTENCE_STARTERS.has(token.key);
  if (SENTENCE_STARTERS.has(token.key) || isCommonWord(token.key)) return false;
  return !context.lowercaseVocabulary.has(token.text.toLowerCase());
}

/** Maximal runs of name-like tokens, joined through connectors when the result carries an organisation cue. */
function capitalisedRuns(tokens: Token[], nameLike: boolean[], lexicon: LexiconIndex): [number, number][] {
  const segments: [number, number][] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!nameLike[index]) {
      index++;
      continue;
    }
    const start = index;
    index++;
    while (index < tokens.length && nameLike[index] && (joinable((tokens[index] as Token).gap) || isAfterInitial(tokens, index)) && !endsAtPossessive(tokens, index - 1, lexicon)) index++;
    segments.push([start, index]);
  }
  const runs: [number, number][] = [];
  for (const segment of segments) {
    const previous = runs[runs.length - 1];
    if (previous && canBridge(tokens, previous, segment, lexicon)) previous[1] = segment[1];
    else runs.push([segment[0], segment[1]]);
  }
  return runs;
}

/** "S. Rajaratnam", "George W. Bush": a single capital letter and a full stop inside a name. */
function isAfterInitial(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && /^\p{Lu}$/u.test(previous.text) && /^\.\s$/.test((tokens[index] as Token).gap);
}

/** "China’s Belt and Road Initiative": a possessive after a known actor ends the name. */
function endsAtPossessive(tokens: Token[], index: number, lexicon: LexiconIndex): boolean {
  const token = tokens[index] as Token;
  if (!token.possessive) return false;
  const hit = lookup(tokens, index, index + 1, lexicon);
  return hit !== undefined && (hit.kind === 'actor' || hit.kind === 'capital' || hit.kind === 'demonym');
}

function canBridge(tokens: Token[], left: [number, number], right: [number, number], lexicon: LexiconIndex): boolean {
  const between = tokens.slice(left[1], right[0]);
  const ampersand = between.length === 0 && /^\s*&\s*$/.test((tokens[right[0]] as Token).gap);
  if (!ampersand) {
    if (between.length === 0 || between.length > 2) return false;
    if (!between.every((token) => NAME_CONNECTORS.has(token.key) && !token.capitalised && joinable(token.gap))) return false;
    if (!joinable((tokens[right[0]] as Token).gap)) return false;
    if (between[0]?.key === 'the' || between[0]?.key === 'and' && between.length > 1) return false;
  }
  for (let start = left[0]; start < left[1]; start++) {
    const match = longestLexiconMatch(tokens, start, right[1], lexicon);
    if (match && match.end > left[1]) return true; // "People’s Republic of China"
  }
  if (!hasCue(tokens, left[0], right[1], lexicon)) return false;
  const conjunction = ampersand || between[0]?.key === 'and';
  if (conjunction) {
    const leftHit = lookup(tokens, left[0], left[1], lexicon);
    const rightHit = longestLexiconMatch(tokens, right[0], right[1], lexicon);
    if (leftHit?.kind === 'actor' || rightHit?.hit.kind === 'actor') return false;
  }
  return true;
}

function hasCue(tokens: Token[], from: number, to: number, lexicon: LexiconIndex): boolean {
  for (let i = from; i < to; i++) {
    const key = (tokens[i] as Token).key;
    if (lexicon.organisationCues.has(key) || lexicon.firmCues.has(key)) return true;
  }
  return false;
}

/** Organisation or firm, from the right-most cue word; undefined when the run has no cue or only a bare cue word. */
function cueTypeOf(tokens: Token[], from: number, to: number, lexicon: LexiconIndex): ActorType | undefined {
  if (to - from < 2) return undefined;
  for (let i = to - 1; i >= from; i--) {
    const token = tokens[i] as Token;
    if (!token.capitalised && !token.allCaps) continue;
    if (lexicon.firmCues.has(token.key)) return 'firm';
    if (lexicon.organisationCues.has(token.key)) return 'organisation';
  }
  return undefined;
}

function lookup(tokens: Token[], from: number, to: number, lexicon: LexiconIndex, allowLowercase = false): LexiconHit | undefined {
  const first = tokens[from];
  if (!first) return undefined;
  if (to - from === 1 && isCaseSensitive(first.text)) return lexicon.phrases.get(exactKey(first.text));
  if (!lexicon.firstTokens.has(first.key)) return undefined;
  let key = first.key;
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i] as Token;
    if (!joinable(token.gap) && !(tokens[i - 1] as Token).possessive) return undefined;
    key += ` ${token.key}`;
  }
  const hit = lexicon.phrases.get(key);
  if (!hit) return undefined;
  if (!first.capitalised && !allowLowercase && !lexicon.lowercaseFirst.has(key)) return undefined;
  return hit;
}

function longestLexiconMatch(tokens: Token[], from: number, limit: number, lexicon: LexiconIndex): { end: number; hit: LexiconHit } | undefined {
  const first = tokens[from];
  if (!first) return undefined;
  if (!lexicon.firstTokens.has(first.key)) {
    const hit = lookup(tokens, from, from + 1, lexicon);
    return hit ? { end: from + 1, hit } : undefined;
  }
  for (let end = Math.min(limit, from + lexicon.maxPhraseTokens); end > from; end--) {
    const hit = lookup(tokens, from, end, lexicon);
    if (hit) return { end, hit };
  }
  return undefined;
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
