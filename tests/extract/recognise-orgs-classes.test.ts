/**
 * Organisation and firm error classes of issue 12 (branch i12-orgs), with hand-written sentences (none from any
 * corpus) over the real general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules.
 */
import { describe, expect, it } from 'vitest';
import { ruledSurfaces as rulesOf, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

describe('an open "of/for" name goes on through "in"/"against" and ordinary words', () => {
  it('keeps "Group of States against Corruption" and "… for Young Scholars in Science" whole', () => {
    expect(rulesOf('The Group of States against Corruption reported on Monday.')).toEqual(['Group of States against Corruption=open-complement']);
    expect(surfaces('She founded the Center for Young Scholars in Science last year.')).toEqual(['Center for Young Scholars in Science=organisation']);
  });

  it('goes on through "and the" once continued', () => {
    expect(surfaces('He joined the Coalition for Women in Energy and the Environment.'))
      .toEqual(['Coalition for Women in Energy and the Environment=organisation']);
  });

  it('stops before a place or a state', () => {
    expect(surfaces('He works at the Institute of Oriental Studies in Tashkent.')).toEqual(['Institute of Oriental Studies=organisation']);
    expect(surfaces('The Ministry of Foreign Affairs in Astana said so.')).toEqual(['Ministry of Foreign Affairs=organisation']);
  });
});

describe('a university of a place keeps its campus', () => {
  it('joins the campus after a comma or "at"', () => {
    expect(rulesOf('He studied at the University of Nebraska, Kearney. She taught at the University of Texas at El Paso.'))
      .toEqual(['University of Nebraska, Kearney=campus-name', 'University of Texas at El Paso=campus-name']);
  });

  it('does not join the next university of a list', () => {
    expect(surfaces('He studied at the University of Chicago, Oxford and Yale.')[0]).toBe('University of Chicago=organisation');
  });
});

describe('a lower-case "affairs" closes an office\'s portfolio', () => {
  it('keeps "Office of Andean and Caribbean affairs" whole', () => {
    expect(rulesOf('She led the Office of Andean and Caribbean affairs until 2020.')).toEqual(['Office of Andean and Caribbean affairs=portfolio-tail']);
  });
});

describe('a plural body word after ordinary words is a category of bodies', () => {
  it('makes no actor of "Historically Black Colleges and Universities" or "Tribal Colleges"', () => {
    expect(surfaces('Grants went to Historically Black Colleges and Universities and to Tribal Colleges.')).toEqual([]);
  });
});

describe('a body’s possessive before another body’s "of/for" name ends the first name', () => {
  it('splits "X School’s Institute of …" and "the Department’s Office for …"', () => {
    const found = surfaces('He is a fellow at the Brenbury Law School’s Institute of Politics and the Department’s Office for Civil Rights.');
    expect(found).toContain('Brenbury Law School=organisation');
    expect(found).toContain('Institute of Politics=organisation');
    expect(found).toContain('Office for Civil Rights=organisation');
  });

  it('keeps a common noun’s possessive inside a body’s name', () => {
    expect(surfaces('He studied at Women’s University.')).toEqual(['Women’s University=organisation']);
  });
});

describe('headline verbs end a name', () => {
  it('cuts "… Updates its List" and "X Announces His …"', () => {
    expect(surfaces('Department of Commerce Updates its Entity List. Biden Announces His Plan.')).toEqual(['Department of Commerce=organisation', 'Biden=person']);
  });
});

describe('operations and exercises are things', () => {
  it('makes no actor of "Operation …" or "Exercise …"', () => {
    expect(surfaces('Operation Sharp Guard began. Exercise Steppe Eagle ended.')).toEqual([]);
  });
});

describe('public bodies with firm cue words are organisations', () => {
  it('types a "Corporation for …" as an organisation', () => {
    expect(surfaces('He served the Corporation for National and Community Service.')).toEqual(['Corporation for National and Community Service=organisation']);
  });

  it('types a region’s bank for reconstruction and development as an organisation', () => {
    expect(surfaces('The Eurasian Bank for Reconstruction and Development lent money.')).toEqual(['Eurasian Bank for Reconstruction and Development=organisation']);
  });

  it('makes no firm of a demonym before industry words', () => {
    expect(surfaces('An Indian Financial firm grew.')).toEqual([]);
  });
});

describe('well-known firms and agencies with no cue word come from the lexicon', () => {
  it('finds airlines, a consultancy and a federal agency', () => {
    expect(surfaces('Passengers on Delta Air Lines and Air Canada met Accenture staff and U.S. Customs and Border Protection officers.'))
      .toEqual(expect.arrayContaining(['Delta Air Lines=firm', 'Air Canada=firm', 'Accenture=firm', 'U.S. Customs and Border Protection=organisation']));
  });
});

describe('invisible characters inside a name', () => {
  it('joins words across a word joiner after a hyphen', () => {
    // One span across the joiner; a president's administration counts under its state (passes/thing-shapes.ts).
    expect(surfaces('The Biden-\u2060Harris Administration said so.')).toEqual(['Biden-\u2060Harris Administration=state']);
  });
});

describe('groups, banks and known bodies typed by what they are', () => {
  it('types a group named by its members (plural agent noun) as an organisation, a surname’s group as a firm', () => {
    expect(surfaces('India sought entry to the Nuclear Suppliers Group.')).toEqual(['India=state', 'Nuclear Suppliers Group=organisation']);
    expect(surfaces('He joined the Halvorsen Rogers Group in 2010.')).toEqual(['Halvorsen Rogers Group=firm']);
  });

  it('types a body whose only firm cue belongs to a known organisation as an organisation', () => {
    expect(surfaces('She chaired the Gender Violence Task Force of the World Bank.')).toEqual(['Gender Violence Task Force of the World Bank=organisation']);
  });

  it('types a food bank as an organisation', () => {
    expect(surfaces('He thanked volunteers at the Brenbury Food Bank.')).toEqual(['Brenbury Food Bank=organisation']);
  });
});

describe('two known bodies are not one name', () => {
  it('does not bridge "United Nations on the World Bank"', () => {
    expect(surfaces('Officials worked with the United Nations on the World Bank’s transfer.')).toEqual(['United Nations=organisation', 'World Bank=organisation']);
  });

  it('still bridges a body "of" a state', () => {
    expect(surfaces('The report came from the Associated Press of Pakistan.')).toEqual(['Associated Press of Pakistan=organisation']);
  });
});

describe('"Co-" is a prefix, not a legal form', () => {
  it('makes no firm of "EU Co-Chairs"', () => {
    expect(surfaces('The EU Co-Chairs welcomed leaders.')).toEqual(['EU=organisation']);
  });
});

describe('an office named after its holder', () => {
  it('takes the person from "Office of Senator …"', () => {
    expect(rulesOf('She was a fellow in the Office of Senator Mara Quillfeather.')).toEqual(['Mara Quillfeather=title-person']);
  });
});

describe('a centre of a university with a name of its own', () => {
  it('splits "X College Center of Excellence for …" into two bodies', () => {
    expect(surfaces('She directs the Brenbury College Center of Excellence for Rural Health.'))
      .toEqual(['Brenbury College=organisation', 'Center of Excellence for Rural Health=organisation']);
  });

  it('keeps a university’s school whole', () => {
    expect(surfaces('He studied at the Brenbury University School of Law.')).toEqual(['Brenbury University School of Law=organisation']);
  });
});

describe('"General" opening a body’s name', () => {
  it('keeps "General Administration of Customs" whole', () => {
    expect(surfaces('Officials of the General Administration of Customs came.')).toEqual(['General Administration of Customs=organisation']);
  });
});

describe('things the lexicon knows are not actors', () => {
  it('makes no actor of an address, a virus or a missile', () => {
    expect(surfaces('They spoke of threats to the State of the Union, of RSV cases and of AMRAAM missiles.')).toEqual([]);
  });
});

describe('more public bodies with firm cue words', () => {
  it('types a region’s trade and development bank and a "Group for …" as organisations', () => {
    expect(surfaces('The Black Sea Trade and Development Bank lent money.')).toEqual(['Black Sea Trade and Development Bank=organisation']);
    expect(surfaces('The Consultative Group for Tropical Seed Research met.')).toEqual(['Consultative Group for Tropical Seed Research=organisation']);
  });

  it('knows "Ernst and Young" as one firm', () => {
    expect(surfaces('He worked at Ernst and Young.')).toEqual(['Ernst and Young=firm']);
  });
});

describe('a degree "from" a body', () => {
  it('does not swallow the university after a degree', () => {
    expect(surfaces('She holds a Bachelor of Science in Civil Engineering from the University of Vermont.')).toContain('University of Vermont=organisation');
  });
});

describe('a known firm’s group', () => {
  it('types "Volkswagen Group" as a firm', () => {
    expect(surfaces('Automakers such as the Volkswagen Group agreed.')).toContain('Volkswagen Group=firm');
  });
});
