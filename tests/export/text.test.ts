// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayText, escapeXml } from '../../src/export/index.ts';
import { parseXmlStrictly, xmlSafe } from './xml-helpers.ts';

describe('escapeXml', () => {
  it('is checked by a parser that does reject raw control characters', () => {
    expect(() => parseXmlStrictly('<a>\u0001</a>')).toThrow();
    expect(() => parseXmlStrictly('<a b="<"/>')).toThrow();
  });

  it('makes any string safe in an attribute and in element text, keeping what XML can hold', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const document = parseXmlStrictly(`<a value="${escapeXml(text)}">${escapeXml(text)}</a>`);
      const kept = xmlSafe(text).replace(/[\uFFFE\uFFFF]/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
      expect(document.documentElement.getAttribute('value')).toBe(kept);
      expect(document.documentElement.textContent).toBe(kept);
    }), { numRuns: 300 });
  });

  it('writes bidi controls as visible references', () => {
    expect(escapeXml('a\u202Eb')).toBe('a&#x202E;b');
  });
});

describe('displayText', () => {
  it('drops control and bidi characters and turns line breaks into spaces', () => {
    expect(displayText('A\u0000B\u202EC\nD\tE\u2066F')).toBe('ABC D EF');
  });
});
