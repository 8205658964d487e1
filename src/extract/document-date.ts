/**
 * Puts the date sources together for one document. A post's own header date wins; a post
 * without one takes the document's date, which comes from (in order of trust) the file's
 * metadata, a date in its file name, or the archive heading the posts sit under. Posts
 * that none of these date stay undated. It sits beside analyse-document.ts, its one caller, because
 * it reads both the markup (decode/) and the posts (segment/): decode/ uses segment/'s date
 * patterns, and segment/ imports nothing of decode/.
 */
import { htmlMetadataDate, markdownFrontMatterDate } from './decode/source-date.ts';
import { isHtmlPath } from './decode/html.ts';
import { isMarkdownPath } from './decode/markdown.ts';
import { fileNameDate } from './segment/dates.ts';
import type { Segmentation } from './segment/posts.ts';

/** The document's date, also given to each of its posts that has none of its own (mutates segmentation.posts). */
export function documentDate(source: string, path: string, segmentation: Segmentation): string | undefined {
  const metadata = isHtmlPath(path) ? htmlMetadataDate(source) : isMarkdownPath(path) ? markdownFrontMatterDate(source) : undefined;
  const fallback = metadata ?? fileNameDate(path) ?? segmentation.date;
  if (fallback !== undefined) for (const post of segmentation.posts) post.date ??= fallback;
  if (fallback !== undefined) return fallback;
  // A single post's own header date is the document's date too.
  const dated = new Set(segmentation.posts.map((post) => post.date));
  const only = segmentation.posts.length > 0 && dated.size === 1 ? [...dated][0] : undefined;
  return only;
}
