/**
 * `recogniseLeftover` (src/extract/recognise/run/leftover.ts) called on one run of a hand-written sentence over
 * the real lexicon: capitalised words no lexicon entry or title took. Each expected mention is worked out from the
 * rule the function states for that shape and the word lists it reads (rules.ts); invented words ("Zorbu",
 * "Vargu", "XQ") are in no list. Written to kill the survivors of the 2026-12-07 mutation run (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { recogniseLeftover } from '../../src/extract/recognise/run/leftover.ts';
import type { ActorType } from '../../src/graph-format/index.ts';
import { mention, scanRun, shown } from '../helpers/recognise-scan.ts';

/** What the function emits for `run` in `text` (after a title when `titled`), after an optional earlier mention "surface=type". */
function emitted(text: string, run: string, titled = false, earlier?: string): string[] {
  const { scan, from, to } = scanRun(text, run);
  if (earlier !== undefined) {
    const [surface, type] = earlier.split('=') as [string, ActorType];
    scan.mentions.push(mention(scan, surface, type));
  }
  const before = scan.mentions.length;
  recogniseLeftover(scan, from, to, titled);
  return shown(scan).slice(before);
}
const unconfirmed = (surface: string): string[] => [`${surface}=person/surname/unconfirmed`];

describe('recogniseLeftover: edges and sizes', () => {
  it('drops a lone letter before a name and lower-case words after it, but not an initial with its full stop', () => {
    expect(emitted('He said Q Zorbu left.', 'Q Zorbu')).toEqual(unconfirmed('Zorbu'));
    expect(emitted('Then J Zorbu was sold.', 'J Zorbu')).toEqual(unconfirmed('Zorbu'));
    expect(emitted('He said Q. Zorbu left.', 'Q. Zorbu')).toEqual(unconfirmed('Q. Zorbu'));
    expect(emitted('He saw Zorbu Vargu of the team.', 'Zorbu Vargu of')).toEqual(unconfirmed('Zorbu Vargu'));
    expect(emitted('He saw Zorbu Vargu 7b there.', 'Zorbu Vargu 7b')).toEqual(unconfirmed('Zorbu Vargu'));
  });
  it('takes six words at most, and no lone letter', () => {
    expect(emitted('He saw John Zorbu Vargu Zorbu Vargu Smith there.', 'John Zorbu Vargu Zorbu Vargu Smith'))
      .toEqual(['John Zorbu Vargu Zorbu Vargu Smith=person/named/given-name']);
    expect(emitted('He saw John Zorbu Vargu Zorbu Vargu Zorbu Smith there.', 'John Zorbu Vargu Zorbu Vargu Zorbu Smith')).toEqual([]);
    expect(emitted('He saw X there.', 'X')).toEqual([]);
    expect(emitted('He saw X. Then he left.', 'X')).toEqual([]);
  });
  it('a run of edge words alone names nothing, at the start or end or after a firm or media context', () => {
    expect(emitted('Then came Q', 'Q')).toEqual([]);
    expect(emitted('al went home.', 'al')).toEqual([]);
    expect(emitted('It came from companies such as Q today.', 'Q')).toEqual([]);
    expect(emitted('It was a piece for Q today.', 'Q')).toEqual([]);
    // Only a single space after the full stop makes a lone letter an initial.
    expect(emitted('He said Q.  Zorbu left.', 'Q.  Zorbu')).toEqual(unconfirmed('Zorbu'));
  });
  it('a court citation (initials and short abbreviations with full stops) names nothing', () => {
    expect(emitted('Cited as D. Mass. in the case.', 'D. Mass')).toEqual([]);
    expect(emitted('Cited as D. Mass.', 'D. Mass')).toEqual([]);
    expect(emitted('Cited as D. M. in the case.', 'D. M')).toEqual([]);
    expect(emitted('Cited as F. Suppo. in the case.', 'F. Suppo')).toEqual([]);
    // Not when the last word has no full stop, is longer than five letters, or no word is a lone letter.
    expect(emitted('Cited as D. Mass in the case.', 'D. Mass')).toEqual(unconfirmed('D. Mass'));
    expect(emitted('Cited as F. Suppos. in the case.', 'F. Suppos')).toEqual(unconfirmed('F. Suppos'));
    expect(emitted('Cited as Fa. Supp. in the case.', 'Fa. Supp')).toEqual(unconfirmed('Fa. Supp'));
  });
});

