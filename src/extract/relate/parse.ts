/**
 * The compromise parse of the linking sentences (sentences naming two or more actors), kept
 * as plain data so it is cached with the document's analysis and every pair in a sentence
 * is classified from the same parse.
 *
 * All linking sentences of a document are tagged in one compromise document: each sentence
 * is tokenised on its own (so its terms and tags are those `nlp(sentence)` gives: compromise
 * tags sentence by sentence), but the tagger runs once, which costs about half as much as a
 * call per sentence — most of compromise's cost is per call, not per word.
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

/** A sentence to parse: `text.slice(start, end)`, offsets of the result in `text`. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

interface CompromiseTerm { text: string; pre: string; post: string; normal?: string; tags?: Set<string> }
type CompromiseDocument = CompromiseTerm[][];
interface CompromiseWorld {
  hooks: string[];
  methods: { one: { tokenize: { fromString: (text: string, world: CompromiseWorld) => CompromiseDocument } } };
}
interface CompromiseView { document: CompromiseDocument; compute: (hooks: string[]) => void }

const world = nlp.world() as unknown as CompromiseWorld;
/** compromise's document class (not exported by the package): what nlp() returns. */
const View = (nlp('') as unknown as { constructor: new (document: CompromiseDocument) => CompromiseView }).constructor;
/** Every step nlp() runs but the chunker, which only groups words into phrases and sets no tag. */
const TAGGING_HOOKS = world.hooks.filter((hook) => hook !== 'chunks');

/** The terms of each sentence, in order; the same terms and tags as `nlp(sentence)` gives for each on its own. */
export function parseSentences(sentences: readonly SentenceSpan[]): ParsedTerm[][] {
  const document: CompromiseDocument = [];
  /** How many compromise sentences each of ours became (it may split one further). */
  const pieces: number[] = [];
  for (const { text, start, end } of sentences) {
    const tokens = world.methods.one.tokenize.fromString(text.slice(start, end), world);
    pieces.push(tokens.length);
    for (const piece of tokens) document.push(piece);
  }
  if (document.length > 0) new View(document).compute(TAGGING_HOOKS);
  let next = 0;
  return sentences.map(({ start }, index) => {
    const terms: ParsedTerm[] = [];
    // Offsets as compromise computes them for a sentence parsed alone: whitespace and punctuation around each word counted.
    let elapsed = 0;
    for (let piece = 0; piece < pieces[index]!; piece++, next++) {
      for (const term of document[next]!) {
        const termStart = start + elapsed + term.pre.length;
        elapsed += term.pre.length + term.text.length + term.post.length;
        terms.push(parsedTerm(term, termStart));
      }
    }
    return terms;
  });
}

export function parseSentence(passageText: string, start: number, end: number): ParsedTerm[] {
  return parseSentences([{ text: passageText, start, end }])[0]!;
}

function parsedTerm(term: CompromiseTerm, start: number): ParsedTerm {
  let flags = '';
  for (const tag of term.tags ?? []) flags += (TERM_FLAGS as Record<string, string>)[tag] ?? '';
  const word = (term.normal ?? term.text.toLowerCase()).replace(/['’]s$/, '');
  const parsed: ParsedTerm = { start, end: start + term.text.length, word, flags };
  const after = (term.post ?? '').trim();
  if (after !== '') parsed.after = after;
  return parsed;
}
