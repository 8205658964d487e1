import { convert } from 'html-to-text';

/** Elements that never hold the body of a post. */
const DROPPED_ELEMENTS = ['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg', 'form', 'button', 'iframe'];

/**
 * HTML → plain text with paragraphs as blank-line separated blocks, so that the text
 * segmenter treats HTML and plain text alike. Links keep their text only.
 */
export function htmlToPlainText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      ...DROPPED_ELEMENTS.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

export { isHtmlPath } from './paths.ts';
