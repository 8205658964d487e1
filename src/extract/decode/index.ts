export { decodeBytes, MAX_FILE_BYTES, type DecodeResult } from './decode.ts';
export { htmlToPlainText, isHtmlPath } from './html.ts';
export { markdownToPlainText, isMarkdownPath } from './markdown.ts';
