/**
 * More of the recogniser's passes one at a time (see recognise-passes-details.test.ts): firms of
 * ordinary words, partnership firms, acronyms defining bodies or things, lexicon phrases in lower
 * case, and (through the whole recogniser) a thing's name continued over connectors. Expected
 * values are worked out by hand from each pass's stated rule and the data files it names.
 */
import { describe, expect, it } from 'vitest';
import type { AcronymDefinition, CandidateMention, MentionKind } from '../../src/extract/types.ts';
import type { ActorType } from '../../src/graph-format/index.ts';
import type { Scan } from '../../src/extract/recognise/scan.ts';
import { dropOrdinaryWordFirms } from '../../src/extract/recognise/passes/ordinary-word-firms.ts';
import { joinPartnershipFirms } from '../../src/extract/recognise/passes/partnership-firms.ts';
import { defineBodyAcronyms } from '../../src/extract/recognise/passes/acronym-bodies.ts';
import { dropThingAcronyms } from '../../src/extract/recognise/passes/thing-acronyms.ts';
import { matchLowercaseLexiconPhrases } from '../../src/extract/recognise/passes/lowercase-lexicon.ts';
import { typedSurfaces } from '../helpers/recognise-text.ts';
import { mention, scanOf, shown } from '../helpers/recognise-scan.ts';

describe('firms of ordinary words', () => {
  const firmsKept = (text: string, surfaces: string[], kind: MentionKind = 'named', rule = 'firm-cue', type: ActorType = 'firm'): string[] => {
    const scan = scanOf(text);
    scan.mentions = surfaces.map((surface) => mention(scan, surface, type, kind, rule));
    dropOrdinaryWordFirms(scan);
    return scan.mentions.map((m) => m.label);
  };

  it('drops an adjective of kind before common words, plural firm nouns and cue words alone', () => {
    expect(firmsKept('Regional Energy; Genetic Engineering; Monetary Finance; Legislative Affairs.',
      ['Regional Energy', 'Genetic Engineering', 'Monetary Finance', 'Legislative Affairs'])).toEqual([]);
    expect(firmsKept('Zorb Companies and Shell Corporations and Big Firms.', ['Zorb Companies', 'Shell Corporations', 'Big Firms'])).toEqual([]);
    expect(firmsKept('Investment Holding Company and Bank Group.', ['Investment Holding Company', 'Bank Group'])).toEqual([]);
  });

  it('keeps a legal form, a name-like or place word, capitals, and an opening word of no kind', () => {
    // ("Pacific Basin Shipping", the file's own example of a place adjective, is dropped: compromise does not
    // tag "pacific" as a place; see the README's equivalents list.)
    expect(firmsKept('Regional Energy Limited, Regional Zorbex, Regional ENERGY, Talon Metals, Zorb Bank, Regional energy.',
      ['Regional Energy Limited', 'Regional Zorbex', 'Regional ENERGY', 'Talon Metals', 'Zorb Bank', 'Regional energy']))
      .toEqual(['Regional Energy Limited', 'Regional Zorbex', 'Regional ENERGY', 'Talon Metals', 'Zorb Bank', 'Regional energy']);
  });

  it('keeps lexicon names, vouched firms, other types and one-word or off-token mentions', () => {
    expect(firmsKept('Regional Energy.', ['Regional Energy'], 'lexicon')).toEqual(['Regional Energy']);
    expect(firmsKept('Regional Energy.', ['Regional Energy'], 'named', 'lexicon')).toEqual(['Regional Energy']);
    for (const rule of ['firm-list', 'firm-in-list', 'list-neighbour', 'firm-officer', 'partnership-firm', 'national-subsidiary']) {
      expect(firmsKept('Regional Energy.', ['Regional Energy'], 'named', rule)).toEqual(['Regional Energy']);
    }
    expect(firmsKept('Regional Energy.', ['Regional Energy'], 'named', 'firm-cue', 'organisation')).toEqual(['Regional Energy']);
    expect(firmsKept('Companies and Banks.', ['Companies', 'Banks'])).toEqual(['Companies', 'Banks']);
    expect(firmsKept('Xregional Energy.', ['regional Energy'])).toEqual(['regional Energy']);
  });
});