describe('recogniseLeftover: one word in capitals', () => {
  it('two known acronyms joined by a slash are two mentions; an unknown pair one; a pair with a non-actor none', () => {
    expect(emitted('Groups ETIM/TIP were named.', 'ETIM/TIP')).toEqual(['ETIM=organisation/lexicon/lexicon', 'TIP=organisation/lexicon/lexicon']);
    expect(emitted('Groups RFE/RL were named.', 'RFE/RL')).toEqual(['RFE/RL=organisation/acronym/slash-acronym']);
    expect(emitted('The HIV/AIDS crisis.', 'HIV/AIDS')).toEqual([]);
    // One known actor is enough for the split, one non-actor for nothing; the unknown part gives no mention.
    expect(emitted('Groups HIV/XQZ were named.', 'HIV/XQZ')).toEqual([]);
    expect(emitted('Groups ETIM/XQZ were named.', 'ETIM/XQZ')).toEqual(['ETIM=organisation/lexicon/lexicon']);
    expect(emitted('Groups XQZ/ETIM were named.', 'XQZ/ETIM')).toEqual(['ETIM=organisation/lexicon/lexicon']);
  });
  it('the one-word rules (slash, facility, English word or legal form in capitals, acronym) leave longer runs alone', () => {
    for (const run of ['XQ Zorbu', 'NAY Zorbu', 'PLLC Zorbu', 'TAPI Zorbu', 'RFE/RL Zorbu']) {
      expect(emitted(`Along the ${run} line they went.`, run), run).toEqual(unconfirmed(run));
    }
  });
  it('an acronym before a facility noun names the facility; otherwise it is an undefined acronym of ten letters at most', () => {
    expect(emitted('Along the TAPI line they went.', 'TAPI')).toEqual([]);
    expect(emitted('Along the TAPI, line they went.', 'TAPI')).toEqual(['TAPI=organisation/acronym/acronym-undefined']);
    expect(emitted('Along the TAPI plan they went.', 'TAPI')).toEqual(['TAPI=organisation/acronym/acronym-undefined']);
    expect(emitted('Then ABCDEFGHIJ said so.', 'ABCDEFGHIJ')).toEqual(['ABCDEFGHIJ=organisation/acronym/acronym-undefined']);
    expect(emitted('Then ABCDEFGHIJK said so.', 'ABCDEFGHIJK')).toEqual(unconfirmed('ABCDEFGHIJK'));
  });
  it('an English word of three letters or more in capitals, or a legal form alone, names nothing', () => {
    expect(emitted('Then NAY was the vote.', 'NAY')).toEqual([]);
    expect(emitted('Then NO was the vote.', 'NO')).toEqual(['NO=organisation/acronym/acronym-undefined']);
    expect(emitted('Potomac Law Group, PLLC said.', 'PLLC')).toEqual([]);
  });
  it('capitals with digits glued on, then a hyphen or a lower-case word, are a formula', () => {
    expect(emitted('The XQ2 emissions rose.', 'XQ')).toEqual([]);
    expect(emitted('The XQ22 emissions rose.', 'XQ')).toEqual([]);
    expect(emitted('The XQ2  emissions rose.', 'XQ')).toEqual([]);
    expect(emitted('The XQ2-based fuel.', 'XQ')).toEqual([]);
    expect(emitted('The XQ2 Emissions rose.', 'XQ')).toEqual(['XQ=organisation/acronym/acronym-undefined']);
    expect(emitted('The XQ2, it rose.', 'XQ')).toEqual(['XQ=organisation/acronym/acronym-undefined']);
  });
});

