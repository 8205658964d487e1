/**
 * `distributeSharedHeads` (src/extract/recognise/passes/distributed-heads.ts) called alone on one hand-written sentence
 * over the real lexicon, with the runs the test sets: what it emits (surface and label), which runs it leaves and which
 * tokens it takes out of names. Expected values are worked out by hand from the pass's comment and the word lists of
 * lexicon/body-name-words.json (plural heads "Departments", "Foundations", "Committees"; chambers "Senate", "House";
 * organ heads "Committees"); "Zorbu", "Vargu", "Kelto" are in no list. Written for the survivors of the 2026-12-07
 * mutation run (docs/mutation/survivors.md).
 */
import { describe, expect, it } from 'vitest';
import { distributeSharedHeads } from '../../src/extract/recognise/passes/distributed-heads.ts';
import { scanOf, words } from '../helpers/recognise-scan.ts';

/** Runs are given as surfaces (first occurrence, whole tokens); every token starts name-like. */
function distribute(text: string, runs: string[] = []) {
  const scan = scanOf(text);
  scan.nameLike = scan.tokens.map(() => true);
  scan.runs = runs.map((run) => {
    const at = text.indexOf(run);
    const from = scan.tokens.findIndex((token) => token.start === at);
    const to = scan.tokens.findIndex((token) => token.end === at + run.length) + 1;
    if (at < 0 || from < 0 || to <= from) throw new Error(`"${run}" is no run of whole tokens`);
    return [from, to] as [number, number];
  });
  distributeSharedHeads(scan);
  return {
    named: scan.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.label}`),
    runs: words(scan, scan.runs),
    consumed: scan.tokens.filter((_, i) => scan.nameLike[i] === false).map((token) => token.text).join(' '),
  };
}

describe('distributeSharedHeads: the head before the list', () => {
  it('shares "Departments of" out over a list closed by "and", with or without "the" after "of"', () => {
    expect(distribute('They met the Departments of Zorbu, Vargu and Kelto today.').named)
      .toEqual(['Zorbu=Department of Zorbu', 'Vargu=Department of Vargu', 'Kelto=Department of Kelto']);
    expect(distribute('They met the Departments of the Zorbu and Vargu today.').named)
      .toEqual(['Zorbu=Department of Zorbu', 'Vargu=Department of Vargu']);
    // A capitalised "The" is no article here: it is an item word, and the list fails (no plain first item).
    expect(distribute('They met the Departments of The Zorbu and Vargu today.').named).toEqual(['The Zorbu=Department of The Zorbu', 'Vargu=Department of Vargu']);
  });
  it('needs a lower-case "of" right after the head', () => {
    expect(distribute('They met the Departments for Zorbu and Vargu today.').named).toEqual([]);
    expect(distribute('They met the Departments Of Zorbu and Vargu today.').named).toEqual([]);
    expect(distribute('They met the Departments, of Zorbu and Vargu today.').named).toEqual([]);
    expect(distribute('They met the Departments').named).toEqual([]);
  });
  it('takes the list out of names and cuts runs at its edges', () => {
    const text = 'Aid from Zorbu Departments of Vargu and Kelto Tal came by Bero.';
    const result = distribute(text, ['Zorbu Departments', 'Tal came by', 'Aid', 'Bero']);
    expect(result.named).toEqual(['Vargu=Department of Vargu', 'Kelto Tal=Department of Kelto Tal']);
    expect(result.consumed).toBe('Departments of Vargu and Kelto Tal');
    expect(result.runs).toEqual(['Zorbu', 'came by', 'Aid', 'Bero']);
  });
  it('keeps a run that only touches the list, and the part of a run outside it on each side', () => {
    const text = 'Then Zorbu Departments of Vargu and Kelto Tal spoke.';
    // "Kelto Tal": "Tal" is an item word too (the list runs to the last capitalised word).
    expect(distribute(text, ['Then Zorbu', 'Departments of Vargu and Kelto Tal spoke']).runs).toEqual(['Then Zorbu', 'spoke']);
    expect(distribute(text, ['Then Zorbu Departments of Vargu and Kelto Tal spoke']).runs).toEqual(['Then Zorbu', 'spoke']);
  });
});

describe('distributeSharedHeads: the head after the list', () => {
  it('shares "Foundations" out, the last item keeping the head in its span', () => {
    expect(distribute('Paid by the Zorbu and Vargu Foundations in May.').named).toEqual(['Zorbu=Zorbu Foundation', 'Vargu Foundations=Vargu Foundation']);
    expect(distribute('Paid by the Zorbu, Kelto, and Vargu Foundations in May.').named)
      .toEqual(['Zorbu=Zorbu Foundation', 'Kelto=Kelto Foundation', 'Vargu Foundations=Vargu Foundation']);
    expect(distribute('Paid by the Zorbu, Kelto and Vargu Foundations in May.').named)
      .toEqual(['Zorbu=Zorbu Foundation', 'Kelto=Kelto Foundation', 'Vargu Foundations=Vargu Foundation']);
  });
  it('at the start of the text, and only with a capitalised word right before the head', () => {
    expect(distribute('Zorbu and Vargu Foundations paid.').named).toEqual(['Zorbu=Zorbu Foundation', 'Vargu Foundations=Vargu Foundation']);
    expect(distribute('Foundations paid.').named).toEqual([]);
    expect(distribute('Paid by Zorbu and the Foundations.').named).toEqual([]);
    expect(distribute('Paid by Zorbu and Vargu, Foundations.').named).toEqual([]);
  });
  it('a chamber on the first item is every item\'s; committees need that chamber', () => {
    expect(distribute('Heard by the Senate Zorbu and Vargu Committees on Monday.').named)
      .toEqual(['Senate Zorbu=Senate Zorbu Committee', 'Vargu Committees=Senate Vargu Committee']);
    expect(distribute('Heard by the Zorbu and Vargu Committees on Monday.').named).toEqual([]);
    // A chamber alone as the first item, or on a later item too, is no shared chamber.
    expect(distribute('Heard by the Senate and Vargu Committees on Monday.').named).toEqual([]);
    expect(distribute('Heard by the Senate Zorbu and House Vargu Committees on Monday.').named).toEqual([]);
    // Other plural heads share out without a chamber; a chamber word still prefixes the later items.
    expect(distribute('Paid by the Senate Zorbu and Vargu Foundations in May.').named)
      .toEqual(['Senate Zorbu=Senate Zorbu Foundation', 'Vargu Foundations=Senate Vargu Foundation']);
  });
});

describe('distributeSharedHeads: what a list is', () => {
  it('needs "and" before its last item', () => {
    expect(distribute('Paid by the Zorbu, Vargu Foundations in May.').named).toEqual([]);
    expect(distribute('They met the Departments of Zorbu, Vargu today.').named).toEqual([]);
    // A serial comma's "and" needs two items before it.
    expect(distribute('They met the Departments of Zorbu, and Vargu today.').named).toEqual([]);
  });
  it('splits at the last lower-case "and" of the last segment: an item may hold "and" after a serial comma', () => {
    expect(distribute('They met the Departments of Zorbu, Kelto and Tal, and Vargu today.').named)
      .toEqual(['Zorbu=Department of Zorbu', 'Kelto and Tal=Department of Kelto and Tal', 'Vargu=Department of Vargu']);
    expect(distribute('They met the Departments of Zorbu and Kelto and Vargu today.').named)
      .toEqual(['Zorbu and Kelto=Department of Zorbu and Kelto', 'Vargu=Department of Vargu']);
  });
  it('stops at a gap that is neither a word gap nor a comma', () => {
    expect(distribute('They met the Departments of Zorbu and Vargu; Kelto came.').named)
      .toEqual(['Zorbu=Department of Zorbu', 'Vargu=Department of Vargu']);
    // A comma with no space after it still splits items: "Kelto" is then a last item with no "and", so no list.
    expect(distribute('They met the Departments of Zorbu and Vargu,Kelto today.').named).toEqual([]);
  });
  it('an item is one to four capitalised words naming no state, place, title, person or body', () => {
    expect(distribute('They met the Departments of Zorbu and Vargu Kelto Tal Bero today.').named)
      .toEqual(['Zorbu=Department of Zorbu', 'Vargu Kelto Tal Bero=Department of Vargu Kelto Tal Bero']);
    expect(distribute('They met the Departments of Zorbu and Vargu Kelto Tal Bero Sano today.').named).toEqual([]);
    for (const item of ['France', 'Paris', 'French', 'Minister', 'Council', 'Foundations', 'John Vargu']) {
      expect(distribute(`They met the Departments of Zorbu and ${item} today.`).named, item).toEqual([]);
    }
    // A first name opens no item of two words or more, but is one alone; "Services" is a portfolio, not a body.
    expect(distribute('They met the Departments of Zorbu and John today.').named).toEqual(['Zorbu=Department of Zorbu', 'John=Department of John']);
    expect(distribute('They met the Departments of Zorbu and Vargu Services today.').named)
      .toEqual(['Zorbu=Department of Zorbu', 'Vargu Services=Department of Vargu Services']);
  });
  it('a list whose whole span is a known actor is left alone, but a known non-actor item is fine', () => {
    expect(distribute('They met the Departments of Zorbu and Energy today.').named).toEqual(['Zorbu=Department of Zorbu', 'Energy=Department of Energy']);
  });
});

describe('distributeSharedHeads: gaps and edges of a list', () => {
  it('a comma splits items only as the whole gap, with any number of spaces after it', () => {
    const three = ['Zorbu=Department of Zorbu', 'Vargu=Department of Vargu', 'Kelto=Department of Kelto'];
    expect(distribute('They met the Departments of Zorbu,  Vargu and Kelto today.').named).toEqual(three);
    expect(distribute('They met the Departments of Zorbu ,Vargu and Kelto today.').named).toEqual([]);
    expect(distribute('They met the Departments of Zorbu, (Vargu and Kelto today.').named).toEqual([]);
    expect(distribute('Paid by Zorbu,  Vargu and Kelto Foundations then.').named)
      .toEqual(['Zorbu=Zorbu Foundation', 'Vargu=Vargu Foundation', 'Kelto Foundations=Kelto Foundation']);
    expect(distribute('Paid by Zorbu ,Vargu and Kelto Foundations then.').named).toEqual(['Vargu=Vargu Foundation', 'Kelto Foundations=Kelto Foundation']);
    expect(distribute('Paid by Zorbu, (Vargu and Kelto Foundations then.').named).toEqual(['Vargu=Vargu Foundation', 'Kelto Foundations=Kelto Foundation']);
  });
  it('a comma after the last item closes the list', () => {
    expect(distribute('They met the Departments of Zorbu and Vargu, which agreed.').named).toEqual(['Zorbu=Department of Zorbu', 'Vargu=Department of Vargu']);
  });
  it('no item at all after "of the"', () => {
    expect(distribute('They met the Departments of the the Zorbu today.').named).toEqual([]);
  });
  it('reads the next plural head right after a list', () => {
    expect(distribute('Paid by the Zorbu and Vargu Foundations, Departments of Kelto and Tal.').named).toEqual([
      'Zorbu=Zorbu Foundation', 'Vargu Foundations=Vargu Foundation', 'Kelto=Department of Kelto', 'Tal=Department of Tal']);
  });
  it('a chamber is shared only when no later item names one', () => {
    expect(distribute('Heard by the Senate Zorbu, Kelto and House Vargu Committees on Monday.').named).toEqual([]);
  });
});

describe('distributeSharedHeads: what each item is (i18-kill3, second pass)', () => {
  it('each item is a named organisation', () => {
    const scan = scanOf('They met the Departments of Zorbu and Vargu. Then the Kelto and Tal Foundations paid.');
    scan.nameLike = scan.tokens.map(() => true);
    distributeSharedHeads(scan);
    expect(scan.mentions.map((m) => `${m.label}=${m.type}/${m.kind}/${m.rule}`)).toEqual([
      'Department of Zorbu=organisation/named/distributed-head', 'Department of Vargu=organisation/named/distributed-head',
      'Kelto Foundation=organisation/named/distributed-head', 'Tal Foundation=organisation/named/distributed-head']);
  });
  it('no word of an item of two words is a capital, demonym, title or state; the whole item is no state', () => {
    for (const item of ['Zorbu Paris', 'Zorbu French', 'Zorbu Minister', 'Zorbu France', 'United Kingdom']) {
      expect(distribute(`They met the Departments of Vargu and ${item} today.`).named, item).toEqual([]);
    }
  });
  it('a run that is exactly the list goes, and "of" closing the text is no list', () => {
    expect(distribute('Aid from the Departments of Vargu and Kelto came.', ['Departments of Vargu and Kelto', 'Aid']).runs).toEqual(['Aid']);
    expect(distribute('They met the Departments of').named).toEqual([]);
  });
});
