/**
 * The error classes of issue 12 that live in recognition, each with hand-written sentences
 * (none from any corpus), over the real general-knowledge lexicon. Expected mentions are
 * worked out by hand from the project's annotation rules.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extract/recognise/rule-ids.ts';
import { recogniseText as recognise } from '../helpers/recognise-text.ts';

/** "surface=type:label", leaving out unconfirmed names (kept only if confirmed elsewhere). */
function found(text: string): string[] {
  return recognise(text).filter((m) => m.kind !== 'surname').map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.label}`);
}

function surfaces(text: string): string[] {
  return recognise(text).map((m) => text.slice(m.start, m.end));
}

describe('every mention names its rule', () => {
  it('records a known rule id on each mention', () => {
    const mentions = recognise('President Karim Oyelaran met the Ministry of Energy and Beijing said Tengri Holdings Ltd would help.');
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(Object.keys(RULES)).toContain(mention.rule);
  });
});

describe('1. titles glued to a body', () => {
  it('keeps the body and drops the title and its portfolio', () => {
    const text = 'The NSC Coordinator for Strategic Communications spoke to reporters.';
    expect(found(text)).toEqual(['NSC=organisation:United States National Security Council']);
  });

  it('drops a role before a body', () => {
    expect(surfaces('She served as Chief of Mission and later left.')).toEqual([]);
  });
});

describe('2. person of a body', () => {
  it('splits "Name of the Institute" into the person and the body', () => {
    const text = 'Said Maral Odinaeva of the Pamir Policy Institute in a note.';
    expect(surfaces(text)).toEqual(['Maral Odinaeva', 'Pamir Policy Institute']);
  });
});

describe('3. coordinated bodies', () => {
  it('splits two universities joined by "and"', () => {
    expect(found('A study by Northmoor University and Eastvale University found more.')).toEqual([
      'Northmoor University=organisation:Northmoor University',
      'Eastvale University=organisation:Eastvale University',
    ]);
  });

  it('keeps one name whose first part is not a whole name', () => {
    expect(found('The Kestrel Oil and Gas Corporation drilled.')).toEqual(['Kestrel Oil and Gas Corporation=firm:Kestrel Oil and Gas Corporation']);
  });
});

describe('4. names broken at a hyphen', () => {
  it('does not cut "Co-operation" to a firm called Co', () => {
    const types = found('The Nordic Co-operation Forum met in spring.').map((m) => m.split('=')[1]);
    expect(types).not.toContain('firm:Co');
    expect(found('The Nordic Co-operation Forum met in spring.')).toEqual(['Nordic Co-operation Forum=organisation:Nordic Co-operation Forum']);
  });
});

describe('5. possessives before a name', () => {
  it('ends a name at a possessive', () => {
    expect(surfaces('Labour’s Dafydd Pryce asked a question.')).toEqual(['Labour', 'Dafydd Pryce']);
  });

  it('keeps the state apart from its ministry', () => {
    expect(found('Kazakhstan’s Ministry of Energy said so.')).toEqual([
      'Kazakhstan=state:Kazakhstan',
      'Ministry of Energy=organisation:Ministry of Energy',
    ]);
  });
});

describe('6. capitals', () => {
  it('takes no speaker label of a transcript for an actor', () => {
    expect(surfaces('SENIOR ADMINISTRATION OFFICIAL: Thank you all for coming.')).toEqual([]);
    expect(surfaces('MR. OKONKWO: We will take questions.')).toEqual([]);
  });

  it('takes an English word in capitals for no acronym', () => {
    expect(surfaces('The vote was recorded as NAY by the clerk.')).toEqual([]);
  });
});

describe('7. things that are not actors', () => {
  it('ignores laws, orders, treaties, awards and summits', () => {
    expect(surfaces('The Clean Rivers Act and Executive Order 14999 followed the Halvard Prize and the Global Water Summit.')).toEqual([]);
  });

  it('keeps the known actors a treaty is named after', () => {
    expect(found('The United States–Mexico Agreement took effect.')).toEqual([
      'United States=state:United States',
      'Mexico=state:Mexico',
    ]);
  });

  it('ignores generic bodies without a name', () => {
    expect(surfaces('The Member States asked the Steering Board and the Secretariat.')).toEqual([]);
  });

  it('tells a policy programme from a research programme', () => {
    expect(surfaces('Families used the Rural Housing Assistance Program.')).toEqual([]);
    expect(found('He directs the Caucasus Program at a university.')).toEqual(['Caucasus Program=organisation:Caucasus Program']);
  });

  it('ignores a field of study', () => {
    expect(surfaces('She studied Physics and Civil Engineering.')).toEqual([]);
  });
});

describe('8. names with digits and symbols', () => {
  it('reads G7, G20 and P5+1 through the lexicon', () => {
    expect(found('The G7 and the G20 met; the P5+1 did not.').map((m) => m.split(':')[1])).toEqual(['Group of Seven', 'Group of Twenty', 'P5+1']);
  });
});

describe('10. state bodies, named canonically', () => {
  it('names a parliament after its state', () => {
    expect(found('The Kyrgyz Parliament voted.')).toEqual(['Kyrgyz Parliament=organisation:Parliament of Kyrgyzstan']);
  });

  it('counts an embassy under its state, with or without its place (annotation rules: a descriptive phrase)', () => {
    expect(found('The Chinese Embassy in Astana said so.')).toEqual(['Chinese=state:China']);
    expect(found('She served at the U.S. Embassy New Delhi until 2020.')).toEqual(['U.S.=state:United States']);
    expect(found('The Chinese Embassy said so.')).toEqual(['Chinese=state:China']);
  });
});

describe('11. single-word bodies and parties from the lexicon', () => {
  it('knows the Politburo and well-known parties', () => {
    expect(found('The Politburo met while Likud and the Kuomintang campaigned.').map((m) => m.split(':')[1])).toEqual(['Politburo', 'Likud', 'Kuomintang']);
  });
});

describe('12. firm or organisation', () => {
  it('makes no firm of industry words alone (words the text also writes in lower case)', () => {
    expect(found('Funds chase Clean Energy. Clean air and strategic reserves matter, said Strategic Petroleum Watch.')).toEqual([]);
  });

  it('keeps a firm with a proper name before the industry word', () => {
    expect(found('Zarafshan Energy signed a contract.')).toEqual(['Zarafshan Energy=firm:Zarafshan Energy']);
  });

  it('types central banks and groups of states as organisations', () => {
    expect(found('The Bank of Canada and the Reserve Bank of Malawi met the Lisbon Contact Group.')).toEqual([
      'Bank of Canada=organisation:Bank of Canada',
      'Reserve Bank of Malawi=organisation:Reserve Bank of Malawi',
      'Lisbon Contact Group=organisation:Lisbon Contact Group',
    ]);
  });

  it('takes "Nominee" for a title, not a firm', () => {
    expect(found('Dana K. Whitlock, Nominee for Ambassador, spoke.')).toEqual(['Dana K. Whitlock=person:Dana K. Whitlock']);
  });
});

describe('honorifics, court citations, lone letters', () => {
  it('drops the honorific before a name', () => {
    expect(found('The Honorable Teodora Vasquez opened the session.')).toEqual(['Teodora Vasquez=person:Teodora Vasquez']);
  });

  it('takes a court abbreviation for no person', () => {
    expect(surfaces('See Smith v. Jones, 512 F. Supp. 3d 101 (D. Mass. 2021).')).not.toContain('D. Mass');
  });

  it('takes a lone letter for no name', () => {
    expect(surfaces('Spending on R&D rose, and I think it will rise.')).toEqual([]);
  });
});
