import { highlightRuns } from '../store/index.ts';

/**
 * A slice of passage text with marked spans. Always React text nodes, never HTML: the
 * corpus is untrusted input.
 */
export function HighlightedText({ text, start, end, highlights }: { text: string; start: number; end: number; highlights: readonly (readonly [number, number])[] }) {
  return (
    <>
      {highlightRuns(text, start, end, highlights).map((run, index) => (run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
    </>
  );
}
