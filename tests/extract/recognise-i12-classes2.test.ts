/**
 * Non-actors named like actors, from the spent second web-page set (i12-classes2): mines and fields, desks of a
 * ministry named by function or region, events the sentence puts someone at, datelines after a date stamp or without
 * a dash, and a weekday after a title. Expected mentions written out by hand from the sentences below.
 */
import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../src/extract/resolve/index.ts';
import { datelineLength } from '../../src/extract/recognise/text-patterns.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { realLexicon, recogniseText, recogniseWith } from '../helpers/recognise-text.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

const labels = (text: string): string[] => recogniseText(text).map((m) => m.label);

describe('mines and fields (site-names.ts)', () => {
  it('drops a name before a site noun or described as one, and marks it no actor for the corpus', () => {
    const found = recogniseWith(realLexicon, 'Norwest Mining signed a deal on the Tavan Tolgoi coal field with Itochu Corporation.');
    expect(found.mentions.map((m) => m.label)).not.toContain('Tavan Tolgoi');
    expect(found.acronyms).toContainEqual({ acronym: 'Tavan Tolgoi', label: 'Tavan Tolgoi', type: 'none' });
    const apposition = recogniseWith(realLexicon, 'Production began at Kashagan, the world’s biggest oilfield, in 2016.');
    expect(apposition.acronyms).toContainEqual({ acronym: 'Kashagan', label: 'Kashagan', type: 'none' });
  });

  it('keeps a firm with its own cue before a site noun', () => {
    expect(labels('Kumtor Gold Company mine workers went on strike.')).toContain('Kumtor Gold Company');
  });

  it('resolve drops the same name written alone elsewhere, not a longer name holding it', () => {
    const actors = resolveActors([
      mention('Tavan Tolgoi', 'person', 'named', 0), mention('Tavan Tolgoi', 'firm', 'surname', 1),
      mention('Erdenes Tavan Tolgoi', 'firm', 'named', 1),
    ], [{ acronym: 'Tavan Tolgoi', label: 'Tavan Tolgoi', type: 'none' }], smallLexiconIndex);
    expect(summary(actors)).toEqual(['firm:Erdenes Tavan Tolgoi:1']);
  });
});

describe('desks of a ministry (function-departments.ts)', () => {
  it('drops departments named by function or region, keeps those named after a policy field', () => {
    const text = 'The ministry has a Legal Department, a State Protocol Department, the Department for Communication, ' +
      'the Department for Europe and the Department for the USA and Americas, like the Department of Energy.';
    const found = labels(text);
    for (const desk of ['Legal Department', 'State Protocol Department', 'Department for Communication', 'Department for Europe', 'Department for the USA and Americas']) {
      expect(found).not.toContain(desk);
    }
    expect(found).toContain('Department of Energy');
  });
});

describe('events where the sentence puts someone (event-context.ts)', () => {
  it('drops a forum or congress after "at the (recent)", keeps the same kind of name as a subject', () => {
    expect(labels('Tokayev spoke at the recent St. Petersburg International Economic Forum about trade.'))
      .not.toContain('St. Petersburg International Economic Forum');
    expect(labels('Scaroni said at the World Energy Congress in Rome.')).not.toContain('World Energy Congress');
    expect(labels('The Astana Civil Forum issued a statement.')).toContain('Astana Civil Forum');
  });
});

describe('datelines', () => {
  it('after a date stamp, and a city and date with no dash before the story', () => {
    expect(datelineLength('date 2022-07-29 BAKU, Azerbaijan, July 29. The head of')).toBe('date 2022-07-29 BAKU, Azerbaijan, July 29. '.length);
    expect(datelineLength('2024-04-26 ASTANA — The ministries')).toBe('2024-04-26 ASTANA — '.length);
    expect(datelineLength('ASTANA, April 16 China has shown')).toBe('ASTANA, April 16 '.length);
    expect(datelineLength('NATO, Russia and China met')).toBe(0);
    expect(labels('ASTANA, April 16 China has shown an interest.')).toEqual(['China']);
  });
});

describe('a weekday after a title', () => {
  it('is no person', () => {
    const actors = resolveActors([mention('Tuesday', 'person', 'named', 0)], [], realLexicon);
    expect(actors).toEqual([]);
  });
});

describe('quoted one-word firms beside a firm noun (quoted-firms.ts)', () => {
  it('types the name a firm, before or after the noun; a quoted word with no firm noun stays as it was', () => {
    const typed = (text: string) => recogniseText(text).map((m) => `${m.label}=${m.type}:${m.rule}`);
    expect(typed('the equipment of the Finnish company "Metso," is used')).toContain('Metso=firm:quoted-firm');
    expect(typed('the vice president of “Itochu” company spoke')).toContain('Itochu=firm:quoted-firm');
    expect(typed('"Golomt" bank lent the money')).toContain('Golomt=firm:quoted-firm');
    expect(typed('the delegates from "KOPEC" company came')).toContain('KOPEC=firm:quoted-firm');
    expect(typed('he called it "Progress" in his speech').some((line) => line.endsWith(':quoted-firm'))).toBe(false);
  });
});

