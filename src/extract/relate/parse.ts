/**
 * One compromise parse per linking sentence (a sentence naming two or more actors), kept as
 * plain data so it is cached with the document's analysis and every pair in the sentence
 * is classified from the same parse.
 */
import nlp from 'compromise';

/** Word classes the classifier reads, one letter each (compact in the per-document cache). */
export const TERM_FLAGS = {
  Verb: 'V', Noun: 'N', Passive: 'P', Negative: 'X', Possessive: 'S', Preposition: 'R', Conjunction: 'C',
  Determiner: 'D', Adjective: 'A', Copula: 'K', Auxiliary: 'U', PastTense: 'T', Pronoun: 'O', Gerund: 'G',
  Infinitive: 'I', Plural: 'L', Adverb: 'B', Modal: 'M', QuestionWord: 'W',
} as const;

/** One sentence's parse, kept with its document's analysis (passage and sentence index in it). */
export interface SentenceParse {
  passage: number;
  sentence: number;
  terms: ParsedTerm[];
}

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

interface CompromiseTerm { text: string; normal?: string; post?: string; tags?: Set<string>; offset?: { start: number; length: number } }

export function parseSentence(passageText: string, start: number, end: number): ParsedTerm[] {
  const sentence = passageText.slice(start, end);
  const document = nlp(sentence);
  // Offsets straight from the term objects: about half the cost of .json() with computed roots.
  document.compute('offset');
  const terms: ParsedTerm[] = [];
  for (const term of (document.docs as CompromiseTerm[][]).flat()) {
    if (!term.offset) continue;
    let flags = '';
    for (const tag of term.tags ?? []) flags += (TERM_FLAGS as Record<string, string>)[tag] ?? '';
    const word = (term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, '');
    const parsed: ParsedTerm = { start: start + term.offset.start, end: start + term.offset.start + term.offset.length, word, flags };
    const after = (term.post ?? '').trim();
    if (after !== '') parsed.after = after;
    terms.push(parsed);
  }
  return terms;
}
