/**
 * Recall classes of issue 12 (branch i12-recall2), from the prose misses of the first two fresh sets: names the rules
 * could not type, whose sentence says what they are. Hand-written sentences with invented names (none from any
 * corpus), over the real general-knowledge lexicon; the expected mentions are worked out by hand from the annotation
 * rules (tests/fixtures/real/README.md): a person introduced with a job is a person, a body the sentence calls a
 * company is a firm, a news outlet cited as a report's source is an organisation.
 */
import { describe, expect, it } from 'vitest';
import { ruledSurfaces, typedSurfaces } from '../helpers/recognise-text.ts';
import { segmentDocument } from '../../src/extract/segment/index.ts';

const withRule = (text: string, rule: string): string[] => ruledSurfaces(text).filter((s) => s.endsWith(`=${rule}`));
/** The persons a job beside the name introduced, by either rule that reads that shape. */
const introduced = (text: string): string[] => ruledSurfaces(text).filter((s) => /=(?:role-apposition|introduced-person)$/.test(s)).map((s) => s.slice(0, s.lastIndexOf('=')));

describe('a name introduced with a job is a person (role-apposition)', () => {
  // "X, chairman of …" is claimed first by the introduced-person rule (i12-classes2): either rule makes the person.
  it('a job title after the name and a comma, in lower case or capitals, maybe after "until …"', () => {
    expect(introduced('A call with Tovren Kaluzhny, chairman and chief executive of a mining group, followed.')).toEqual(['Tovren Kaluzhny']);
    expect(introduced('As early as 2016, Orzu Baltabek, director general at the transport ministry, said so.')).toEqual(['Orzu Baltabek']);
    expect(introduced('In 2011, Chary Ovezberdi, a former Turkmen diplomat, wrote an article.')).toEqual(['Chary Ovezberdi']);
    expect(introduced('On May 3, Daur Temirkhan, until May 1 the Deputy Foreign Minister, was moved.')).toEqual(['Daur Temirkhan']);
  });

  it('a lower-case role noun right before the name', () => {
    expect(withRule('The stake went to steel billionaire Ravindra Mehtani last year.', 'role-apposition')).toEqual(['Ravindra Mehtani=role-apposition']);
  });

  it('a title "of" a body or state the lexicon knows, then the name', () => {
    expect(withRule('Foreign Minister of the Islamic Republic of Pakistan Zorab Kuvandyk attended.', 'role-apposition')).toEqual(['Zorab Kuvandyk=role-apposition']);
  });

  it('the body the person works for right after the name', () => {
    expect(withRule('A paper by Tovren Kaluzhny of the Carnegie Endowment for International Peace argues so.', 'role-apposition')).toEqual(['Tovren Kaluzhny=role-apposition']);
  });

  it('an initial glued to a surname is kept with it (glued-initials.ts, the one home of that shape)', () => {
    expect(withRule('Present were D.Ganzorig, Minister for Energy, and Yo.Takamura, the vice president of a trading house.', 'glued-initial'))
      .toEqual(['D.Ganzorig=glued-initial', 'Yo.Takamura=glued-initial']);
  });

  it('leaves names with no job beside them unconfirmed', () => {
    expect(withRule('A typology was offered by Tovren Kaluzhny and others.', 'role-apposition')).toEqual([]);
    // A job far from the name, or a body after the comma, introduces nobody.
    expect(withRule('Orzu Baltabek, which the company bought, hired a director.', 'role-apposition')).toEqual([]);
    // A title after a relative pronoun or a verb of speech is someone else's.
    expect(withRule('The board will complement the Cancer Shotmoon, which President Biden relaunched.', 'role-apposition')).toEqual([]);
    // A post named in words, whatever title follows it.
    expect(withRule('He brought my Navy Staff Aide, Lieutenant Commander Jones.', 'role-apposition')).toEqual([]);
  });
});

