/**
 * Everything about one document that depends only on its bytes: decode, HTML → text,
 * segment into posts / passages / sentences, recognise candidate mentions. The result
 * is plain data, cached by the CLI under a hash of the bytes.
 */
import { decodeBytes, htmlToPlainText, isHtmlPath, isMarkdownPath, markdownToPlainText } from './decode/index.ts';
import { lowercaseVocabulary, recognisePassage, type LexiconIndex } from './recognise/index.ts';
import { parseLinkingSentences } from './relate/index.ts';
import { segmentDocument } from './segment/index.ts';
import { documentDate } from './document-date.ts';
import { withSentenceTags } from './sentence-tags.ts';
import type { AcronymDefinition, CandidateMention, DocumentAnalysis } from './types.ts';

export function analyseDocument(bytes: Uint8Array, path: string, lexicon: LexiconIndex): DocumentAnalysis {
  // The recogniser and the relation stage share the document's compromise tags (sentence-tags.ts).
  return withSentenceTags(() => analyse(bytes, path, lexicon));
}

/** The text a document's offsets refer to (after HTML or Markdown conversion), or undefined when it cannot be decoded. */
export function documentText(bytes: Uint8Array, path: string): string | undefined {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return undefined;
  return isHtmlPath(path) ? htmlToPlainText(decoded.text) : isMarkdownPath(path) ? markdownToPlainText(decoded.text) : decoded.text;
}

function analyse(bytes: Uint8Array, path: string, lexicon: LexiconIndex): DocumentAnalysis {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { status: 'skipped', reason: decoded.reason };
  // Offsets refer to the text after conversion (for HTML and Markdown files).
  const text = isHtmlPath(path) ? htmlToPlainText(decoded.text) : isMarkdownPath(path) ? markdownToPlainText(decoded.text) : decoded.text;
  if (text.trim() === '') return { status: 'skipped', reason: 'empty' };

  const fileName = path.split('/').pop() ?? path;
  const segmentation = segmentDocument(text, fileName.replace(/\.[^.]+$/, ''));
  const context = { lexicon, lowercaseVocabulary: lowercaseVocabulary(text) };
  const mentions: CandidateMention[] = [];
  const acronyms: AcronymDefinition[] = [];
  segmentation.passages.forEach((passage, index) => {
    const found = recognisePassage(passage, index, context);
    mentions.push(...found.mentions);
    acronyms.push(...found.acronyms);
  });

  const analysis: DocumentAnalysis = {
    status: 'ok',
    title: segmentation.title,
    length: text.length,
    posts: segmentation.posts,
    passages: segmentation.passages,
    mentions,
    acronyms,
    authors: segmentation.authors,
    sentenceParses: parseLinkingSentences(segmentation.passages, mentions),
  };
  const date = documentDate(decoded.text, path, segmentation);
  if (date !== undefined) analysis.date = date;
  if (decoded.note !== undefined) analysis.decodeNote = decoded.note;
  return analysis;
}