describe('partnership firms', () => {
  const partners = (text: string, set: (scan: Scan) => CandidateMention[] = () => []): string[] => {
    const scan = scanOf(text);
    scan.mentions = set(scan);
    joinPartnershipFirms(scan);
    return shown(scan);
  };

  it('joins partners listed with commas before a legal form or "and Company"', () => {
    expect(partners('Counsel: Sheppard, Mullin, Richter & Hampton LLP.')).toEqual(['Sheppard, Mullin, Richter & Hampton LLP=firm/named/partnership-firm']);
    expect(partners('Counsel: Wyatt, Tarrant & Combs, LLP.')).toEqual(['Wyatt, Tarrant & Combs, LLP=firm/named/partnership-firm']);
    expect(partners('made by Becton, Dickinson and Company.')).toEqual(['Becton, Dickinson and Company=firm/named/partnership-firm']);
    expect(partners('Counsel: Smith-Jones, Brown and Green White Inc.')).toEqual(['Smith-Jones, Brown and Green White Inc.=firm/named/partnership-firm']);
    expect(partners('Counsel: Abel, Baker and Carter Ltd for them.')).toEqual(['Abel, Baker and Carter Ltd=firm/named/partnership-firm']);
    // Five partners with commas at most: a sixth makes a list of people.
    expect(partners('Counsel: Abel, Baker, Carter, Dalton, Evans & Foster LLP.')).toEqual(['Abel, Baker, Carter, Dalton, Evans & Foster LLP=firm/named/partnership-firm']);
    expect(partners('Counsel: Abel, Baker, Carter, Dalton, Evans, Foster & Grant LLP.')).toEqual([]);
    // No legal form, no "and Company": no firm.
    expect(partners('Counsel: Abel, Baker and Carter met.')).toEqual([]);
  });

  it('joins two single names around "&" when one is no English word', () => {
    expect(partners('She joined Ernst & Young in May.')).toEqual(['Ernst & Young=firm/named/partnership-firm']);
    expect(partners('She ran Research & Development in May.')).toEqual([]);
    expect(partners('She joined Ernst & Young Global in May.')).toEqual([]);
    expect(partners('She joined Zorb Ernst & Young in May.')).toEqual([]);
  });

  it('replaces the mentions inside, in text order, unless one is a known actor', () => {
    expect(partners('Xu met Ernst & Young and Li.', (scan) => [
      mention(scan, 'Xu', 'person'), mention(scan, 'Ernst', 'person', 'surname'), mention(scan, 'Young', 'person', 'surname'), mention(scan, 'Li', 'person'),
    ])).toEqual(['Xu=person/named/test', 'Ernst & Young=firm/named/partnership-firm', 'Li=person/named/test']);
    expect(partners('Xu met Ernst & Young.', (scan) => [mention(scan, 'Xu', 'person')]))
      .toEqual(['Xu=person/named/test', 'Ernst & Young=firm/named/partnership-firm']);
    expect(partners('Xu met Ernst & Young.', (scan) => [mention(scan, 'Young', 'person', 'lexicon')])).toEqual(['Young=person/lexicon/test']);
    // The firm's label is its text.
    const scan = scanOf('Xu met Ernst & Young.');
    joinPartnershipFirms(scan);
    expect(scan.mentions.map((m) => m.label)).toEqual(['Ernst & Young']);
  });
});