describe('a name the sentence calls a firm (kind-noun-firm, firm-list)', () => {
  it('a firm noun, maybe with a comma or an opening quote, right before the name', () => {
    expect(typedSurfaces('The mine is operated by Chinese company Bright Gold Mining, locals say.')).toContain('Bright Gold Mining=firm');
    expect(typedSurfaces('The deal went to another Chinese company, Hunan Copper, in 2009.')).toContain('Hunan Copper=firm');
    expect(typedSurfaces('The equipment of the Finnish company "Valtekko," was installed.')).toContain('Valtekko=firm');
    expect(typedSurfaces('Last week the dry port operator ZKTE-Altyn Gateway opened.')).toContain('ZKTE-Altyn Gateway=firm');
  });

  it('an apposition headed by a firm noun', () => {
    expect(typedSurfaces('An arm of Orkhon Tavan, the state-owned mining company, controls the deposit.')).toContain('Orkhon Tavan=firm');
    expect(typedSurfaces('Smith, a company director, said so.').filter((s) => s.endsWith('=firm'))).toEqual([]);
  });

  it('a quoted name right before a firm noun', () => {
    expect(typedSurfaces('A survey by "Westorra" company found coal.')).toContain('Westorra=firm');
    expect(typedSurfaces('“Orgilbaatar” bank funded the first shipment.')).toContain('Orgilbaatar=firm');
  });

  it('a run with a firm cue word listed by commas with another firm', () => {
    expect(typedSurfaces('Ordos Coal LLC, Energy Resources, and Tavan Khuder JSC resumed exports.')).toContain('Energy Resources=firm');
  });

  it('names nothing from ordinary words, titles, or a pair joined by "and" alone', () => {
    expect(typedSurfaces('The company Tuesday said it would sell.')).toEqual([]);
    expect(typedSurfaces('The company Chairman Li Wei said so.')).toEqual(['Li Wei=person']);
    expect(typedSurfaces('Huawei and Information Technology were discussed.')).toEqual(['Huawei=firm']);
    // "producer" names people as often as firms.
    expect(typedSurfaces('The show was made with producer Zandrelo last year.').filter((s) => s.endsWith('=firm'))).toEqual([]);
  });
});

describe('a news outlet cited as the source of a report (reporting-outlet)', () => {
  it('a lone name reporting at a clause edge', () => {
    expect(withRule('The minister met the investors, Kovar reports.', 'reporting-outlet')).toEqual(['Kovar=reporting-outlet']);
    expect(withRule('K221 reports that the network will grow.', 'reporting-outlet')).toEqual(['K221=reporting-outlet']);
  });

  it('a web address written as a name, with a reporting word or a citation date', () => {
    expect(withRule('He was re-appointed, steppe-daily.kz reported.', 'reporting-outlet')).toEqual(['steppe-daily.kz=reporting-outlet']);
    expect(withRule('Word came from a caspian.news source in the ministry.', 'reporting-outlet')).toEqual(['caspian.news=reporting-outlet']);
    expect(withRule('The border is porous (Pamir-info.ru, March 4).', 'reporting-outlet')).toEqual(['Pamir-info.ru=reporting-outlet']);
  });

  it('not a person who reports, nor an address in a link or an e-mail', () => {
    expect(withRule('Smith reported from the capital.', 'reporting-outlet')).toEqual([]);
    expect(withRule('Visit www.steppe-daily.kz for more, or write to desk@steppe-daily.kz today.', 'reporting-outlet')).toEqual([]);
  });
});

describe('a ministry whose portfolio list holds its own closing "and" (listed-complement)', () => {
  const bodies = (text: string): string[] => typedSurfaces(text).filter((s) => s.endsWith('=organisation'));

  it('takes every item, and a state after the last one', () => {
    expect(bodies('He spoke at the Ministry of Roads, Transport, Construction and Urban Planning, officials said.')).toEqual([
      'Ministry of Roads, Transport, Construction and Urban Planning=organisation',
    ]);
    expect(bodies('He worked at the Ministry of Foreign Economic Relations, Investments and Trade of Uzbekistan, and later abroad.')).toEqual([
      'Ministry of Foreign Economic Relations, Investments and Trade of Uzbekistan=organisation',
    ]);
  });

  it('a mission named by the state that sends it and the body it is sent to (mission-to)', () => {
    expect(bodies('He was Counselor to the Permanent Mission of Kazakhstan to the United Nations in New York.')).toEqual([
      'Permanent Mission of Kazakhstan to the United Nations=organisation',
    ]);
  });

  it('stops at an item that is an actor', () => {
    expect(bodies('He met officials of the Ministry of Energy, Russia and China.')).toEqual(['Ministry of Energy=organisation']);
  });
});

describe('hard-wrapped prose is not taken for headings (segment)', () => {
  const passageTexts = (text: string): string[] => segmentDocument(text, 'f').passages.map((p) => text.slice(p.sourceStart, p.sourceEnd));

  it('a line cut after a function word goes on into the next line, whatever its case', () => {
    const text = 'The talks ended. Officials met the investors.\nLater he met Tovren Kaluzhny, chairman and chief executive of\nNorth Steppe Corp. in Rome on Monday.';
    expect(passageTexts(text).some((p) => p.includes('Tovren Kaluzhny'))).toBe(true);
  });

  it('a capitalised line right after a long body line cut mid-clause goes on with it', () => {
    const text = 'The talks ended. Since then the ministry has relied on the advice of\nthe security services following the death of former President\nKarimbek in December 2006, Deputy Chairman and Foreign\nMinister Tovren Kaluzhny has played a role.';
    expect(passageTexts(text).some((p) => p.includes('Karimbek in December'))).toBe(true);
  });

  it('a sentence ending in a footnote marker after its full stop is body text', () => {
    const text = 'The talks ended. Officials met the investors.\nThe company sees the field as the third-largest in the world.[9]\n';
    expect(passageTexts(text).some((p) => p.includes('third-largest'))).toBe(true);
  });
});