describe('governments named after a person or a state (governments-of.ts)', () => {
  const shown = (text: string) => recogniseText(text).map((m) => `${m.label}=${m.type}:${m.rule}`);
  it('the person a government is named after is the actor; a government of ordinary words stays', () => {
    expect(shown('He was Deputy Prime Minister in the Government of Almazbek Atambayev until 2011.'))
      .toEqual(['Almazbek Atambayev=person:government-of-person']);
    expect(shown('The Government of National Unity met.')).toEqual(['Government of National Unity=organisation:cue-organisation']);
  });

  it('a government after its state\'s possessive is the state', () => {
    expect(shown('Ministers of Kyrgyzstan’s Interim Government met.')).toContain('Kyrgyzstan=state:state-government');
  });

  it('the Islamic Emirate of Afghanistan is the Taliban (lexicon), not the state', () => {
    expect(shown('The Islamic Emirate of Afghanistan said so.')).toContain('Taliban=organisation:lexicon');
  });
});

describe('names cut off where the text stops (cut-names.ts)', () => {
  it('drops a fragment at the end of an unfinished passage, keeps a closed one and a word at the end', () => {
    expect(labels('- Department of Personnel, Computer Syst')).not.toContain('Computer Syst');
    expect(labels('The contract went to Computer Syst.')).toContain('Computer Syst');
    expect(labels('The mine is run by Talco Gold')).toContain('Talco Gold');
  });
});

describe('units, a month in capitals, and a bare term government (second round)', () => {
  it('an undefined acronym after a number is a unit', () => {
    const found = recogniseWith(realLexicon, 'The port will handle 540,000 TEU per year, the KTZE said.');
    expect(found.mentions.map((m) => m.label)).toEqual(['KTZE']);
    expect(found.acronyms).toContainEqual({ acronym: 'TEU', label: 'TEU', type: 'none' });
  });

  it('reads "CITY/MONTH day year (Agency) —" as a dateline', () => {
    expect(datelineLength('BISHKEK/JUNE 1 2021 (The Bulletin) — The government said')).toBe('BISHKEK/JUNE 1 2021 (The Bulletin) — '.length);
  });

  it('a bare Provisional Government counts for the state its document names most', () => {
    const actors = resolveActors([
      mention('Kyrgyzstan', 'state', 'lexicon', 0), mention('Kyrgyzstan', 'state', 'lexicon', 0), mention('Russia', 'state', 'lexicon', 0),
      mention('Provisional Government', 'organisation', 'named', 0),
      // Document 1 names no state twice: the government stays as it was.
      mention('Provisional Government', 'organisation', 'named', 1), mention('Russia', 'state', 'lexicon', 1),
    ], [], realLexicon);
    expect(summary(actors)).toEqual(['organisation:Provisional Government:1', 'state:Kyrgyzstan:3', 'state:Russia:2']);
  });
});

describe('persons with a glued initial (glued-initials.ts)', () => {
  it('reads "D.Zorigt" and "Yo.Kobayashi" as persons, not "St.Petersburg" or "M.Phil"', () => {
    const shown = (text: string) => recogniseText(text).map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.rule}`);
    expect(shown('It was attended by D.Zorigt, Minister for Energy, and Yo.Kobayashi, the vice president.'))
      .toEqual(['D.Zorigt=person:glued-initial', 'Yo.Kobayashi=person:glued-initial']);
    expect(shown('She has an M.Phil from a university in St.Petersburg.').some((line) => line.endsWith('glued-initial'))).toBe(false);
  });
});

describe('guards found on the real corpus (second look)', () => {
  it('an acronym after a year or an article number is no unit; a bill number is no person', () => {
    expect(recogniseWith(realLexicon, 'In 2017 XFEL began operating.').acronyms).not.toContainEqual({ acronym: 'XFEL', label: 'XFEL', type: 'none' });
    expect(recogniseWith(realLexicon, 'Under Article 5 CFA members agreed.').acronyms).not.toContainEqual({ acronym: 'CFA', label: 'CFA', type: 'none' });
    expect(recogniseWith(realLexicon, 'Since 2019, PROSUR has met twice.').acronyms).not.toContainEqual({ acronym: 'PROSUR', label: 'PROSUR', type: 'none' });
    expect(recogniseWith(realLexicon, 'We hosted 80 YSEALI alumni.').acronyms).not.toContainEqual({ acronym: 'YSEALI', label: 'YSEALI', type: 'none' });
    expect(recogniseText('The House passed H.Res. 123 and H.Con.Res. 4.').some((m) => m.rule === 'glued-initial')).toBe(false);
  });
});

describe('site nouns that are verbs or bank words (guard)', () => {
  it('no site without a commodity word for plurals and deposits', () => {
    expect(recogniseWith(realLexicon, 'Customers moved money into Halykbank deposits last year.').acronyms.some((d) => d.type === 'none')).toBe(false);
    expect(recogniseWith(realLexicon, 'Norwest Mining signed a deal on the Tavan Tolgoi field with Itochu Corporation.').acronyms)
      .toContainEqual({ acronym: 'Tavan Tolgoi', label: 'Tavan Tolgoi', type: 'none' });
    expect(recogniseWith(realLexicon, 'Norwest Mining signed a deal on the Tavan Tolgoi deposits with Itochu Corporation.').acronyms)
      .not.toContainEqual({ acronym: 'Tavan Tolgoi', label: 'Tavan Tolgoi', type: 'none' });
  });
});
