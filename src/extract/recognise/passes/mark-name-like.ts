/** Which tokens may be part of a name: capitalised words outside datelines and quoted titles, and what joins them. */
import { NAME_PARTICLES } from '../rules.ts';
import { isNameLike } from '../runs.ts';
import type { Scan } from '../scan.ts';
import { datelineLength } from '../text-patterns.ts';
import { isWordPartGap, joinable, type Token } from '../tokens.ts';
import { isCommonWord } from '../word-classes.ts';
import { lookup } from '../lexicon-lookup.ts';

export function markNameLike(scan: Scan): void {
  const { tokens, context } = scan;
  scan.dateline = datelineLength(scan.text);
  // Tokens are visited in order, so one pointer walks the (ordered) quoted spans: linear.
  let quoted = 0;
  const insideQuotedTitle = (offset: number): boolean => {
    while (quoted < scan.quotedTitles.length && (scan.quotedTitles[quoted] as [number, number])[1] <= offset) quoted++;
    const span = scan.quotedTitles[quoted];
    return span !== undefined && offset >= span[0];
  };
  const nameLike = tokens.map((token, index) => token.start >= scan.dateline && isNameLike(token, context, tokens[index + 1]) && !insideQuotedTitle(token.start));
  // "COVID-19", "G20", "P5+1": a number joined to a name-like word belongs to it.
  tokens.forEach((token, index) => {
    if (index > 0 && nameLike[index - 1] && /^\p{N}+$/u.test(token.text) && (token.gap === '-' || token.gap === '' || token.gap === '+')) nameLike[index] = true;
  });
  // "Group of 24", "Group of 77": a number after "Group of" is the group's name (G24 = Group of Twenty-Four).
  tokens.forEach((token, index) => {
    const of = tokens[index - 1];
    const group = tokens[index - 2];
    if (of && group && /^\p{N}+$/u.test(token.text) && token.gap === ' ' && of.key === 'of' && of.gap === ' ' && group.key === 'group' &&
      group.capitalised && nameLike[index - 2]) {
      nameLike[index - 1] = true;
      nameLike[index] = true;
    }
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
  markOpeningCueWords(scan, nameLike);
  joinSuspendedWordParts(scan, nameLike);
  dropSpeakerLabels(scan, nameLike);
  dropCapitalisedHeadings(scan, nameLike);
  scan.nameLike = nameLike;
}

/**
 * "Institute of International Studies said …", "Ministry of Finance officials …": an organisation cue word opening a
 * sentence is a common word there, but with "of"/"for" and a name-like word after it, it opens the body's name.
 */
function markOpeningCueWords(scan: Scan, nameLike: boolean[]): void {
  const { tokens, context } = scan;
  tokens.forEach((token, index) => {
    const connector = tokens[index + 1];
    const name = tokens[index + 2];
    if (nameLike[index] || !token.initial || token.allCaps || !token.capitalised || token.start < scan.dateline || !connector || !name) return;
    if (!context.lexicon.organisationCues.has(token.key) || connector.capitalised || (connector.key !== 'of' && connector.key !== 'for')) return;
    if (nameLike[index + 2] && name.capitalised && joinable(connector.gap) && joinable(name.gap)) nameLike[index] = true;
  });
}

/** "Co-operation", "Co-\noperation": a word broken at a hyphen is one word; its lower-case part belongs to the name. */
function joinSuspendedWordParts(scan: Scan, nameLike: boolean[]): void {
  scan.tokens.forEach((token, index) => {
    const previous = scan.tokens[index - 1];
    if (!previous || !nameLike[index - 1] || token.capitalised || previous.allCaps || !isWordPartGap(token.gap)) return;
    const joined = previous.key + token.key;
    const vocabulary = scan.context.lowercaseVocabulary;
    // A short prefix that names nothing by itself ("Co-", "Re-") before an English word; "US-led" keeps its state.
    const prefix = previous.text.length <= 3 && lookup(scan.tokens, index - 1, index, scan.context.lexicon)?.kind !== 'actor' &&
      (isCommonWord(token.key) || vocabulary.has(token.text));
    if (isCommonWord(joined) || vocabulary.has(joined) || prefix) nameLike[index] = true;
  });
}

/** "MS. JEAN-PIERRE:", "SENIOR ADMINISTRATION OFFICIAL:", "Q:": who speaks in a transcript, not who acts. */
function dropSpeakerLabels(scan: Scan, nameLike: boolean[]): void {
  for (const match of scan.text.matchAll(/(?:^|\n)[ \t]*((?:\p{Lu}[\p{Lu}.'’\- ]*)?\p{Lu})[ \t]*:/gu)) {
    const start = match.index + match[0].indexOf(match[1] ?? '');
    const end = start + (match[1] ?? '').length;
    scan.tokens.forEach((token, index) => {
      if (token.start >= start && token.end <= end) nameLike[index] = false;
    });
  }
}

/** "SENIOR ADMINISTRATION OFFICIAL", "NEWS RELEASE": English words set in capitals are a heading, not a name. */
function dropCapitalisedHeadings(scan: Scan, nameLike: boolean[]): void {
  const { tokens, context } = scan;
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (end < tokens.length && (tokens[end] as Token).allCaps && (end === start || joinable((tokens[end] as Token).gap))) end++;
    if (end - start >= 2) {
      const words = tokens.slice(start, end);
      const english = words.some((token) => token.text.length >= 4 && !token.text.includes('.') &&
        (isCommonWord(token.key) || context.lowercaseVocabulary.has(token.key)) && lookup(tokens, tokens.indexOf(token), tokens.indexOf(token) + 1, context.lexicon) === undefined);
      if (english) {
        for (let i = start; i < end; i++) if (lookup(tokens, i, i + 1, context.lexicon)?.kind !== 'actor') nameLike[i] = false;
      }
    }
    start = Math.max(end, start + 1);
  }
}
