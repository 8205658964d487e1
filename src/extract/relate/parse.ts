/**
 * The parse of the linking sentences (sentences naming two or more actors), kept as plain
 * data so it is cached with the document's analysis and every pair in a sentence is
 * classified from the same parse. The tags are compromise's, for each sentence alone: all
 * of a document's linking sentences are tagged in one batch, and a sentence the recogniser
 * had already tagged is not tagged again (../sentence-tags.ts).
 */
import { tagSentences, type TaggedTerm } from '../sentence-tags.ts';

/** Word classes the classifier reads, one letter each (compact in the per-document cache). */
export const TERM_FLAGS = {
  Verb: 'V', Noun: 'N', Passive: 'P', Negative: 'X', Possessive: 'S', Preposition: 'R', Conjunction: 'C',
  Determiner: 'D', Adjective: 'A', Copula: 'K', Auxiliary: 'U', PastTense: 'T', Pronoun: 'O', Gerund: 'G',
  Infinitive: 'I', Plural: 'L', Adverb: 'B', Modal: 'M', QuestionWord: 'W',
} as const;


export interface ParsedTerm {
  /** Offsets in the passage's text. */
  start: number;
  end: number;
  /** Lower-case word without punctuation (compromise's normal form, possessive 's removed). */
  word: string;
  /** Unused since inflections come from the cue tables (kept optional for cached analyses). */
  root?: string;
  /** Letters of TERM_FLAGS. */
  flags: string;
  /** Punctuation right after the word (",", ";", ":", "(" …), when any. */
  after?: string;
}

/** A sentence to parse: `text.slice(start, end)`, offsets of the result in `text`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** The terms of each sentence, in order. */
export function parseSentences(sentences: readonly SentenceSpan[]): ParsedTerm[][] {
  const tagged = tagSentences(sentences.map(({ text, start, end }) => text.slice(start, end)));
  return sentences.map(({ start }, index) => tagged[index]!.map((term) => parsedTerm(term, start)));
}

export function parseSentence(passageText: string, start: number, end: number): ParsedTerm[] {
  return parseSentences([{ text: passageText, start, end }])[0]!;
}

function parsedTerm(term: TaggedTerm, offset: number): ParsedTerm {
  let flags = '';
  for (const tag of term.tags) flags += (TERM_FLAGS as Record<string, string>)[tag] ?? '';
  const parsed: ParsedTerm = { start: offset + term.start, end: offset + term.end, word: term.normal.replace(/['’]s$/, ''), flags };
  const after = term.post.trim();
  if (after !== '') parsed.after = after;
  return parsed;
}

/**
 * Terms as one string: per term "start,length,flags,afterLength,wordLength," (numbers in base
 * 36) then the punctuation after it and the word, so no character of either needs escaping.
 */
export function packTerms(terms: readonly ParsedTerm[]): string {
  let packed = '';
  for (const { start, end, flags, after = '', word } of terms) {
    packed += `${start.toString(36)},${(end - start).toString(36)},${flags},${after.length.toString(36)},${word.length.toString(36)},${after}${word}`;
  }
  return packed;
}

export function unpackTerms(packed: string): ParsedTerm[] {
  const terms: ParsedTerm[] = [];
  let at = 0;
  const field = (): string => {
    const comma = packed.indexOf(',', at);
    if (comma < 0) throw new Error('packed sentence parse is cut short');
    const value = packed.slice(at, comma);
    at = comma + 1;
    return value;
  };
  while (at < packed.length) {
    const start = parseInt(field(), 36);
    const end = start + parseInt(field(), 36);
    const flags = field();
    const afterLength = parseInt(field(), 36);
    const wordLength = parseInt(field(), 36);
    const after = packed.slice(at, at + afterLength);
    const word = packed.slice(at + afterLength, at + afterLength + wordLength);
    at += afterLength + wordLength;
    const term: ParsedTerm = { start, end, word, flags };
    if (after !== '') term.after = after;
    terms.push(term);
  }
  return terms;
}
