import { displaySentence } from '../../graph-format/display-sentence.ts';
import { highlightRuns } from '../store/index.ts';

/**
 * A slice of passage text with marked spans, shown without glued footnote markers
 * ("reserves.17" reads "reserves."). Always React text nodes, never HTML: the corpus is
 * untrusted input.
 */
export function HighlightedText({ text, start, end, highlights }: { text: string; start: number; end: number; highlights: readonly (readonly [number, number])[] }) {
  const shown = displaySentence(text, start, end, highlights);
  return (
    <>
      {highlightRuns(shown.text, 0, shown.text.length, shown.highlights).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  );
}
