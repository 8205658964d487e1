/**
 * The recogniser run on one hand-written passage: the set-up the recognition tests share
 * (tests/extract/recognise-*.test.ts), over the real general-knowledge lexicon unless a test
 * brings its own index, and the ways those tests print what it found.
 */
import * as lexiconData from '../../src/extract/lexicon/index.ts';
import { buildLexiconIndex, lowercaseVocabulary, recognisePassage, type LexiconIndex } from '../../src/extract/recognise/index.ts';
import type { CandidateMention } from '../../src/extract/types.ts';
import { onePassage } from './one-passage.ts';

/** The real general-knowledge lexicon, indexed once for every test file that imports this helper. */
export const realLexicon = buildLexiconIndex(lexiconData);

/**
 * The recogniser's whole answer (mentions and acronym definitions) for `text` as one passage over
 * `lexicon`; lower-case vocabulary is read from `vocabularyText` (the text itself unless given).
 */
export function recogniseWith(lexicon: LexiconIndex, text: string, vocabularyText = text) {
  return recognisePassage(onePassage(text), 0, { lexicon, lowercaseVocabulary: lowercaseVocabulary(vocabularyText) });
}

/** Every candidate mention the recogniser makes of `text` as one passage, over the real lexicon. */
export function recogniseText(text: string) {
  return recogniseWith(realLexicon, text).mentions;
}

/** Mentions as "surface=" followed by what `shown` says of each (type, label, rule …; a missing rule prints "undefined"). */
export function surfacesShowing(text: string, mentions: readonly CandidateMention[], shown: (mention: CandidateMention) => string | undefined): string[] {
  return mentions.map((m) => `${text.slice(m.start, m.end)}=${shown(m)}`);
}

/** Every mention, confirmed or not, as "surface=type". */
export function typedSurfaces(text: string): string[] {
  return surfacesShowing(text, recogniseText(text), (m) => m.type);
}

/** Every mention as "surface=rule": which rule made it. */
export function ruledSurfaces(text: string): string[] {
  return surfacesShowing(text, recogniseText(text), (m) => m.rule);
}

/** The person mentions as "surface=person". */
export const personSurfaces = (text: string): string[] => typedSurfaces(text).filter((s) => s.endsWith('=person'));

/** The firm mentions as "surface=firm". */
export const firmSurfaces = (text: string): string[] => typedSurfaces(text).filter((s) => s.endsWith('=firm'));

/** The organisation and firm mentions as "surface=organisation" or "surface=firm". */
export const bodySurfaces = (text: string): string[] =>
  typedSurfaces(text).filter((s) => s.endsWith('=organisation') || s.endsWith('=firm'));
