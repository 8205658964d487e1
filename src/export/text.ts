/**
 * Text cleaning shared by the exports. Actor names come from arbitrary web pages, so
 * they may hold markup characters, control characters or bidi overrides.
 */

/** Characters XML 1.0 cannot carry at all, not even as character references. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Invisible characters that reorder the display of the text around them. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** C0 and C1 control characters, tab and line breaks included. */
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/g;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  // Written as references so that attribute-value normalisation does not turn them into spaces.
  '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/**
 * Escapes text for XML element content and attribute values alike. Characters XML
 * cannot represent are dropped; bidi controls are kept but written as references so
 * they are visible to anyone reading the file.
 */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/[&<>"'\t\n\r]/g, (char) => XML_ENTITIES[char] ?? char)
    .replace(BIDI_CONTROLS, (char) => `&#x${char.codePointAt(0)!.toString(16).toUpperCase()};`);
}

/** Text meant to be shown on one line (labels, CSV cells for other tools): no controls, no bidi overrides. */
export function displayText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (char) => (/[\t\n\r]/.test(char) ? ' ' : '')).replace(BIDI_CONTROLS, '');
}

/** Numbers as text with at most `digits` decimals, never "NaN" or "-0". */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '0';
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Full-precision numbers (measures) as text, never "NaN". */
export function formatExact(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}
