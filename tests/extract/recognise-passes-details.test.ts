/**
 * The recogniser's small passes (src/extract/recognise/passes/) one at a time on a hand-built
 * Scan (tests/helpers/recognise-scan.ts): passages in capitals, headline verbs, firms in lists,
 * names standing for things, functional districts, military units. Each expected value is worked
 * out from the rule the pass's comment states (thresholds and word lists read from the data files
 * it names); written against the survivors of the mutation run of 2026-12-07 (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import type { CandidateMention, MentionKind } from '../../src/extract/types.ts';
import type { ActorType } from '../../src/graph-format/index.ts';
import type { Scan } from '../../src/extract/recognise/scan.ts';
import { skipShouting } from '../../src/extract/recognise/passes/skip-shouting.ts';
import { splitAtHeadlineVerbs } from '../../src/extract/recognise/passes/split-at-headline-verbs.ts';
import { typeUnknownListMembersAsFirms } from '../../src/extract/recognise/passes/firms-in-lists.ts';
import { dropNamesAsAttributes } from '../../src/extract/recognise/passes/name-as-attribute.ts';
import { typeFunctionalDistricts } from '../../src/extract/recognise/passes/functional-districts.ts';
import { nameMilitaryUnits } from '../../src/extract/recognise/passes/military-units.ts';
import { mention, scanOf, shown, words } from '../helpers/recognise-scan.ts';

describe('a passage set in capitals', () => {
  // More than max(3, half the words) in capitals ends the scan.
  it.each([
    ['NATO UN EU', false], // 3 of 3: not more than 3
    ['NATO UN EU WHO', true], // 4 of 4
    ['NATO UN EU WHO met', true], // 4 of 5: more than 3 and than 2.5
    ['NATO UN EU WHO met with them on a very dull day', false], // 4 of 12: not more than 6
    ['NATO UN EU WHO IMF met with them on a day', false], // 5 of 10: not more than 5
    ['NATO UN EU WHO IMF OSCE met with them on day', true], // 6 of 11: more than 5.5
    ['NATO UN EU WHO IMF OSCE met with them on a day', false], // 6 of 12: not more than 6
  ])('"%s" ends the scan: %s', (text, done) => {
    const scan = scanOf(text);
    skipShouting(scan);
    expect(scan.done).toBe(done);
  });
});

describe('headline verbs cut a run', () => {
  // Data: recognition-words.json headlineVerbs ("Updates", "Announces", "Visits").
  it('cuts at a capitalised headline verb that is not the run\'s first word, dropping the verb', () => {
    const scan = scanOf('Department of Commerce Updates Entity List');
    scan.runs = [[0, 6]];
    splitAtHeadlineVerbs(scan);
    expect(words(scan, scan.runs)).toEqual(['Department of Commerce', 'Entity List']);
  });

  it('keeps a verb that opens the run, and leaves nothing after a verb that ends it', () => {
    const scan = scanOf('Updates Entity List and Biden Announces');
    scan.runs = [[0, 3], [4, 6]];
    splitAtHeadlineVerbs(scan);
    expect(words(scan, scan.runs)).toEqual(['Updates Entity List', 'Biden']);
  });

  it('cuts at two verbs in a row without an empty run between them', () => {
    const scan = scanOf('Biden Visits Hosts Xi');
    scan.runs = [[0, 4]];
    splitAtHeadlineVerbs(scan);
    expect(words(scan, scan.runs)).toEqual(['Biden', 'Xi']);
  });

  it('leaves a verb in capitals or in lower case', () => {
    const scan = scanOf('Biden VISITS Xi; Biden visits Xi');
    scan.runs = [[0, 3], [3, 6]];
    splitAtHeadlineVerbs(scan);
    expect(words(scan, scan.runs)).toEqual(['Biden VISITS Xi', 'Biden visits Xi']);
  });
});

describe('unconfirmed single names in a list with a firm', () => {
  const listed = (text: string, set: (scan: Scan) => CandidateMention[]): string[] => {
    const scan = scanOf(text);
    scan.mentions = set(scan);
    typeUnknownListMembersAsFirms(scan);
    return shown(scan);
  };

  it('types the surnames of a list of three or more holding a firm as firms', () => {
    expect(listed('like Huaxin, Sany and Sinopec.', (scan) => [
      mention(scan, 'Sinopec', 'firm'), mention(scan, 'Huaxin', 'person', 'surname'), mention(scan, 'Sany', 'person', 'surname'),
    ])).toEqual(['Sinopec=firm/named/test', 'Huaxin=firm/named/firm-in-list', 'Sany=firm/named/firm-in-list']);
  });

  it('needs three members, a firm not itself a surname, and list separators only', () => {
    expect(listed('like Huaxin and Sinopec.', (scan) => [mention(scan, 'Huaxin', 'person', 'surname'), mention(scan, 'Sinopec', 'firm')]))
      .toEqual(['Huaxin=person/surname/test', 'Sinopec=firm/named/test']);
    expect(listed('like Huaxin, Sany & Sinopec.', (scan) => [
      mention(scan, 'Huaxin', 'person', 'surname'), mention(scan, 'Sany', 'person', 'surname'), mention(scan, 'Sinopec', 'firm', 'surname'),
    ])).toEqual(['Huaxin=person/surname/test', 'Sany=person/surname/test', 'Sinopec=firm/surname/test']);
    expect(listed('Huaxin, Sany with Sinopec.', (scan) => [
      mention(scan, 'Huaxin', 'person', 'surname'), mention(scan, 'Sany', 'person', 'surname'), mention(scan, 'Sinopec', 'firm'),
    ])).toEqual(['Huaxin=person/surname/test', 'Sany=person/surname/test', 'Sinopec=firm/named/test']);
  });

  it('joins by ", or", " or " and " & " too, and closes a list at its last member', () => {
    expect(listed('Sinopec, or Huaxin or Sany & Zoomlion. Later Xu came.', (scan) => [
      mention(scan, 'Sinopec', 'firm'), mention(scan, 'Huaxin', 'person', 'surname'), mention(scan, 'Sany', 'person', 'surname'),
      mention(scan, 'Zoomlion', 'person', 'surname'), mention(scan, 'Xu', 'person', 'surname'),
    ])).toEqual(['Sinopec=firm/named/test', 'Huaxin=firm/named/firm-in-list', 'Sany=firm/named/firm-in-list', 'Zoomlion=firm/named/firm-in-list', 'Xu=person/surname/test']);
  });

  it('leaves names of two words, names over 30 characters and non-surnames', () => {
    const long = 'Abcdefghijabcdefghijabcdefghija'; // 31 letters
    const thirty = long.slice(0, 30);
    expect(listed(`Sinopec, Li Wei, ${long}, ${thirty}, Zorb.`, (scan) => [
      mention(scan, 'Sinopec', 'firm'), mention(scan, 'Li Wei', 'person', 'surname'), mention(scan, long, 'person', 'surname'),
      { ...mention(scan, `${thirty},`, 'person', 'surname'), end: scan.text.indexOf(`${thirty},`) + 30, label: thirty },
      mention(scan, 'Zorb', 'person', 'named'),
    ])).toEqual(['Sinopec=firm/named/test', 'Li Wei=person/surname/test', `${long}=person/surname/test`, `${thirty}=firm/named/firm-in-list`, 'Zorb=person/named/test']);
  });

  it('reads the mentions in text order whatever order they were found in', () => {
    expect(listed('Huaxin, Sany, Sinopec.', (scan) => [
      mention(scan, 'Sany', 'person', 'surname'), mention(scan, 'Sinopec', 'firm'), mention(scan, 'Huaxin', 'person', 'surname'),
    ])).toEqual(['Sany=firm/named/firm-in-list', 'Sinopec=firm/named/test', 'Huaxin=firm/named/firm-in-list']);
  });
});

describe('names standing for a thing, a court or a place', () => {
  const kept = (text: string, surfaces: string[], type: ActorType = 'person', kind: MentionKind = 'named'): string[] => {
    const scan = scanOf(text);
    scan.mentions = surfaces.map((surface) => mention(scan, surface, type, kind));
    dropNamesAsAttributes(scan);
    return scan.mentions.map((m) => m.label);
  };

  it('drops a plural acronym, a court district with a state and a name cut at a saint', () => {
    expect(kept('The NGOs met.', ['NGOs'])).toEqual([]);
    expect(kept('The NGO met.', ['NGO'])).toEqual(['NGO']);
    expect(kept('The Ns met.', ['Ns'])).toEqual(['Ns']);
    expect(kept('In D. Mass. and N.D. Cal. and D.Mass and D. Zorb.', ['D. Mass', 'N.D. Cal', 'D.Mass', 'D. Zorb'])).toEqual(['D. Zorb']);
    expect(kept('In Sault Ste and Fort St and Paul St. John and St and Sault Ste. Marie.', ['Sault Ste', 'Fort St', 'Paul St. John', 'St', 'Sault Ste. Marie']))
      .toEqual(['Paul St. John', 'St']);
    expect(kept('Ste. Marie came.', ['Ste. Marie'])).toEqual(['Ste. Marie']);
    // The court pattern covers the whole name: a district and state and nothing around them.
    expect(kept('In D. Mass Smith and Zorb D. Mass.', ['D. Mass Smith', 'Zorb D. Mass'])).toEqual(['D. Mass Smith', 'Zorb D. Mass']);
  });

  it('drops one name before a lower-case thing noun, not two', () => {
    expect(kept('the Kemp-Kasten amendment and the Fulbright   programme', ['Kemp-Kasten', 'Fulbright'])).toEqual([]);
    expect(kept('the Helen Keller act, Kemp said, and Kemp Act', ['Helen Keller', 'Kemp'])).toEqual(['Helen Keller', 'Kemp']);
    expect(kept('the Kemp house', ['Kemp'])).toEqual(['Kemp']);
    // Only the word right after the name counts.
    expect(kept('Kemp’s act passed', ['Kemp'])).toEqual(['Kemp']);
    expect(kept('Kemp, the act', ['Kemp'])).toEqual(['Kemp']);
  });

  it('leaves lexicon names and other types', () => {
    expect(kept('The NGOs met.', ['NGOs'], 'person', 'lexicon')).toEqual(['NGOs']);
    expect(kept('The NGOs met.', ['NGOs'], 'organisation')).toEqual(['NGOs']);
  });
});

describe('functional districts', () => {
  // Data: body-name-words.json functionalDistrictWords ("Water", "Management", "School", "Air Quality").
  const districts = (text: string, runs: [number, number][]): [string[], string[]] => {
    const scan = scanOf(text);
    scan.runs = runs;
    typeFunctionalDistricts(scan);
    return [shown(scan), words(scan, scan.runs)];
  };

  it('names a district for what it runs, ending the run or its possessive first name', () => {
    expect(districts('South Valley Water Management District', [[0, 5]])).toEqual([['South Valley Water Management District=organisation/named/functional-district'], []]);
    expect(districts('Lincoln County School District’s Advisory Commission', [[0, 6]]))
      .toEqual([['Lincoln County School District=organisation/named/functional-district'], ['Advisory Commission']]);
    expect(districts('Bay Area Air Quality District', [[0, 5]])).toEqual([['Bay Area Air Quality District=organisation/named/functional-district'], []]);
    // A two-word class may open the run.
    expect(districts('Air Quality District', [[0, 3]])).toEqual([['Air Quality District=organisation/named/functional-district'], []]);
  });

  it('leaves place districts, a district inside a longer name and a two-word class cut by the run', () => {
    expect(districts('Khujand District', [[0, 2]])).toEqual([[], ['Khujand District']]);
    expect(districts('Water District Court', [[0, 3]])).toEqual([[], ['Water District Court']]);
    expect(districts('Khujand District Water District', [[0, 4]])).toEqual([[], ['Khujand District Water District']]);
    expect(districts('Air Quality District', [[1, 3]])).toEqual([[], ['Quality District']]);
    expect(districts('Zorb water District', [[0, 3]])).toEqual([[], ['Zorb water District']]);
    expect(districts('Water District', [[1, 2]])).toEqual([[], ['District']]);
  });

  it('skips "district" in lower case', () => {
    expect(districts('Water district Fire District', [[0, 4]])).toEqual([['Water district Fire District=organisation/named/functional-district'], []]);
  });
});

describe('military units after an ordinal', () => {
  // Data: body-name-words.json unitWords ("Wing", "Fleet", "Task Force", "Air Force").
  const units = (text: string, runs: [number, number][]): [string[], string[], boolean[]] => {
    const scan = scanOf(text);
    scan.runs = runs;
    scan.nameLike = scan.tokens.map(() => true);
    nameMilitaryUnits(scan);
    return [shown(scan), words(scan, scan.runs), scan.nameLike];
  };

  it('names the unit from its ordinal to its last unit word, leaving the rest of the run', () => {
    // the 97 th Air Refueling Wing Commander Smith
    // 0   1  2  3   4         5    6         7
    expect(units('the 97th Air Refueling Wing Commander Smith', [[3, 8]])).toEqual([
      ['97th Air Refueling Wing=organisation/named/military-unit'], ['Commander Smith'], [true, true, true, false, false, false, true, true],
    ]);
    expect(units('the 1st Task Force Alpha', [[3, 6]])[0]).toEqual(['1st Task Force=organisation/named/military-unit']);
    expect(units('the 1st Task Force Alpha', [[3, 6]])[1]).toEqual(['Alpha']);
    expect(units('the 2nd Zorb Blue Red Green Wing', [[3, 8]])[0]).toEqual(['2nd Zorb Blue Red Green Wing=organisation/named/military-unit']);
  });

  it('needs an ordinal glued to its number, a unit word within five words, no month and no lower-case word', () => {
    expect(units('the 2nd Zorb Blue Red Green Gold Wing', [[3, 9]])[1]).toEqual(['Zorb Blue Red Green Gold Wing']);
    expect(units('the 4th July Wing Commander', [[3, 6]])[1]).toEqual(['July Wing Commander']);
    expect(units('the 5th Fleet and Wing', [[3, 6]])[1]).toEqual(['Fleet and Wing']);
    expect(units('the 97 th Air Wing', [[3, 5]])[1]).toEqual(['Air Wing']);
    expect(units('the 97th, Air Wing', [[3, 5]])[1]).toEqual(['Air Wing']);
    expect(units('the 97nd Air Wing', [[3, 5]])[0]).toEqual(['97nd Air Wing=organisation/named/military-unit']);
    expect(units('the Xth Air Wing', [[2, 4]])[1]).toEqual(['Air Wing']);
    expect(units('Air Wing', [[0, 2]])[1]).toEqual(['Air Wing']);
    expect(units('the 5th Zorb', [[3, 4]])[1]).toEqual(['Zorb']);
  });
});
