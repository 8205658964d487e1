/**
 * What src/extract/recognise/run/recognise-run.ts makes of one capitalised run, branch by branch, over the real
 * general-knowledge lexicon and hand-written sentences (none from any corpus). The run is given by its words and
 * recognised alone (no other pass runs), so each expected mention is what that branch's comment says.
 * "Zorb" and "Brenbury" are made-up words no list knows. Written against the mutation survivors of issue 18.
 */
import { describe, expect, it } from 'vitest';
import { recogniseRun } from '../../src/extract/recognise/run/recognise-run.ts';
import { scanRun } from '../helpers/recognise-scan.ts';

/** The mentions recogniseRun makes of `run` (its first occurrence in `text`), as "surface=type:label:rule". */
function mentionsOfRun(text: string, run: string): string[] {
  const { scan, from, to } = scanRun(text, run);
  recogniseRun(scan, from, to);
  return scan.mentions.map((mention) => `${text.slice(mention.start, mention.end)}=${mention.type}:${mention.label}:${mention.rule}`);
}

const types = (text: string, run: string): string[] => mentionsOfRun(text, run).map((mention) => mention.replace(/:[^:]*:[^:]*$/, ''));

describe('things and bodies with no name', () => {
  it('emits only the known actors of a thing and nothing for a generic body or a facility centre', () => {
    expect(types('The European Union Treaty held.', 'European Union Treaty')).toEqual(['European Union=organisation']);
    expect(mentionsOfRun('The Steering Committee met.', 'Steering Committee')).toEqual([]);
    expect(mentionsOfRun('The Operations Center met.', 'Operations Center')).toEqual([]);
  });
});

describe('a state\'s missions and bodies', () => {
  it('counts an embassy and a legation under their state', () => {
    expect(mentionsOfRun('The Chinese Embassy said so.', 'Chinese Embassy')).toEqual(['Chinese=state:China:state-body']);
    expect(mentionsOfRun('The China Embassy said so.', 'China Embassy')).toEqual(['China=state:China:state-body']);
    // A mission word that is no cue word ("legation", "chancery") stands for its state all the same.
    expect(mentionsOfRun('He visited the Chinese Legation in Paris.', 'Chinese Legation')).toEqual(['Chinese=state:China:state-body']);
    expect(mentionsOfRun('He visited the Zorb Legation.', 'Zorb Legation')).toEqual([]);
  });

  it('takes a state word before a known organisation\'s full name for that organisation', () => {
    expect(mentionsOfRun('The Chinese People’s Liberation Army Navy said so.', 'Chinese People’s Liberation Army Navy'))
      .toEqual(['People’s Liberation Army=organisation:People\'s Liberation Army:lexicon']);
    expect(mentionsOfRun('The Kyrgyz Security Council said so.', 'Kyrgyz Security Council'))
      .toEqual(['Kyrgyz Security Council=organisation:Kyrgyz Security Council:cue-organisation']);
  });
});

describe('offices, titles and persons inside a run', () => {
  it('takes the holder of "Office of Senator …" and keeps an office with a portfolio', () => {
    expect(mentionsOfRun('The Office of Senator Robert Menendez said so.', 'Office of Senator Robert Menendez'))
      .toEqual(['Robert Menendez=person:Robert Menendez:title-person']);
    expect(types('The Office of the Vice President for Research said so.', 'Office of the Vice President for Research'))
      .toEqual(['Office of the Vice President for Research=organisation']);
    expect(types('The Office of the Spokesperson said so.', 'Office of the Spokesperson')).toEqual(['Office of the Spokesperson=organisation']);
  });

  it('finds the body after a title and "of"', () => {
    expect(types('The Member of the Board of Directors of the Tennessee Valley Authority said so.', 'Member of the Board of Directors of the Tennessee Valley Authority'))
      .toEqual(['Tennessee Valley Authority=organisation']);
    expect(types('The U.S. Director of the African Development Bank said so.', 'U.S. Director of the African Development Bank'))
      .toEqual(['U.S.=state', 'African Development Bank=organisation']);
  });

  it('splits a body from a title and name after it, and a person from the body after "of"', () => {
    expect(types('The Zorb Institute Director Jane Zorb said so.', 'Zorb Institute Director Jane Zorb'))
      .toEqual(['Zorb Institute=organisation', 'Jane Zorb=person']);
    expect(types('Zorb Yorb of the Zorb Institute said so.', 'Zorb Yorb of the Zorb Institute')).toEqual(['Zorb Yorb=person', 'Zorb Institute=organisation']);
    expect(types('Key Members for the Zorb Institute said so.', 'Key Members for the Zorb Institute')).toEqual(['Zorb Institute=organisation']);
  });

  it('keeps a title word that heads a body\'s name', () => {
    expect(types('The General Assembly met.', 'General Assembly')).toEqual(['General Assembly=organisation']);
  });

  it('takes a name with a middle initial for a person, unless a cue word ends it', () => {
    expect(types('Dana L. Banks said so.', 'Dana L. Banks')).toEqual(['Dana L. Banks=person']);
    expect(types('The Jack D. Hughston Foundation paid.', 'Jack D. Hughston Foundation')).toEqual(['Jack D. Hughston Foundation=organisation']);
  });
});

