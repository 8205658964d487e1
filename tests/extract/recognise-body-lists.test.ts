/**
 * Bodies named together (branch i12-orgs3), with hand-written sentences (none from any corpus) over the real
 * general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules: every body named is
 * an actor under its full name, even when a list shares its body word or a person stands next to it.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText, typedSurfaces as typed } from '../helpers/recognise-text.ts';

/** Each mention as "surface=label=rule". */
const named = (text: string): string[] => recogniseText(text).map((m) => `${text.slice(m.start, m.end)}=${m.label}=${m.rule}`);

describe('a plural body word shared by a list names one body per item (distributed-head)', () => {
  it('before the list, after "of": "the Departments of Labor, Energy, and Veterans Affairs"', () => {
    expect(named('She advised the Departments of Labor, Energy, and Veterans Affairs on pensions.')).toEqual([
      'Labor=Department of Labor=distributed-head',
      'Energy=Department of Energy=distributed-head',
      'Veterans Affairs=Department of Veterans Affairs=distributed-head',
    ]);
    expect(named('The Ministries of Finance and Trade disagreed.')).toEqual([
      'Finance=Ministry of Finance=distributed-head',
      'Trade=Ministry of Trade=distributed-head',
    ]);
    expect(named('The Universities of Oxford and Cambridge met.')).toEqual([
      'Oxford=University of Oxford=distributed-head',
      'Cambridge=University of Cambridge=distributed-head',
    ]);
  });

  it('an item may hold "and" inside it when the list has a serial comma', () => {
    expect(named('It funds the Ministries of Water, Housing and Urban Planning, and Health.')).toEqual([
      'Water=Ministry of Water=distributed-head',
      'Housing and Urban Planning=Ministry of Housing and Urban Planning=distributed-head',
      'Health=Ministry of Health=distributed-head',
    ]);
  });

  it('after the list: "the Ford and Rockefeller Foundations", "the Whig and Tory Parties"', () => {
    expect(named('The study was paid for by the Ford and Rockefeller Foundations.')).toEqual([
      'Ford=Ford Foundation=distributed-head',
      'Rockefeller Foundations=Rockefeller Foundation=distributed-head',
    ]);
    expect(named('Both the Whig and Tory Parties voted.')).toEqual([
      'Whig=Whig Party=distributed-head',
      'Tory Parties=Tory Party=distributed-head',
    ]);
  });

  it('a chamber named on the first item is every item\'s; committees of no named chamber are not shared out', () => {
    expect(named('He testified before the Senate Finance, Judiciary and Armed Services Committees.')).toEqual([
      'Senate Finance=Senate Finance Committee=distributed-head',
      'Judiciary=Senate Judiciary Committee=distributed-head',
      'Armed Services Committees=Senate Armed Services Committee=distributed-head',
    ]);
    expect(named('He sits on the Rules, Ethics and Budget Committees.').filter((m) => m.endsWith('=distributed-head'))).toEqual([]);
  });

  it('a plural name after "for" is one body written for many offices, and a known name stays whole', () => {
    expect(named('The agencies run Centers for Rural Health and Nutrition.').filter((m) => m.endsWith('=distributed-head'))).toEqual([]);
    expect(named('They met the Centers for Disease Control and Prevention.').filter((m) => m.endsWith('=distributed-head'))).toEqual([]);
  });

  it('states, persons and bodies of their own are not list items of a shared body word', () => {
    expect(named('The Chinese and Russian Foreign Ministries spoke.').filter((m) => m.endsWith('=distributed-head'))).toEqual([]);
    expect(named('The Ministries of Foreign Affairs of Japan and Korea met.').filter((m) => m.endsWith('=distributed-head'))).toEqual([]);
  });
});

