/** Small documents for the segmentation tests, and what they come out as. */
import { segmentDocument } from '../../src/extract/segment/index.ts';

/** Blank-line separated blocks. */
export const blocks = (...lines: string[]): string => lines.join('\n\n');

/** Each passage as [its post's index, its text]. */
export const passagesOf = (text: string): [number, string][] =>
  segmentDocument(text, 'fallback').passages.map((passage) => [passage.postIndex, passage.text]);
