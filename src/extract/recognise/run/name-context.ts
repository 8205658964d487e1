/** What the words around a name say about it: a title before it, a place preposition, a government noun after it. */
import { longestLexiconMatch, lookup } from '../lexicon-lookup.ts';
import { GOVERNMENT_NOUNS, NAME_CONNECTORS, PLACE_PREPOSITIONS } from '../rules.ts';
import type { Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { isAdjective, isFirstName, isLastName, isNounLike } from '../word-classes.ts';
import { isRegionalGivenName } from '../name-evidence.ts';

/** A title word right before the run: "spokesman Hua Chunying", "President Xi". */
export function isTitleBefore(scan: Scan, index: number): boolean {
  const { tokens } = scan;
  // "Foreign Minister-designate Amir Khan Muttaqi", "President-elect …"
  const previous = tokens[index - 1];
  const suffix = previous && (previous.key === 'designate' || previous.key === 'elect') && /^[-‑]$/.test(previous.gap) ? 1 : 0;
  // "when Atambayev was president, Moscow was…": a title cut off by punctuation does not title the next name.
  // "Gen. Abdul Rahim Wardak": an abbreviated title keeps its full stop.
  const first = tokens[index];
  const abbreviatedTitle = previous !== undefined && previous.capitalised && previous.text.length <= 4 && /^\.\s$/.test(first?.gap ?? '');
  if (!first || (!joinable(first.gap) && !abbreviatedTitle)) return false;
  if (followsPluralTitleAndName(scan, index)) return true;
  for (let length = 1; length <= 3; length++) {
    const from = index - suffix - length;
    if (from < 0) break;
    const hit = lookup(tokens, from, index - suffix, scan.context.lexicon, true);
    // Lower-case, a title word must be a noun: "spokesman Hua", not "a major Covid-19 outbreak".
    const head = tokens[index - suffix - 1] as Token;
    if (hit?.kind === 'title' && ((tokens[from] as Token).capitalised || !isAdjective(head.key))) return true;
    if (!joinable((tokens[from + 1] as Token).gap) && !/^\.\s$/.test((tokens[from + 1] as Token).gap)) break;
  }
  return false;
}

/** "Senators Collins and King": a plural title covers every name joined to the first by "and". */
export function followsPluralTitleAndName(scan: Scan, index: number): boolean {
  const { tokens } = scan;
  const conjunction = tokens[index - 1];
  if (!conjunction || conjunction.key !== 'and' || conjunction.capitalised) return false;
  for (let words = 1; words <= 2; words++) {
    const titleAt = index - 1 - words;
    const title = tokens[titleAt];
    if (!title || !/s$/.test(title.key) || tokens.slice(titleAt + 1, index - 1).some((token) => !token.capitalised || !joinable(token.gap))) continue;
    if (lookup(tokens, titleAt, titleAt + 1, scan.context.lexicon)?.kind === 'title' && title.capitalised) return true;
  }
  return false;
}

export function isTitleAt(scan: Scan, index: number, to: number): boolean {
  return longestLexiconMatch(scan.tokens, index, to, scan.context.lexicon)?.hit.kind === 'title';
}

export function skipLeadingTitles(scan: Scan, from: number, to: number): number {
  let index = from;
  while (index < to) {
    const match = longestLexiconMatch(scan.tokens, index, to, scan.context.lexicon);
    if (!match || match.hit.kind !== 'title') break;
    // "General Administration of Customs", "General Directorate": "General" before a body word is part of its name.
    const next = scan.tokens[match.end];
    if (match.end - index === 1 && (scan.tokens[index] as Token).key === 'general' && next !== undefined && scan.context.lexicon.organisationCues.has(next.key)) break;
    index = match.end;
  }
  // "President of the European Commission": the name starts after the connectors.
  while (index < to && !(scan.tokens[index] as Token).capitalised && NAME_CONNECTORS.has((scan.tokens[index] as Token).key)) index++;
  return index;
}

/** "in Beijing", "to Kabul", also "in New York City and Stockholm"; but "Beijing said", "between Beijing and Canberra". */
export function isPlaceUse(scan: Scan, index: number): boolean {
  const { tokens } = scan;
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

export function standsForState(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  const lexicon = scan.context.lexicon;
  // "the Uzbek, Kazakh and Kyrgyz governments": look past a list of demonyms to its head noun.
  let after = to;
  while (after < tokens.length) {
    const token = tokens[after] as Token;
    const hit = token.capitalised ? lookup(tokens, after, after + 1, lexicon) : undefined;
    const listed = hit?.kind === 'demonym' && /^,?\s+$|^,\s*$/.test(token.gap);
    const conjunction = (token.key === 'and' || token.key === 'or') && /^,?\s+$/.test(token.gap);
    if (!listed && !conjunction) break;
    after++;
  }
  if (after > to && tokens[after] && GOVERNMENT_NOUNS.has((tokens[after] as Token).key)) return true;
  const next = tokens[to];
  const last = tokens[to - 1] as Token;
  const nextIsClose = next !== undefined && joinable(next.gap) && !last.possessive;
  if (nextIsClose && (GOVERNMENT_NOUNS.has(next.key) || (next.capitalised && lexicon.titleWords.has(next.key)))) return true;
  const previous = tokens[from - 1];
  if (previous?.key !== 'the') return false;
  if (!nextIsClose) return true;
  return !next.capitalised && !isNounLike(next.key);
}

/**
 * "Treasury Janet Yellen", "Political Affairs Nicholas Burns": words before a known given name that are not
 * names themselves are a title's portfolio. Returns how many there are (0 when none, -1 when no such name).
 */
export function portfolioLength(scan: Scan, from: number, to: number): number {
  const words = scan.tokens.slice(from, to);
  const isGiven = (token: Token): boolean => !token.allCaps && (isFirstName(token.key) || isRegionalGivenName(token.key));
  const start = words.findIndex((token, i) => i > 0 && i <= words.length - 2 && isGiven(token));
  if (start <= 0) return -1;
  // "Jean-Pierre Bemba": a given name joined by a hyphen to the word before is the second half of a double given name.
  if (/[-‐–]/.test((words[start] as Token).gap)) return -1;
  return words.slice(0, start).every((token) => !isGiven(token) && !isLastName(token.key) && token.text.length > 1) ? start : -1;
}


/** "Secretary of the Treasury …", "Under Secretary for …": the run right after a title and "of (the)"/"for". */
export function followsTitleConnector(scan: Scan, from: number): boolean {
  const tokens = scan.tokens;
  let index = from - 1;
  if (tokens[index]?.key === 'the' && !(tokens[index] as Token).capitalised) index--;
  const connector = tokens[index];
  if (connector === undefined || connector.capitalised || (connector.key !== 'of' && connector.key !== 'for')) return false;
  const title = tokens[index - 1];
  return title !== undefined && title.capitalised && scan.context.lexicon.titleWords.has(title.key);
}