describe('universities, industries, facilities and units', () => {
  it('splits a university from a centre with a name of its own', () => {
    expect(types('Brenbury College Center of Excellence for Energy met.', 'Brenbury College Center of Excellence for Energy'))
      .toEqual(['Brenbury College=organisation', 'Center of Excellence for Energy=organisation']);
    expect(types('Brenbury College Center for Energy met.', 'Brenbury College Center for Energy'))
      .toEqual(['Brenbury College=organisation', 'Center for Energy=organisation']);
    expect(types('The University Center of Excellence for Energy met.', 'University Center of Excellence for Energy'))
      .toEqual(['University Center of Excellence for Energy=organisation']);
    // A name that opens with "University" is one body, whatever centre it goes on to name.
    expect(types('The University College Center of Excellence for Energy met.', 'University College Center of Excellence for Energy'))
      .toEqual(['University College Center of Excellence for Energy=organisation']);
  });

  it('takes no firm from an industry noun heading an "of" phrase, only what follows', () => {
    expect(mentionsOfRun('Construction of the Kyrgyz Parliament began.', 'Construction of the Kyrgyz Parliament'))
      .toEqual(['Kyrgyz Parliament=organisation:Parliament of Kyrgyzstan:state-body']);
    expect(types('Construction Zorb Company began.', 'Construction Zorb Company')).toEqual(['Construction Zorb Company=firm']);
  });

  it('takes no firm from a facility named after what it carries', () => {
    expect(mentionsOfRun('The Trans-Caspian Gas Pipeline opened.', 'Trans-Caspian Gas Pipeline')).toEqual([]);
    expect(types('The Trans-Caspian Gas Company opened.', 'Trans-Caspian Gas Company')).toEqual(['Trans-Caspian Gas Company=firm']);
  });

  it('puts an ordinal number into a unit\'s name', () => {
    expect(types('The Russian 201st Motor Rifle Division moved.', 'Motor Rifle Division')).toEqual(['201st Motor Rifle Division=organisation']);
    expect(types('The Russian Motor Rifle Division moved.', 'Motor Rifle Division')).toEqual(['Motor Rifle Division=organisation']);
  });
});

describe('firm or organisation', () => {
  it('types a cue-word name followed by "company" as a firm', () => {
    expect(types('The Zorb Institute company grew.', 'Zorb Institute')).toEqual(['Zorb Institute=firm']);
    expect(types('The Zorb Institute grew.', 'Zorb Institute')).toEqual(['Zorb Institute=organisation']);
  });

  it('types a public corporation and a public bank as organisations', () => {
    expect(types('The Corporation for Zorb paid.', 'Corporation for Zorb')).toEqual(['Corporation for Zorb=organisation']);
    expect(types('The Zorb Corporation paid.', 'Zorb Corporation')).toEqual(['Zorb Corporation=firm']);
    expect(types('The Bank of the Bahamas paid.', 'Bank of the Bahamas')).toEqual(['Bank of the Bahamas=organisation']);
    expect(types('The Zorb Contact Group met.', 'Zorb Contact Group')).toEqual(['Zorb Contact Group=organisation']);
  });

  it('takes no firm from industry words alone, and defines their acronym as no actor', () => {
    expect(mentionsOfRun('Clean Energy grew.', 'Clean Energy')).toEqual([]);
    expect(types('Samruk Energy grew.', 'Samruk Energy')).toEqual(['Samruk Energy=firm']);
  });
});
