/**
 * Rules added so the extractor carries over to texts it was not tuned on: wire datelines,
 * titles cut off by punctuation, the head cue word of "X of Y" names, abbreviated legal
 * forms, and credit lines and reference entries kept out of the body.
 */
import { describe, expect, it } from 'vitest';
import { buildLexiconIndex, tokenize } from '../../src/extract/recognise/index.ts';
import { isChineseName } from '../../src/extract/recognise/name-evidence.ts';
import { resolveActors, type LocatedMention } from '../../src/extract/resolve/index.ts';
import { classifyLine } from '../../src/extract/segment/index.ts';
import { smallLexicon } from '../fixtures/extract/small-lexicon.ts';
import { recogniseWith } from '../helpers/recognise-text.ts';

const lexicon = buildLexiconIndex({
  ...smallLexicon,
  organisationCueWords: [...smallLexicon.organisationCueWords, 'Commission', 'Mechanism', 'Division', 'Committee'],
  firmCueWords: [...smallLexicon.firmCueWords, 'Energy', 'Technologies', 'Corp', 'Consortium', 'Gas', 'Construction'],
});

function found(text: string): string[] {
  return recogniseWith(lexicon, text).mentions.map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.label}`);
}

describe('datelines', () => {
  it('does not take the filing city or agency of a wire dateline for an actor', () => {
    expect(found('BEIJING — Uzbek officials met the Chinese side.')).toEqual([
      'Uzbek=state:Uzbekistan', 'Chinese=state:China',
    ]);
    expect(found('ASTANA, June 17 (SWS) - China signed a treaty.')).toEqual(['China=state:China']);
  });

  it('keeps an all-capital acronym that opens an ordinary sentence', () => {
    expect(found('NATO said it would not comment.')).toContain('NATO=organisation:NATO');
  });
});

describe('titles', () => {
  it('does not let a title cut off by a comma title the next name', () => {
    expect(found('Back when Almazbek Atambayev was president, Moscow was openly cool on the line.')).toContain('Moscow=state:Russia');
  });

  it('keeps an abbreviated title with its full stop', () => {
    expect(found('He met Gen. Abdul Rahim Wardak in the city.')).toContain('Abdul Rahim Wardak=person:Abdul Rahim Wardak');
  });

  it('starts an organisation name after "of the" that follows a title', () => {
    expect(found('They met the President of the European Commission last week.')).toEqual([
      'European Commission=organisation:European Commission',
    ]);
  });
});

describe('cue words', () => {
  it('types "X of Y" by the cue word before "of"', () => {
    expect(found('The Ministry of Energy and the Ministry of Digital Technologies agreed.')).toEqual([
      'Ministry of Energy=organisation:Ministry of Energy',
      'Ministry of Digital Technologies=organisation:Ministry of Digital Technologies',
    ]);
    // A commercial bank: a development bank is a policy body, an organisation (recognise/passes/policy-banks.ts).
    expect(found('He joined the Savings Bank of Kazakhstan.')).toEqual([
      'Savings Bank of Kazakhstan=firm:Savings Bank of Kazakhstan',
    ]);
  });

  it('recognises consortia and mechanisms', () => {
    expect(found('Oil goes through the Caspian Pipeline Consortium terminal.')).toContain('Caspian Pipeline Consortium=firm:Caspian Pipeline Consortium');
    expect(found('They created the Quadrilateral Cooperation and Coordination Mechanism in 2016.')).toEqual([
      'Quadrilateral Cooperation and Coordination Mechanism=organisation:Quadrilateral Cooperation and Coordination Mechanism',
    ]);
  });
});

describe('abbreviated legal forms', () => {
  it('merges "Corp" with "Corporation"', () => {
    const at = (label: string, start: number): LocatedMention => ({ document: 0, passage: 0, start, end: start + label.length, label, type: 'firm', kind: 'named' });
    const actors = resolveActors([at('China National Petroleum Corporation', 0), at('China National Petroleum Corp', 50), at('China National Petroleum Corporation', 100)], [], lexicon);
    expect(actors.map((actor) => `${actor.label}:${actor.mentions.length}`)).toEqual(['China National Petroleum Corporation:3']);
  });
});

describe('boilerplate lines', () => {
  it.each([
    ['(Reporting by Marat Sultanbekov in Astana; Editing by Peter Hartley-Moss)', 'caption'],
    ['Additional reporting by Jane Roe', 'caption'],
    ['Shavkat Mirziyoyev and Xi Jinping at the welcome ceremony in Beijing. Photo: Xinhua / Li Xueren', 'caption'],
    ['Pirani, S. (2019). Central Asian Gas: Prospects for the 2020s. Oxford Institute for Energy Studies.', 'note'],
    ['Cooley, Alexander. 2012. Great Games, Local Rules. Oxford University Press.', 'note'],
    ['Dariga Omarova-Finch is a former diplomat and a visiting lecturer in Eurasian politics at the University of Edinburgh.', 'bio'],
    ['Reporting by officials was patchy, the ministry said, and nobody checked it.', 'body'],
    ['Smith, the minister, said in 2019 that talks would go on.', 'body'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line, false)).toBe(kind);
  });
});

describe('names without a title', () => {
  it('takes a Chinese surname with pinyin given names for a person', () => {
    expect(found('The idea was first mentioned by Xi Jinping during a speech.')).toEqual(['Xi Jinping=person:Xi Jinping']);
  });

  it('does not take an English word after a Chinese surname for a given name', () => {
    const words = (text: string) => tokenize(text, new Set([0]));
    expect(isChineseName(words('Wang Yi'))).toBe(true);
    expect(isChineseName(words('Li Forest'))).toBe(false);
    expect(isChineseName(words('Smith Jinping'))).toBe(false);
  });

  it('takes a regional given name before an unknown word for a person', () => {
    expect(found('The plan was backed by Nursultan Abishev at the time.')).toEqual(['Nursultan Abishev=person:Nursultan Abishev']);
  });

  it('keeps "von der" inside a name', () => {
    expect(found('They met Ursula von der Leyen.')).toEqual(['Ursula von der Leyen=person:Ursula von der Leyen']);
  });

  it('reads a title word after a known first name as the surname', () => {
    expect(found('It was founded by the businessman Erik Prince and later sold.')).toEqual(['Erik Prince=person:Erik Prince']);
  });
});

describe('firm-shaped single words and G20', () => {
  it('types brand-shaped words and industry compounds as firms', () => {
    expect(found('By 2002 it was installing cables for Kazakhtelecom, while QazaqGaz and StatCounter grew.')).toEqual([
      'Kazakhtelecom=firm:Kazakhtelecom', 'QazaqGaz=firm:QazaqGaz', 'StatCounter=firm:StatCounter',
    ]);
  });

  it('does not take surnames with Mc/De or short mixed-case abbreviations for firms', () => {
    expect(found('He met officials. MoUs were signed.').some((m) => m.startsWith('MoUs=firm'))).toBe(false);
    expect(found('The historian McDonald wrote it.').some((m) => m.endsWith(':firm'))).toBe(false);
  });

  it('keeps a capital letter with a number as one name, not a glued footnote', () => {
    const withG20 = buildLexiconIndex({
      ...smallLexicon,
      knownOrganisations: [...smallLexicon.knownOrganisations, { name: 'Group of Twenty', acronyms: ['G20', 'G-20'], aliases: [], type: 'organisation' }],
    });
    const text = 'China spoke through the G20 about debt. The G-20 agreed.';
    const result = recogniseWith(withG20, text);
    expect(result.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.label}`)).toEqual(['China=China', 'G20=Group of Twenty', 'G-20=Group of Twenty']);
  });
});