describe('a body glued to a person or a known name (runs.ts, continue-body-names.ts, extend-body-names.ts)', () => {
  it('a person\'s full name, after any title, and a body are two actors though "and" joins them', () => {
    expect(typed('He met President Amina Rahimi and National Reconciliation Council Chairman Omar Haidari.')).toEqual([
      'Amina Rahimi=person', 'National Reconciliation Council=organisation', 'Omar Haidari=person',
    ]);
    // A body named after two people keeps both.
    expect(typed('The John and Catherine Porter Foundation paid.')).toEqual(['John and Catherine Porter Foundation=organisation']);
  });

  it('a body word inside an "of/for" part names a portfolio; a body word opening the next part heads a second name', () => {
    expect(typed('She served in the Bureau of Press and Public Diplomacy.')).toEqual(['Bureau of Press and Public Diplomacy=organisation']);
    expect(typed('The Ministry of Defence and Ministry of Interior met.')).toEqual(['Ministry of Defence=organisation', 'Ministry of Interior=organisation']);
    expect(typed('The Institute of Science and Society met.')).toEqual(['Institute of Science and Society=organisation']);
  });

  it('a named body "for" a known body is a body of it, not one name with it', () => {
    expect(typed('She led the Office of Career Services for the State Department.'))
      .toEqual(['Office of Career Services=organisation', 'State Department=organisation']);
  });

  it('a body\'s possessive ends its name also after "of": "the Department of Labor\'s Wage Board" is two bodies', () => {
    expect(typed('He led the Department of Labor’s Wage Review Board.')).toEqual(['Department of Labor=organisation', 'Wage Review Board=organisation']);
  });

  it('a known name goes on through any lower-case word it holds, and a list after it is not its complement', () => {
    const text = 'He covers the Organization for Security and Cooperation in Europe, the Baltic, and Northern Europe.';
    expect(recogniseText(text).map((m) => `${text.slice(m.start, m.end)}=${m.label}`)[0])
      .toBe('Organization for Security and Cooperation in Europe=Organization for Security and Co-operation in Europe');
  });

  it('an open complement goes on through "between" and ordinary words, even after a hyphenated word', () => {
    expect(typed('The Commission for Co-operation between Farmers met.')).toEqual(['Commission for Co-operation between Farmers=organisation']);
    expect(typed('The Council for Trade between Russia and China met.')).toEqual(['Council for Trade=organisation', 'Russia=state', 'China=state']);
  });
});

describe('a military unit named by its ordinal (military-unit)', () => {
  it('keeps the ordinal and ends at the unit word', () => {
    expect(named('He commanded the 91st Air Refueling Wing and the 2nd Infantry Division.')).toEqual([
      '91st Air Refueling Wing=91st Air Refueling Wing=military-unit',
      '2nd Infantry Division=2nd Infantry Division=military-unit',
    ]);
    expect(typed('He led the 6th Air Force Inspection Team in 2019.')[0]).toBe('6th Air Force=organisation');
  });

  it('a date before a rank is no unit', () => {
    expect(named('On the 4th July Wing Commander Smith spoke.').filter((m) => m.endsWith('=military-unit'))).toEqual([]);
  });
});

describe('names the run finder cut at a full stop, a saint\'s possessive or the sentence\'s own list', () => {
  it('"St. Anne’s Parish Church", "Saint Mary’s College": the prefix and the saint\'s possessive are inside the name', () => {
    expect(typed('She spoke at St. Anne’s Parish Church on Sunday.')).toEqual(['St. Anne’s Parish Church=organisation']);
    expect(typed('He taught at St. Olaf College.')).toEqual(['St. Olaf College=organisation']);
  });

  it('a listed purpose closes before a body that is the next item of the sentence\'s list', () => {
    const text = 'Donors include the Fund to Fight Rickets, Scurvy and Cholera, United Nations Department of Peace Operations and others.';
    expect(typed(text).filter((m) => m.endsWith('=organisation'))).toEqual(['Fund to Fight Rickets, Scurvy and Cholera=organisation', 'United Nations Department of Peace Operations=organisation']);
  });
});