describe('recogniseLeftover: publications and firms by their context', () => {
  it('a publication by the noun after it or the words before it', () => {
    expect(emitted('It was a piece for Zorbu Vargu last week.', 'Zorbu Vargu')).toEqual(['Zorbu Vargu=organisation/named/media']);
    expect(emitted('It came from Zorbu magazine.', 'Zorbu')).toEqual(['Zorbu=organisation/named/media']);
    expect(emitted('It came from Zorbu Magazine.', 'Zorbu')).toEqual(unconfirmed('Zorbu'));
    expect(emitted('It was in Zorbu  magazine last week.', 'Zorbu')).toEqual(unconfirmed('Zorbu'));
  });
  it('a firm after "companies such as", unless it modifies a place or common noun', () => {
    expect(emitted('It came from companies such as Zorbu Vargu last week.', 'Zorbu Vargu')).toEqual(['Zorbu Vargu=firm/named/firm-context']);
    expect(emitted('It came from companies such as Zorbu  oil last week.', 'Zorbu')).toEqual(['Zorbu=firm/named/firm-context']);
    expect(emitted('It came from companies such as Zorbu plant last week.', 'Zorbu')).toEqual([]);
    expect(emitted('It came from companies such as Zorbu oil field last week.', 'Zorbu')).toEqual([]);
  });
  it('one word modifying a common noun names nothing; before another word it is a name', () => {
    expect(emitted('Then Zorbu oil was sold.', 'Zorbu')).toEqual([]);
    expect(emitted('It came from the Zorbu thing last week.', 'Zorbu')).toEqual(unconfirmed('Zorbu'));
  });
});

describe('recogniseLeftover: after a title', () => {
  it('a place or body word names no person', () => {
    expect(emitted('Then Minister Zorbu Hall spoke.', 'Zorbu Hall', true)).toEqual([]);
    expect(emitted('Then Minister Bureau Zorbu spoke.', 'Bureau Zorbu', true)).toEqual([]);
  });
  it('the person is what is left after English words at the end and a portfolio before a given name', () => {
    expect(emitted('Then Minister Zorbu Vargu spoke.', 'Zorbu Vargu', true)).toEqual(['Zorbu Vargu=person/named/title-person']);
    // A place noun elsewhere in the sentence does not count.
    expect(emitted('Then Minister Zorbu Vargu spoke at the hotel.', 'Zorbu Vargu', true)).toEqual(['Zorbu Vargu=person/named/title-person']);
    expect(emitted('Then Minister Zorbu spoke.', 'Zorbu', true)).toEqual(['Zorbu=person/named/title-person']);
    expect(emitted('Then Minister Zorbu Vargu Changing spoke.', 'Zorbu Vargu Changing', true)).toEqual(['Zorbu Vargu=person/named/title-person']);
    expect(emitted('Then Director for Zorbu Changing spoke.', 'Zorbu Changing', true)).toEqual(['Zorbu=person/named/title-person']);
    expect(emitted('Then Minister Changing spoke.', 'Changing', true)).toEqual([]);
    expect(emitted('Then Minister Treasury Janet Zorbu spoke.', 'Treasury Janet Zorbu', true)).toEqual(['Janet Zorbu=person/named/title-person']);
  });
  it('portfolio or English words before a closing title word name a post, not a person (the bug of 2026-12-07)', () => {
    // Worked by hand: "Counselor" and "Advisor" are title words (titles.json), "Political" a portfolio word, "Legal" an
    // English adjective; before the fix each run came out whole as a title-person.
    expect(emitted('Then the Embassy Political Counselor spoke.', 'Political Counselor', true)).toEqual([]);
    expect(emitted('Then Minister Legal Advisor spoke.', 'Legal Advisor', true)).toEqual([]);
    expect(emitted('Then Minister Counselor spoke.', 'Counselor', true)).toEqual([]);
    expect(emitted('Then Minister Political Security Counselor Changing spoke.', 'Political Security Counselor Changing', true)).toEqual([]);
    // A name word before the title word keeps the person ("Erik Prince": "Prince" is a title word used as a surname).
    expect(emitted('Then Chairman Erik Prince spoke.', 'Erik Prince', true)).toEqual(['Erik Prince=person/named/title-person']);
    expect(emitted('Then Minister Zorbu Counselor spoke.', 'Zorbu Counselor', true)).toEqual(['Zorbu Counselor=person/named/title-person']);
    // A title word that does not close the run is left to the name rules.
    expect(emitted('Then Minister Counselor Zorbu spoke.', 'Counselor Zorbu', true)).toEqual(['Counselor Zorbu=person/named/title-person']);
  });
  it('a region names no person', () => {
    expect(emitted('Then Director for West Africa spoke.', 'West Africa', true)).toEqual([]);
    expect(emitted('Then Director for Zorbu Africa spoke.', 'Zorbu Africa', true)).toEqual(['Zorbu Africa=person/named/title-person']);
  });
});

