import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements that may occur once or many times, always read as arrays. */
const REPEATED = new Set(['node', 'edge', 'attvalue', 'attribute', 'attributes', 'data', 'key']);

/** Parses XML with fast-xml-parser, keeping every value as text and decoding character references. */
export function parseXml(xml: string): Record<string, any> {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new Error(`invalid XML: ${JSON.stringify(validation.err)}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name),
  }).parse(xml) as Record<string, any>;
}

/**
 * Parses with the browser's strict XML parser (jsdom's DOMParser, which rejects
 * characters XML cannot hold); throws on any well-formedness error.
 */
export function parseXmlStrictly(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** The text XML can carry for a label: what escapeXml keeps. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}
