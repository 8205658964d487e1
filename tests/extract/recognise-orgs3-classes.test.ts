/**
 * Organisation classes of issue 12 (branch i12-orgs3), from by-eye draws of the real-corpus graph and fresh set 3's
 * misses. Hand-written sentences (none from any corpus; invented bodies and people) over the real general-knowledge
 * lexicon; the expected mentions are worked out by hand from the annotation rules (tests/fixtures/real/README.md):
 * programmes, lines of work and the members of a body are no actors; a person named after the body they serve in is
 * a person, and the body is the body; a desk of a ministry is no actor, its ministry is.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText, ruledSurfaces, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';
import { scanOf, mention } from '../helpers/recognise-scan.ts';
import { namelessReason } from '../../src/extract/recognise/passes/nameless-bodies.ts';
import { personStart } from '../../src/extract/recognise/passes/body-then-person.ts';
import { bodyStart } from '../../src/extract/recognise/passes/desk-of-body.ts';
import { hyphenReason } from '../../src/extract/recognise/passes/hyphen-pieces.ts';

const reason = (text: string, surface: string, rule = 'cue-organisation') => {
  const scan = scanOf(text);
  return namelessReason(scan, mention(scan, surface, 'organisation', 'named', rule));
};

describe('names headed like a body that name none (nameless-bodies)', () => {
  it('drops a programme with no body word of its own', () => {
    const text = 'She ran the Harwick Fellows Program and later the Baltic Security Programme.';
    expect(reason(text, 'Harwick Fellows Program')).toBe('programme-name');
    expect(reason(text, 'Baltic Security Programme')).toBe('programme-name');
    // The head is the word before "of": a programme of action is a programme.
    const action = 'The Torvan Programme of Action on Small States was adopted.';
    expect(reason(action, 'Torvan Programme of Action on Small States')).toBe('programme-name');
    expect(surfaces('She ran the Harwick Fellows Program for a decade.')).not.toContain('Harwick Fellows Program=organisation');
  });

  it('leaves a programme "at" a university or institute (a research unit, as before)', () => {
    const text = 'He directs the Baltic Security Programme at Dorland University.';
    expect(reason(text, 'Baltic Security Programme')).toBeUndefined();
  });

  it('keeps bodies whose own body word heads the name, and the UN\'s programmes', () => {
    const text = 'The Office of Arctic Programs and the Grant Program Office met the United Nations Soil Programme.';
    expect(reason(text, 'Office of Arctic Programs')).toBeUndefined();
    expect(reason(text, 'Grant Program Office')).toBeUndefined();
    expect(reason(text, 'United Nations Soil Programme')).toBeUndefined();
    // "Bureau" heads it; "Programs" is its portfolio.
    const bureau = 'The Bureau of Cultural Exchange Programs hired staff.';
    expect(reason(bureau, 'Bureau of Cultural Exchange Programs')).toBeUndefined();
    // A lexicon entry is never dropped.
    expect(reason(text, 'United Nations Soil Programme', 'lexicon')).toBeUndefined();
  });

  it('drops a line of work made of common words before "Services"', () => {
    const text = 'Ask about Housing and Credit Counseling Services or Laboratory Services today.';
    expect(reason(text, 'Credit Counseling Services')).toBe('service-area');
    expect(reason(text, 'Laboratory Services')).toBe('service-area');
    expect(surfaces('The county cut Laboratory Services last year.')).not.toContain('Laboratory Services=organisation');
  });

  it('keeps a provider named by a proper word or by its place', () => {
    const text = 'Brennick Legal Services and Legal Services of West Dorland filed briefs.';
    // "Brennick" is no common word: a name.
    expect(reason(text, 'Brennick Legal Services')).toBeUndefined();
    // A complement ("of West Dorland") names a provider, not a line of work.
    expect(reason(text, 'Legal Services of West Dorland')).toBeUndefined();
    // A firm word ("Financial") makes a provider's name.
    const firm = 'She managed risk at Harbour Financial Services.';
    expect(reason(firm, 'Harbour Financial Services')).toBeUndefined();
    const plain = 'She managed risk at Mutual Financial Services.';
    expect(reason(plain, 'Mutual Financial Services')).toBeUndefined();
  });

  it('drops the members or parts of a body, named by a plural head', () => {
    const text = 'The Member States and the Countries of the Forum heard the Health Ministries of Norvalia.';
    expect(reason(text, 'Member States')).toBe('member-parts');
    expect(reason(text, 'Countries of the Forum')).toBe('member-parts');
    expect(reason(text, 'Health Ministries of Norvalia')).toBe('member-parts');
    // A body word before "of" heads the name: the alliance is a body.
    const alliance = 'The Alliance of Coastal States met.';
    expect(reason(alliance, 'Alliance of Coastal States')).toBeUndefined();
    // A proper word before the plural head: a name ("Torvan States" could be a grouping the text names).
    const named = 'The Torvan Ministries replied.';
    expect(reason(named, 'Torvan Ministries')).toBeUndefined();
  });
});

describe('a person named right after the body they serve in (body-then-person)', () => {
  it('cuts the person off the body', () => {
    const text = 'The Director of the Office of Harbour Management Julia Renwick spoke first.';
    expect(ruledSurfaces(text)).toEqual(['Office of Harbour Management=cue-organisation', 'Julia Renwick=body-then-person']);
    expect(surfaces(text)).toEqual(['Office of Harbour Management=organisation', 'Julia Renwick=person']);
  });

  it('reads a middle initial and a Chinese name surname first', () => {
    expect(surfaces('The Chair of the Dorland Council of Bishops Mark T. Ellery resigned.'))
      .toEqual(['Dorland Council of Bishops=organisation', 'Mark T. Ellery=person']);
    expect(surfaces('An Honorary Member of the Norvalian Academy of Music Wang Hui attended.'))
      .toEqual(['Norvalian Academy of Music=organisation', 'Wang Hui=person']);
  });

  it('leaves an office named after its holder, a body word at the end and short names whole', () => {
    const titled = 'She worked in the Office of Former Senator Paul Denny for two years.';
    const scan = scanOf(titled);
    expect(personStart(scan, mention(scan, 'Office of Former Senator Paul Denny', 'organisation', 'named', 'cue-organisation'))).toBe(-1);
    // The last word is a body word: the whole is a body named after a person.
    const centre = 'They funded the Marine Studies Laura Center in Dorland.';
    const centreScan = scanOf(centre);
    expect(personStart(centreScan, mention(centreScan, 'Marine Studies Laura Center', 'organisation', 'named', 'cue-organisation'))).toBe(-1);
    // Three words: a foundation named after a person ends in its cue word, and no body is left before a person.
    expect(surfaces('The Anna Brill Foundation gave grants.')).toEqual(['Anna Brill Foundation=organisation']);
  });

  it('needs a body word in what is left', () => {
    const text = 'The Harwick Valley Julia Renwick story ran.';
    const scan = scanOf(text);
    expect(personStart(scan, mention(scan, 'Harwick Valley Julia Renwick', 'organisation', 'named', 'unconfirmed'))).toBe(-1);
  });
});

describe('a desk named before the body it belongs to (desk-of-body)', () => {
  it('keeps the body after a desk named by region or function', () => {
    const region = 'He worked in the Africa and Europe Department of the Ministry of Foreign Affairs of Dorland.';
    expect(surfaces(region)).toContain('Ministry of Foreign Affairs of Dorland=organisation');
    expect(surfaces(region)).not.toContain('Africa and Europe Department of the Ministry of Foreign Affairs of Dorland=organisation');
    const legal = 'She heads the Legal Division of the Ministry of Harbours.';
    expect(ruledSurfaces(legal)).toContain('Ministry of Harbours=desk-of-body');
  });

  it('leaves a body named after a policy field whole, and desks of no named body', () => {
    const field = 'The Department of Energy of Dorland replied.';
    const scan = scanOf(field);
    expect(bodyStart(scan, mention(scan, 'Department of Energy of Dorland', 'organisation', 'named', 'cue-organisation'))).toBe(-1);
    // A state before the desk word: the state's department, a body ("U.S. Department of Education Office of …").
    const state = 'She joined the U.S. Department of Harbours Office of Planning.';
    const stateScan = scanOf(state);
    expect(bodyStart(stateScan, mention(stateScan, 'U.S. Department of Harbours Office of Planning', 'organisation', 'named', 'cue-organisation'))).toBe(-1);
    const lower = 'The Legal Department of the ministry replied.';
    expect(recogniseText(lower).some((m) => m.rule === 'desk-of-body')).toBe(false);
  });
});

describe('pieces of hyphenated words (hyphen-pieces)', () => {
  const reasonOf = (text: string, surface: string, type: 'organisation' | 'firm' = 'organisation', kind: 'named' | 'acronym' = 'named') => {
    const scan = scanOf(text);
    return hyphenReason(scan, mention(scan, surface, type, kind, 'cue-organisation'));
  };

  it('drops the first half of a compound with a lower-case word', () => {
    expect(reasonOf('They set up a Harbour Committee for the Follow-up of the talks.', 'Harbour Committee for the Follow')).toBe('hyphen-suffix');
    expect(reasonOf('Disclosures follow the Task Force on Climate-related Risk.', 'Task Force on Climate')).toBe('hyphen-suffix');
    expect(reasonOf('The Dorland Aero MQ-7 drone flew.', 'Dorland Aero MQ', 'firm')).toBe('hyphen-suffix');
  });

  it('leaves no body of the first half in the recogniser\'s answer', () => {
    expect(surfaces('They set up a Harbour Committee for the Follow-up of the talks.')).toEqual([]);
  });

  it('keeps a name before a word for what an actor did', () => {
    expect(reasonOf('A Harbour Council-led group met.', 'Harbour Council')).toBeUndefined();
    expect(reasonOf('The Brill Foundation-funded study ended.', 'Brill Foundation')).toBeUndefined();
  });

  it('drops a name of two words or more that goes on past a hyphen, not one word', () => {
    expect(reasonOf('He met the Marine Rotational Force-West commander.', 'Marine Rotational Force')).toBe('hyphen-continued');
    expect(reasonOf('The Dorvik-Altan dispute ended.', 'Dorvik', 'firm')).toBeUndefined();
  });

  it('leaves an acronym glued after a letter or another acronym as it was', () => {
    expect(reasonOf('The A-QZT office opened.', 'QZT', 'organisation', 'acronym')).toBeUndefined();
    expect(reasonOf('The DRN-QZT unit opened.', 'QZT', 'organisation', 'acronym')).toBeUndefined();
  });

  it('leaves lexicon entries and persons', () => {
    const scan = scanOf('The NATO-style rules and Ann Brill-type cases.');
    expect(hyphenReason(scan, { ...mention(scan, 'NATO', 'organisation', 'lexicon', 'lexicon') })).toBeUndefined();
    expect(hyphenReason(scan, mention(scan, 'Ann Brill', 'person', 'named', 'given-name'))).toBeUndefined();
  });
});
