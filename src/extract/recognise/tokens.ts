import recognitionWords from '../lexicon/recognition-words.json' with { type: 'json' };
import { isEnglishWord } from './english-words.ts';

/** Word tokens of a passage with exact offsets; punctuation stays in the gaps between them. */
export interface Token {
  start: number;
  /** End of the word, excluding a possessive "’s" and glued footnote digits. */
  end: number;
  text: string;
  /** Lower-case, diacritics removed: the form used for lexicon look-ups. */
  key: string;
  capitalised: boolean;
  allCaps: boolean;
  /** First word of its sentence (or right after an opening quote / colon at its start). */
  initial: boolean;
  possessive: boolean;
  /** A plural's possessive written with the apostrophe alone ("Players’"). */
  pluralPossessive?: boolean;
  /** Text between the previous token's end (incl. possessive) and this token's start. */
  gap: string;
}

// Dotted acronyms ("U.S."), one capital with a number ("G20", "C5": not a glued footnote), slashed acronyms ("RFE/RL"),
// words with inner apostrophes ("Xi’an"), or numbers.
const WORD = /\p{Lu}[\p{L}\p{N}]+\.(?:[Rr]u|com|net|io|kz|cn)(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{Lu}\p{N}{1,3}(?![\p{L}\p{N}])|\p{Lu}{2,}(?:\/\p{Lu}{2,})+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+/gu;

/** "d'Estaing", "dell’Acqua": a name word behind an elided particle (data: recognition-words.json) is capitalised. */
const ELIDED_PARTICLE_NAME = new RegExp(`^(?:${recognitionWords.elidedNameParticles.join('|')})['’]\\p{Lu}`, 'u');
/** …but not an English word after the particle: "Chargé d’Affaires" is a title ("d’Affairs" as misspelt too). */
const isElidedParticleName = (word: string): boolean =>
  ELIDED_PARTICLE_NAME.test(word) && !isEnglishWord(word.replace(/^\p{L}+['’]/u, '').toLowerCase()) && !/^\p{L}+['’]affaires$/iu.test(word);

export function tokenize(text: string, sentenceStarts: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    const gap = text.slice(previousEnd, start);
    let possessive = false;
    let apostrophe = 0;
    if (/['’][sS]$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/\p{Lu}/u.test(word[0] ?? '') && /s$/.test(word) && /^['’]\s/.test(text.slice(start + word.length))) {
      // "Players’ Association", "Workers' Party": a plural's possessive apostrophe belongs to the word, as "’s" does.
      possessive = true;
      apostrophe = 1;
    }
    const first = word[0] ?? '';
    const isNumber = /^\p{N}/u.test(word);
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      key: normaliseWord(word),
      capitalised: !isNumber && (first !== first.toLowerCase() || isElidedParticleName(word)),
      allCaps: (letters.length >= 2 || /^\p{Lu}\p{N}/u.test(word)) && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      initial: start === 0 || sentenceStarts.has(start) || /[“"‘(\[:]\s*$/.test(gap),
      possessive,
      ...(apostrophe ? { pluralPossessive: true } : {}),
      gap,
    });
    previousEnd = start + match[0].length + apostrophe;
  }
  return dropFootnoteMarks(tokens);
}

const normalised = new Map<string, string>();
/** Memo size cap: a corpus's vocabulary fits; a pathological one cannot grow it without bound. */
const MAX_MEMO = 200_000;

/** Lower-case, diacritics dropped, British/American -ise/-ize unified, dashes unified. */
export function normaliseWord(word: string): string {
  let key = normalised.get(word);
  if (key === undefined) {
    key = computeKey(word);
    if (normalised.size >= MAX_MEMO) normalised.clear();
    normalised.set(word, key);
  }
  return key;
}

/** The keys of a word list: each entry's words normalised, joined by one space ("Board of  Directors" → "board of directors"). */
export function keysOf(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.split(/\s+/).map(normaliseWord).join(' ')));
}

function computeKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\./g, '')
    .replace(/is(ation|ations|e|ed|es|ing)$/, 'iz$1');
}

/** True when two neighbouring tokens are parts of one name: a space or a hyphen between them. */
export function joinable(gap: string): boolean {
  // A single line break inside a passage is a soft wrap ("Xi\nJinping"), also after a hyphen ("Co-\noperation").
  // "P5+1": a plus inside a name (only numbers after it are marked name-like).
  // Invisible format characters (word joiner, zero-width space, soft hyphen) that web pages put inside names count for nothing.
  if (/[\u00ad\u200b\u2060\ufeff]/.test(gap)) return joinable(gap.replace(/[\u00ad\u200b\u2060\ufeff]/g, ''));
  return gap === ' ' || gap === '-' || gap === '‑' || gap === '\u00a0' || gap === '\n' || gap === '-\n' || gap === '‑\n' || gap === '+';
}

/** A hyphen (maybe at a line end) joining two parts of one word: "Co-operation". */
export function isWordPartGap(gap: string): boolean {
  return /^[-‑]\n?$/.test(gap);
}

/** "Co" in "Co-operation": a capitalised word part followed by its lower-case rest; it is no cue word. */
export function isWordPart(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // "EU Co-Chairs", "Co-Sponsors": "Co" before a hyphen is a prefix whatever the case of what follows.
  const prefix = tokens[index]?.key === 'co';
  return next !== undefined && (!next.capitalised || prefix) && /^\p{L}/u.test(next.text) && isWordPartGap(next.gap);
}

/**
 * Numbers glued to the end of a word or its punctuation ("Kazakh13", "Uzbek,12") are
 * footnote marks: drop them so they neither join nor split names. "G20" keeps its number.
 */
function dropFootnoteMarks(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  // The punctuation before a dropped mark still separates what follows: "(BRI).7 Construction" is not one name.
  let carriedGap = '';
  for (const token of tokens) {
    const previous = kept[kept.length - 1];
    const glued = previous !== undefined && /^\p{N}+$/u.test(token.text) && /^[,.;:)”’"]*$/u.test(token.gap);
    if (glued && !(token.gap === '' && previous.text.length <= 2 && previous.allCaps)) {
      carriedGap += token.gap;
      continue;
    }
    kept.push(carriedGap === '' ? token : { ...token, gap: carriedGap + token.gap });
    carriedGap = '';
  }
  return kept;
}