describe('acronyms that define a body', () => {
  const defined = (label: string, others: AcronymDefinition[] = []): string => {
    const scan = scanOf(`${label} (ZQX)`);
    scan.acronyms = [...others, { acronym: 'ZQX', label, type: 'none' }];
    defineBodyAcronyms(scan);
    return (scan.acronyms.at(-1) as AcronymDefinition).type;
  };

  it('types a title-case phrase with a body cue word or a place as an organisation', () => {
    expect(defined('Economic Commission for Asia and the Far East')).toBe('organisation');
    expect(defined('Zorb Valley Commission')).toBe('organisation');
    expect(defined('Asia Zorb Cooperation')).toBe('organisation');
    expect(defined('Zorb Asia Cooperation')).toBe('organisation');
    // A place the lexicon knows as a phrase (not an actor): "Middle East".
    expect(defined('Middle East Scientific Cooperation')).toBe('organisation');
  });

  it('leaves lower-case words, a leading connector, one content word, thing heads, firm heads and known phrases', () => {
    expect(defined('Zorb valley Commission')).toBe('none');
    expect(defined('The Zorb Commission')).toBe('none');
    expect(defined('Commission of the')).toBe('none');
    expect(defined('Zorb Commission Treaty')).toBe('none');
    expect(defined('Zorb Treaty of Asia Commission')).toBe('none');
    expect(defined('Zorb Commission Bank')).toBe('none');
    expect(defined('United Nations Security Council')).toBe('none');
    expect(defined('Zorb Blue Cooperation')).toBe('none');
    expect(defined('Zorb asia Cooperation')).toBe('none');
  });

  it('leaves an acronym another definition already gives an actor', () => {
    expect(defined('Zorb Valley Commission', [{ acronym: 'ZQX', label: 'Zorb Quux', type: 'firm' }])).toBe('none');
    expect(defined('Zorb Valley Commission', [{ acronym: 'ZQY', label: 'Zorb Quux', type: 'firm' }])).toBe('organisation');
  });
});

describe('acronyms of things', () => {
  const things = (text: string, set: (scan: Scan) => void = () => {}): [string[], string[]] => {
    const scan = scanOf(text);
    set(scan);
    dropThingAcronyms(scan);
    return [scan.acronyms.map((d) => `${d.acronym}=${d.label}/${d.type}`), shown(scan)];
  };

  it('records the words that spell the acronym as a thing when one is a thing head, and drops its undefined mentions', () => {
    expect(things('They signed the Trade Agreement (TA) and the TA held.', (scan) => {
      scan.mentions = [mention(scan, 'TA', 'organisation', 'named', 'acronym-undefined'), { ...mention(scan, 'TA held', 'organisation', 'named', 'acronym-undefined'), label: 'TA', end: scan.text.lastIndexOf('TA') + 2 }];
    })).toEqual([['TA=Trade Agreement/none'], []]);
    // Plural head and an acronym with a plural "s": "Trade Agreements (TAs)".
    expect(things('under the Trade Agreements (TAs).')[0]).toEqual(['TA=Trade Agreements/none']);
    // A plural of a head listed only in the singular ("Pact"): its "s" is dropped before the look-up.
    expect(things('under the Trade Pacts (TP).')[0]).toEqual(['TP=Trade Pacts/none']);
    // Small words inside give no letter; several letters from one word ("FOr", "OPerations").
    expect(things('the freedom of navigation operations (FONOP) went on', (scan) => { scan.mentions = []; })[0])
      .toEqual(['FONOP=freedom of navigation operations/none']);
  });

  it('leaves an acronym defined as an actor, found as a name, spelled by no thing, or of one letter', () => {
    expect(things('the Trade Agreement (TA).', (scan) => { scan.acronyms = [{ acronym: 'TA', label: 'Trade Authority', type: 'organisation' }]; })[0])
      .toEqual(['TA=Trade Authority/organisation']);
    // Already defined as naming nothing: no second definition.
    expect(things('the Trade Agreement (TA).', (scan) => { scan.acronyms = [{ acronym: 'TA', label: 'Trade Agreement', type: 'none' }]; })[0])
      .toEqual(['TA=Trade Agreement/none']);
    expect(things('the Trade Agreement (TA).', (scan) => { scan.mentions = [mention(scan, 'TA', 'organisation', 'lexicon', 'lexicon')]; }))
      .toEqual([[], ['TA=organisation/lexicon/lexicon']]);
    expect(things('the Trade Authority (TA).')[0]).toEqual([]);
    expect(things('the Zorb Agreement (TA).')[0]).toEqual([]);
    expect(things('the Treaty (T).')[0]).toEqual([]);
    // Only the clause before the bracket counts: "Agreement, Trade (AT)" gives no phrase.
    expect(things('the Agreement, Trade (AT).')[0]).toEqual([]);
  });
});