describe('recogniseLeftover: one word alone', () => {
  it('English words name nothing', () => {
    expect(emitted('The Summit Agreement was signed.', 'Summit Agreement')).toEqual([]);
  });
  it('a word listed right after a firm is a firm', () => {
    const firm = ['Zorbu=firm/named/firm-list'];
    for (const gap of [' and ', ', ', ',  and ', ',and ', ', and  ', '  and  ', ' & ', '  &  ', '&']) {
      expect(emitted(`Huawei${gap}Zorbu were sold.`, 'Zorbu', false, 'Huawei=firm'), JSON.stringify(gap)).toEqual(firm);
    }
    for (const gap of [' said ', ', said ', ' and said ', ' & said ', ', andso ']) {
      expect(emitted(`Huawei${gap}Zorbu were sold.`, 'Zorbu', false, 'Huawei=firm'), JSON.stringify(gap)).toEqual(unconfirmed('Zorbu'));
    }
    expect(emitted('Huawei and Zorbu were sold.', 'Zorbu', false, 'Huawei=organisation')).toEqual(unconfirmed('Zorbu'));
  });
  it('a firm-like word, a given name that is no English word', () => {
    expect(emitted('Then Kazakhtelecom was sold.', 'Kazakhtelecom')).toEqual(['Kazakhtelecom=firm/named/brand-word']);
    expect(emitted('Then John was sold.', 'John')).toEqual(['John=person/named/lone-given-name']);
    expect(emitted('Then Will was sold.', 'Will')).toEqual(unconfirmed('Will'));
    expect(emitted('Then Zorbu was sold.', 'Zorbu')).toEqual(unconfirmed('Zorbu'));
  });
  it('a word joined to a personal pronoun is a person', () => {
    const person = ['Zorbu=person/named/pronoun-coordination'];
    for (const text of ['Thanks to her and Zorbu it was sold.', 'Thanks to her  and Zorbu it was sold.', 'Thanks to her and  Zorbu it was sold.',
      'Zorbu and I sold it.', 'Zorbu  and I sold it.', 'Zorbu and  I sold it.', 'Zorbu and I']) expect(emitted(text, 'Zorbu'), text).toEqual(person);
    for (const text of ['Thanks to hers and Zorbu it was sold.', 'Thanks to her and so Zorbu it was sold.',
      'A long time ago, thanks to her and the good Zorbu it was sold.', 'Zorbu and Ivan sold it.', 'So Zorbu was sold, and I sold it.',
      'Thanks to the Zorbu, him and I sold it.', 'Thanks to them    and    Zorbu it was sold.']) expect(emitted(text, 'Zorbu'), text).toEqual(unconfirmed('Zorbu'));
  });
  it('a portfolio word in a list of portfolios, after a title or before one names no one', () => {
    for (const text of ['for Regional, Global and Functional Affairs', 'Hello. Regional, Global and Functional Affairs', 'Regional, Global',
      'Regional ,Global', 'Regional  ,  Global', 'Regional and Global were there', 'Regional or Global were there', 'Political Counselor was there',
      'The Envoy for Political']) {
      expect(emitted(text, text.includes('Political') ? 'Political' : 'Regional'), text).toEqual([]);
    }
    for (const text of ['Regional, global', 'Regional, Zorbu', 'Regional and Zorbu', 'Regional', 'Regional Zorbu Global', 'Regional with Global', 'Regional and']) expect(emitted(text, 'Regional'), text).toEqual(unconfirmed('Regional'));
    expect(emitted('Political  Counselor was there', 'Political')).toEqual(unconfirmed('Political'));
    expect(emitted('Zorbu and Global', 'Zorbu')).toEqual(unconfirmed('Zorbu'));
  });
});