describe('industry words, facilities, units and foreign acronyms', () => {
  it('does not take an industry noun heading an "of" phrase for a firm', () => {
    expect(found('It joined the Initiative (BRI).7 Construction of the Kazakh section began in 2014.').some((m) => m.includes('Construction'))).toBe(false);
  });

  it('does not take a pipeline named after what it carries for a firm', () => {
    expect(found('Yet the Trans-Caspian Gas Pipeline remains on paper, like the TAPI line.')).toEqual([]);
  });

  it('keeps a unit’s ordinal number in its name', () => {
    expect(found('The Russian 201st Motor Rifle Division stayed.')).toContain('201st Motor Rifle Division=organisation:201st Motor Rifle Division');
  });

  it('lets a cue-word name define an acronym whose letters come from another language', () => {
    const text = 'He headed the State Committee for National Security (GKNB) then.';
    const result = recogniseWith(lexicon, text);
    expect(result.acronyms).toContainEqual({ acronym: 'GKNB', label: 'State Committee for National Security', type: 'organisation' });
  });
});

describe('lists, products and domain names', () => {
  const withFirms = buildLexiconIndex({
    ...smallLexicon,
    knownOrganisations: [...smallLexicon.knownOrganisations,
      { name: 'Sinopec', acronyms: [], aliases: [], type: 'firm' }, { name: 'Boeing', acronyms: [], aliases: [], type: 'firm' }],
    organisationCueWords: [...smallLexicon.organisationCueWords, 'Service'],
  });
  const find = (text: string): string[] => {
    return recogniseWith(withFirms, text).mentions
      .map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.kind}`);
  };

  it('types unknown single words listed with a firm as firms', () => {
    expect(find('The companies in the region like Huaxin, Sany, Sinopec and Huawei grew.')).toEqual([
      'Huaxin=firm:named', 'Sany=firm:named', 'Sinopec=firm:lexicon', 'Huawei=firm:lexicon',
    ]);
  });

  it('leaves a lone unknown word next to one firm unconfirmed', () => {
    expect(find('Beyond Huaxin, it was Sinopec.')).toContain('Huaxin=person:surname');
  });

  it('takes a foreign name listed after a person for a person', () => {
    expect(find('The cell produced the hijackers Mohammed Atta and Ziad Jarrah.')).toEqual([
      'Mohammed Atta=person:named', 'Ziad Jarrah=person:named',
    ]);
  });

  it('does not count a maker named in a product model', () => {
    expect(find('The loan paid for three Boeing 787-8 planes.')).toEqual([]);
    expect(find('Boeing said it would deliver.')).toEqual(['Boeing=firm:lexicon']);
  });

  it('reads a web company’s domain name as one firm', () => {
    expect(find('Russian firms such as Mail.Ru have grown.')).toEqual(['Mail.Ru=firm:named']);
  });

  it('types an organisation-cued name followed by "airline" as a firm', () => {
    expect(find('It bought a share of the Travel Service airline group.')).toEqual(['Travel Service=firm:named']);
  });
});

describe('first names and domains', () => {
  it('takes a lone name joined to a personal pronoun for a person', () => {
    expect(found('Many thanks to her and Jennet for all their work.')).toEqual(['Jennet=person:Jennet']);
  });

  it('merges "Amazon.com" with "Amazon" but keeps a country domain in the name', () => {
    const at = (label: string, start: number): LocatedMention => ({ document: 0, passage: 0, start, end: start + label.length, label, type: 'firm', kind: 'lexicon' });
    const actors = resolveActors([at('Amazon', 0), at('Amazon', 20), at('Amazon.com', 40), at('Mail.Ru', 80)], [], lexicon);
    expect(actors.map((actor) => actor.mentions.length).sort()).toEqual([1, 3]);
    expect(actors.find((actor) => actor.mentions.length === 1)?.label).toBe('Mail.Ru');
  });
});

describe('appositions and national subsidiaries', () => {
  it('takes a foreign name set off by commas after a relation noun for a person', () => {
    expect(found('His co-conspirator, Saajid Badat, had backed out.')).toEqual(['Saajid Badat=person:Saajid Badat']);
  });

  it('reads a firm’s name followed by a country as the firm’s national arm', () => {
    expect(found('By 2017 AliExpress Russia, a joint venture, had grown.')).toEqual(['AliExpress Russia=firm:AliExpress Russia']);
    expect(found('AliExpress sells in Russia.')).toEqual(['AliExpress=firm:AliExpress', 'Russia=state:Russia']);
  });
});
