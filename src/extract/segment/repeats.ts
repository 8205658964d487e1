/**
 * A source that repeats itself (a paragraph pasted twice, a block reprinted with other
 * paragraph breaks) must not count its sentences twice: co-mention weights are numbers
 * of distinct sentences. Within one document, a passage whose normalised text was seen
 * before, or a sentence of several words whose normalised text was seen before, is a
 * repeat; its mentions are left out of actors and links (the text stays in the graph).
 */
import { footnoteMarkers } from '../../graph-format/index.ts';
import type { PassageAnalysis } from '../types.ts';

/** Shorter sentences ("Thank you.", "He declined.") recur naturally; longer ones recur only when copied. */
const MIN_REPEATED_SENTENCE_WORDS = 6;

/** Case, spacing, quote style and glued footnote markers do not make a copy a different text. */
export function normaliseForRepeat(text: string, start = 0, end = text.length): string {
  let plain = '';
  let cursor = start;
  for (const [from, to] of footnoteMarkers(text, start, end)) {
    plain += text.slice(cursor, from);
    cursor = to;
  }
  plain += text.slice(cursor, end);
  return plain.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Keys "passage:sentence" of the sentences of a document that repeat earlier text of it. */
export function repeatedSentences(passages: readonly PassageAnalysis[]): Set<string> {
  const repeated = new Set<string>();
  const seenPassages = new Set<string>();
  const seenSentences = new Set<string>();
  passages.forEach((passage, passageIndex) => {
    const whole = normaliseForRepeat(passage.text);
    const passageRepeats = whole !== '' && seenPassages.has(whole);
    seenPassages.add(whole);
    passage.sentences.forEach(([start, end], sentenceIndex) => {
      const sentence = normaliseForRepeat(passage.text, start, end);
      const long = sentence.split(' ').length >= MIN_REPEATED_SENTENCE_WORDS;
      if (passageRepeats || (long && seenSentences.has(sentence))) repeated.add(`${passageIndex}:${sentenceIndex}`);
      if (long) seenSentences.add(sentence);
    });
  });
  return repeated;
}
