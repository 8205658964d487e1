import type { Span } from '../../graph-format/index.ts';

/**
 * Abbreviations after which a full stop does not end a sentence. General English
 * usage, not corpus knowledge.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cmdr', 'adm', 'sgt', 'maj', 'rev', 'sr', 'jr', 'st', 'mt',
  'sen', 'rep', 'gov', 'pres', 'amb', 'hon', 'messrs', 'no', 'nos', 'vol', 'vols', 'pp', 'p', 'ed', 'eds', 'fig', 'cf',
  'e.g', 'i.e', 'etc', 'vs', 'al', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Sentence spans in a passage. Splits after . ! ? (and any closing quotes, brackets and
 * glued footnote numbers: "impossible.5 Rumours") when followed by whitespace and a
 * capital, digit or opening quote. Spans are trimmed and never overlap.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?…]+["”’')\]]*\d{0,3}(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && isAbbreviation(text, match.index)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  if (!before) return false;
  const word = (before[1] ?? '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "S. Rajaratnam", "U.S. officials"
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push([s, e]);
}

/** Which sentence holds an offset: part of the contract, so it lives in graph-format. */
export { sentenceIndexAt } from '../../graph-format/co-mentions.ts';
