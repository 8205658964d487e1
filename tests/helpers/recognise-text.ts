/**
 * The recogniser run on one hand-written passage over the real general-knowledge lexicon: the
 * set-up the error-class tests share (tests/extract/recognise-*-classes.test.ts).
 */
import * as lexiconData from '../../src/extract/lexicon/index.ts';
import { buildLexiconIndex, lowercaseVocabulary, recognisePassage } from '../../src/extract/recognise/index.ts';
import { splitSentences } from '../../src/extract/segment/index.ts';

const lexicon = buildLexiconIndex(lexiconData);

/** Every candidate mention the recogniser makes of `text` as one passage. */
export function recogniseText(text: string) {
  const passage = { postIndex: 0, text, sourceStart: 0, sourceEnd: text.length, sentences: splitSentences(text) };
  return recognisePassage(passage, 0, { lexicon, lowercaseVocabulary: lowercaseVocabulary(text) }).mentions;
}

/** Every mention, confirmed or not, as "surface=type". */
export function typedSurfaces(text: string): string[] {
  return recogniseText(text).map((m) => `${text.slice(m.start, m.end)}=${m.type}`);
}
