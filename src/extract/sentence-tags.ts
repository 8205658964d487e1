/**
 * compromise's tags for single sentences, shared within one document by the recogniser
 * (recognise/tagger.ts: is this name a person or an organisation?) and the relation stage
 * (relate/parse.ts), so that a sentence is tagged once however many ask about it.
 *
 * Sentences not yet tagged are tagged in one batch: each is tokenised on its own (so its
 * terms and tags are those the same steps give it parsed alone: compromise tags sentence by sentence),
 * but the tagger runs once over all of them, which costs about half as much as one call
 * each — most of compromise's cost is per call, not per word.
 */
import nlp from 'compromise';

export interface TaggedTerm {
  /** Offsets in the sentence, as compromise counts them for the sentence parsed alone. */
  start: number;
  end: number;
  /** compromise's normal form (lower case, punctuation off). */
  normal: string;
  /** What follows the word up to the next one (spaces, punctuation). */
  post: string;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm { text: string; pre: string; post: string; normal?: string; tags?: Set<string> }
type CompromiseDocument = CompromiseTerm[][];
interface CompromiseWorld {
  hooks: string[];
  methods: { one: { tokenize: { fromString: (text: string, world: CompromiseWorld) => CompromiseDocument } } };
}
interface CompromiseView { compute: (hooks: string[]) => void }

const world = nlp.world() as unknown as CompromiseWorld;
/** compromise's document class (the package does not export it): what nlp() returns. */
const View = (nlp('') as unknown as { constructor: new (document: CompromiseDocument) => CompromiseView }).constructor;
/**
 * Every step nlp() runs but two: the chunker, which only groups words into phrases and sets no
 * tag, and the post-tagger, which sweeps some 1,500 match patterns over every sentence to
 * correct the lexicon's and pre-tagger's guesses. The post-tagger was a third of the whole
 * per-document CPU; without it the entity evals were the same and the relation evals moved by
 * about one pair (notes/i16-tagger.md, notes/i16-speed3.md).
 */
export const SKIPPED_HOOKS: readonly string[] = ['chunks', 'postTagger'];
const TAGGING_HOOKS = world.hooks.filter((hook) => !SKIPPED_HOOKS.includes(hook));

/** Tagged sentences of the document being analysed (withSentenceTags), by text. */
let memo: Map<string, TaggedTerm[]> | undefined;

/** Runs one document's analysis with its own memo of tagged sentences, dropped afterwards. */
export function withSentenceTags<T>(analyse: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return analyse();
  } finally {
    memo = outer;
  }
}

export function tagSentence(sentence: string): TaggedTerm[] {
  return tagSentences([sentence])[0]!;
}

/** The terms of each sentence, in order, with the tags compromise gives each on its own (without SKIPPED_HOOKS). */
export function tagSentences(sentences: readonly string[]): TaggedTerm[][] {
  // Sentences neither tagged before (memo) nor earlier in this call, each once.
  const fresh = new Map<string, TaggedTerm[] | undefined>();
  for (const sentence of sentences) if (memo?.has(sentence) !== true) fresh.set(sentence, undefined);
  const document: CompromiseDocument = [];
  /** How many compromise sentences each fresh one became (it may split one further). */
  const pieces: number[] = [];
  for (const sentence of fresh.keys()) {
    const tokens = world.methods.one.tokenize.fromString(sentence, world);
    pieces.push(tokens.length);
    for (const piece of tokens) document.push(piece);
  }
  if (document.length > 0) new View(document).compute(TAGGING_HOOKS);
  let next = 0;
  [...fresh.keys()].forEach((sentence, position) => {
    const terms: TaggedTerm[] = [];
    // Offsets as compromise computes them: the whitespace and punctuation around each word counted.
    let elapsed = 0;
    for (let piece = 0; piece < pieces[position]!; piece++, next++) {
      for (const term of document[next]!) {
        const start = elapsed + term.pre.length;
        elapsed += term.pre.length + term.text.length + term.post.length;
        terms.push({ start, end: start + term.text.length, normal: term.normal ?? term.text.toLowerCase(), post: term.post, tags: term.tags ?? new Set() });
      }
    }
    fresh.set(sentence, terms);
    memo?.set(sentence, terms);
  });
  return sentences.map((sentence) => fresh.get(sentence) ?? memo!.get(sentence)!);
}
