import { describe, expect, it } from 'vitest';
import { decodeBytes, htmlToPlainText, markdownToPlainText } from '../../src/extract/decode/index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeBytes(utf8('\uFEFFChina’s role'))).toEqual({ ok: true, text: 'China’s role' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Beijing')]))).toEqual({ ok: true, text: 'Beijing' });
  });

  it('decodes UTF-16 little- and big-endian with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x04]); // "A" + Cyrillic "Ь"
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x04, 0x2c]);
    expect(decodeBytes(le)).toEqual({ ok: true, text: 'AЬ' });
    expect(decodeBytes(be)).toEqual({ ok: true, text: 'AЬ' });
  });

  it('falls back to windows-1252 for invalid UTF-8 and says so', () => {
    const result = decodeBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94])); // Café “q”
    expect(result).toEqual({ ok: true, text: 'Café “q”', note: 'not valid UTF-8: decoded as windows-1252' });
  });

  it('refuses binary files and empty files with a reason', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary file' });
    expect(decodeBytes(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toEqual({ ok: false, reason: 'binary file' });
    expect(decodeBytes(utf8(''))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeBytes(utf8(' \n\t\n '))).toEqual({ ok: false, reason: 'empty' });
  });

  it('normalises Windows line endings', () => {
    expect(decodeBytes(utf8('a\r\nb\rc'))).toEqual({ ok: true, text: 'a\nb\nc' });
  });
});

describe('htmlToPlainText', () => {
  it('drops scripts, styles and navigation and keeps paragraphs as blocks', () => {
    const html = `<html><head><style>p{color:red}</style><script>alert("x")</script></head><body>
      <nav>Home | About</nav><header>Site header</header>
      <article><h1>Title here</h1><p>First <a href="https://x.org">paragraph</a>.</p><p>Second paragraph.</p></article>
      <aside>Related posts</aside><footer>© 2020</footer></body></html>`;
    const text = htmlToPlainText(html);
    expect(text).toContain('Title here');
    expect(text).toContain('First paragraph.\n\nSecond paragraph.');
    for (const gone of ['alert', 'color:red', 'Home | About', 'Site header', 'Related posts', '© 2020', 'https://x.org']) {
      expect(text).not.toContain(gone);
    }
  });
});

describe('markdownToPlainText', () => {
  it('keeps headings as lines and links as their text, and drops markup', () => {
    const markdown = [
      '# China in Central Asia',
      '',
      'A piece for [Foreign Policy](https://foreignpolicy.com/a_b_(c)) on **Kazakhstan** and _Uzbekistan_, see `code`.',
      '',
      '> Quoted line',
      '- bullet item',
      '![photo](x.png)',
      '```',
      'const Russia = 1;',
      '```',
      'snake_case_word stays',
    ].join('\n');
    expect(markdownToPlainText(markdown).split('\n')).toEqual([
      'China in Central Asia',
      '',
      'A piece for Foreign Policy on Kazakhstan and Uzbekistan, see code.',
      '',
      'Quoted line',
      'bullet item',
      '',
      '',
      '',
      '',
      'snake_case_word stays',
    ]);
  });
});