describe('recogniseLeftover: survivors of the 2026-12-07 re-run (i18-kill3)', () => {
  it('a lower-case connector opening the run is no part of a name; a name particle is', () => {
    const surfaces = (text: string, run: string): string[] => emitted(text, run).map((shown) => shown.split('=')[0] as string);
    expect(surfaces('He spoke and Zorbu Vargu left.', 'and Zorbu Vargu')).toEqual(['Zorbu Vargu']);
    // "al" is a particle ("Ayman al-Zawahiri"): it stays in the name.
    expect(surfaces('He saw al Zorbu Vargu there.', 'al Zorbu Vargu')).toEqual(['al Zorbu Vargu']);
  });
  it('capitals with digits glued on and then prose are a formula; before a full stop they are an acronym', () => {
    expect(emitted('Then CO2 emissions rose.', 'CO')).toEqual([]);
    expect(emitted('Then non-CO2-free gases rose.', 'CO')).toEqual([]);
    expect(emitted('Then XQ2. Then more.', 'XQ')).toEqual(['XQ=organisation/acronym/acronym-undefined']);
    expect(emitted('Then XQ2 Zorbu rose.', 'XQ')).toEqual(['XQ=organisation/acronym/acronym-undefined']);
    // Only right after the capitals, and only for capitals.
    expect(emitted('Then XQ said 2 men rose.', 'XQ')).toEqual(['XQ=organisation/acronym/acronym-undefined']);
  });
  it('one word the text also writes in lower case names nothing', () => {
    expect(emitted('Then Zorbu came, and the zorbu was eaten.', 'Zorbu')).toEqual([]);
  });
  it('a portfolio word before a comma and a quote mark is no list', () => {
    expect(emitted('Regional, "Global" was there', 'Regional')).toEqual(unconfirmed('Regional'));
    expect(emitted('"Regional", Global was there', 'Regional')).toEqual(unconfirmed('Regional'));
  });
  it('a lone letter inside a court citation needs no full stop; an abbreviation\'s full stop comes right after it', () => {
    expect(emitted('Cited as F. D Supp. in the case.', 'F. D Supp')).toEqual([]);
    expect(emitted('Cited as D. Mass). in the case.', 'D. Mass')).toEqual(unconfirmed('D. Mass'));
  });
  it('a lone letter is an initial only with a full stop and one space right after it', () => {
    expect(emitted('He said Q). Zorbu left.', 'Q). Zorbu')).toEqual(unconfirmed('Zorbu'));
  });
  it('a pronoun joined after a comma, or a firm named before other words, decides nothing', () => {
    expect(emitted('It was Zorbu, and I agreed.', 'Zorbu')).toEqual(unconfirmed('Zorbu'));
    expect(emitted('Huawei said, and Zorbu came.', 'Zorbu', false, 'Huawei=firm')).toEqual(unconfirmed('Zorbu'));
  });
});