describe('lexicon phrases written in lower case', () => {
  // organisations.json: "al-Qaeda" (alias "al-Qaida"), "al-Qaeda in the Arabian Peninsula", "al-Shabaab" (alias "al-Shabab").
  const lower = (text: string): [string[], boolean[]] => {
    const scan = scanOf(text);
    scan.nameLike = scan.tokens.map(() => true);
    matchLowercaseLexiconPhrases(scan);
    return [scan.mentions.map((m) => `${scan.text.slice(m.start, m.end)}=${m.label}/${m.type}/${m.kind}/${m.rule}`), scan.nameLike];
  };

  it('matches the longest phrase, labels it with the entry and takes its words out of names', () => {
    // members of al Qaeda in the Arabian Peninsula and al-Shabab said
    // 0       1  2  3     4  5   6       7         8   9  10     11
    expect(lower('members of al-Qaeda in the Arabian Peninsula and al-Shabab said')).toEqual([
      [
        'al-Qaeda in the Arabian Peninsula=al-Qaeda in the Arabian Peninsula/organisation/lexicon/lexicon-lowercase',
        'al-Shabab=al-Shabaab/organisation/lexicon/lexicon-lowercase',
      ],
      [true, true, false, false, false, false, false, false, true, false, false, true],
    ]);
  });

  it('matches a two-word phrase right before the passage ends, and one after another', () => {
    expect(lower('They fought al-Qaida al-Shabaab')[0]).toEqual([
      'al-Qaida=al-Qaeda/organisation/lexicon/lexicon-lowercase', 'al-Shabaab=al-Shabaab/organisation/lexicon/lexicon-lowercase',
    ]);
  });

  it('leaves capitalised first words (the run passes read those) and words of no phrase', () => {
    expect(lower('Al-Qaeda and al Qaeda-like groups and al-Zorb')[0]).toEqual(['al Qaeda=al-Qaeda/organisation/lexicon/lexicon-lowercase']);
    expect(lower('Al-Qaeda said')).toEqual([[], [true, true, true]]);
  });
});

describe('a thing\'s name continued into the next run (whole recogniser)', () => {
  // "Treaty" is a thing's head; up to three lower-case connectors ("of", "on", "the", "with", "in") joined by
  // spaces carry its name on, unless a place connector ("in", "from", "at") leads to a body with a cue word.
  it('continues a thing over up to three connectors and on into a following run', () => {
    expect(typedSurfaces('The Treaty on Zorb Industries was signed.')).toEqual([]);
    expect(typedSurfaces('The Treaty of the on Zorb Industries was signed.')).toEqual([]);
    expect(typedSurfaces('The Treaty of the Zorb Ministry was signed.')).toEqual([]);
    expect(typedSurfaces('The Treaty on Zorb Industries on Wuxi Industries.')).toEqual([]);
  });

  it('stops at four connectors, a comma, a word that is no connector, and a place connector before a body', () => {
    expect(typedSurfaces('The Treaty of the on the Zorb Industries was signed.')).toEqual(['Zorb Industries=firm']);
    expect(typedSurfaces('The Treaty, on Zorb Industries was signed.')).toEqual(['Zorb Industries=firm']);
    // A comma between two runs leaves no connector word between them: nothing carries the name on.
    expect(typedSurfaces('The Treaty, Zorb Industries signed it.')).toEqual(['Zorb Industries=firm']);
    expect(typedSurfaces('The Treaty by Zorb Industries was signed.')).toEqual(['Zorb Industries=firm']);
    expect(typedSurfaces('The Treaty in the Zorb Ministry was signed.')).toEqual(['Zorb Ministry=organisation']);
    expect(typedSurfaces('The Treaty in the Zorb Industries was signed.')).toEqual(['Zorb Industries=firm']);
    expect(typedSurfaces('Zorb Industries and the Treaty on Wuxi Industries.')).toEqual(['Zorb Industries=firm']);
  });
});
