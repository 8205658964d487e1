/**
 * One hand-written text as the single passage of post 0, split into sentences by the real
 * segmenter: the input the recogniser and the repeat finder take, built one way for every test.
 */
import { splitSentences } from '../../src/extract/segment/index.ts';
import type { PassageAnalysis } from '../../src/extract/types.ts';

export function onePassage(text: string): PassageAnalysis {
  return { postIndex: 0, text, sourceStart: 0, sourceEnd: text.length, sentences: splitSentences(text) };
}
