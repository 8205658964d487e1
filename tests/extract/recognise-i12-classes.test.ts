/**
 * Error classes named after the spent fresh entity set (issue 12, i12-classes): hand-written
 * passages, expected mentions worked out by hand from the rules described in src/extract/README.md.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText, typedSurfaces } from '../helpers/recognise-text.ts';

describe('all-capitals datelines', () => {
  it('a city in capitals before a region, a date or a dash is no actor; the agency and acronyms after it are', () => {
    expect(typedSurfaces('BISHKEK, Kyrgyzstan – The CSTO office was closed.')).toEqual(['CSTO=organisation']);
    expect(typedSurfaces('ASHGABAT. Nov 3 (Interfax) - CNPC is ready to help Turkmenistan.')).toEqual([
      'Interfax=organisation', 'CNPC=firm', 'Turkmenistan=state',
    ]);
    expect(typedSurfaces('TASHKENT, Uzbekistan, October 9. The NATO envoy met officials.')).toEqual(['NATO=organisation']);
    // An agency the lexicon does not know names no actor there.
    expect(typedSurfaces('ASTANA, June 17 (SWS) - The NATO envoy met officials.')).toEqual(['NATO=organisation']);
  });

  it('an acronym opening a sentence that is no dateline is still recognised', () => {
    expect(typedSurfaces('CSTO, the Moscow-led bloc, met in Minsk.')).toContain('CSTO=organisation');
  });
});

describe('earlier names beside the current one (former-name)', () => {
  const labelled = (text: string): string[] =>
    recogniseText(text).map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.label}${m.rule === 'former-name' ? ' (former-name)' : ''}`);

  it('", formerly the …" and "(formerly …)" give the earlier name the current one\'s label', () => {
    expect(labelled('CITIC Group, formerly the China International Trust and Investment Corporation, is a state-owned firm.')).toEqual([
      'CITIC Group=firm:CITIC Group',
      'China International Trust and Investment Corporation=firm:CITIC Group (former-name)',
    ]);
    expect(labelled('The Kazakh Development Agency (formerly Kazyna Capital Corporation) said so.')).toEqual([
      'Kazakh Development Agency=organisation:Kazakh Development Agency',
      'Kazyna Capital Corporation=organisation:Kazakh Development Agency (former-name)',
    ]);
  });

  it('"(now …)" gives the earlier name before it the current one\'s label; other words between leave both alone', () => {
    expect(labelled('The Turkestan Investment Corporation (now the Turan Development Agency) met.')).toEqual([
      'Turkestan Investment Corporation=organisation:Turan Development Agency (former-name)',
      'Turan Development Agency=organisation:Turan Development Agency',
    ]);
    expect(labelled('The Turkestan Investment Corporation and the Turan Development Agency met.')).toEqual([
      'Turkestan Investment Corporation=firm:Turkestan Investment Corporation',
      'Turan Development Agency=organisation:Turan Development Agency',
    ]);
  });
});

describe('the organ holding a meeting (organ-of-event)', () => {
  it('names the council after "Meeting of the", through its lower-case "of the" tails', () => {
    expect(typedSurfaces('The Extraordinary Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held in New York.')).toEqual([
      'Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization=organisation',
    ]);
    expect(typedSurfaces('Before the Meeting of the Council of Heads of State of the SCO in Tashkent, ministers met.')).toEqual([
      'Council of Heads of State of the SCO=organisation',
    ]);
  });

  it('a meeting of no organ, or a summit named otherwise, is still a thing', () => {
    expect(typedSurfaces('The G20 Summit was held in Osaka.')).toEqual(['G20=organisation']);
    expect(typedSurfaces('The Annual Meeting of Experts on Water was held.')).toEqual([]);
  });
});

describe('cue words that belong to a known name, and museums', () => {
  it('a known body opening a run keeps its cue word; the person after it is apart', () => {
    const surfaces = typedSurfaces('Secretary-General of the Association of Southeast Asian Nations Le Luong Minh and Executive Director Gong Jianwei came.');
    expect(surfaces).toContain('Association of Southeast Asian Nations=organisation');
    expect(surfaces.some((surface) => surface.startsWith('Association of Southeast Asian Nations '))).toBe(false);
  });

  it('a museum is a body', () => {
    expect(typedSurfaces('A ship is displayed at the Museum of Aral Fishermen in the town.')).toEqual(['Museum of Aral Fishermen=organisation']);
  });
});

describe('a body of members named with the state it is in (members-in-place)', () => {
  it('goes on through "in" and a state after a kind of people', () => {
    expect(typedSurfaces('He chairs the Association of Chinese Entrepreneurs in Uzbekistan, he said.')).toEqual([
      'Association of Chinese Entrepreneurs in Uzbekistan=organisation',
    ]);
  });

  it('stops before "in" for other bodies, for a known name and after a word that names no people', () => {
    expect(typedSurfaces('He joined the Institute of Oriental Studies in Uzbekistan.')).toEqual(['Institute of Oriental Studies=organisation', 'Uzbekistan=state']);
    expect(typedSurfaces('He chairs the Union of Chambers of Commerce in Uzbekistan.')).toEqual(['Union of Chambers of Commerce=organisation', 'Uzbekistan=state']);
  });
});
