/**
 * General world knowledge the extractor relies on, kept as data (the JSON files
 * beside this module) so that linguistic knowledge stays apart from the engine.
 *
 * Everything here is general: every sovereign state, well-known international
 * bodies, common title and cue words, world places. Nothing is fitted to any
 * particular corpus. Entries are whole surface forms, matched case-sensitively
 * by the pipeline ("US" the state, not "us" the pronoun).
 *
 * Browser-safe: plain JSON imports, no fs, so the pipeline can run in a worker.
 */
import countriesData from './countries.json' with { type: 'json' };
import organisationsData from './organisations.json' with { type: 'json' };
import regionalBodiesData from './regional-bodies.json' with { type: 'json' };
import titlesData from './titles.json' with { type: 'json' };
import cueWordsData from './cue-words.json' with { type: 'json' };
import placesData from './places.json' with { type: 'json' };
import nonActorWordsData from './non-actor-words.json' with { type: 'json' };

export interface CountryEntry {
  /** Common English short name, used as the canonical label ("China", "United States"). */
  name: string;
  /** Official names, abbreviations, spelling variants and metonyms ("PRC", "Kremlin"). */
  aliases: string[];
  /** Capitals (current and well-known alternative spellings) used metonymically for the government. */
  capitals: string[];
  /** Adjective and people forms ("Chinese", "Kazakhstani", "Uzbeks"); the pipeline decides by context whether one names the state. */
  demonyms: string[];
  /** A state that no longer exists (Soviet Union, Yugoslavia...). */
  historical?: boolean;
}

export interface KnownOrganisation {
  /** Fullest common name, used as the canonical label. */
  name: string;
  /** Acronyms and initialisms ("SCO", "CNPC"); each maps to exactly one entry. */
  acronyms: string[];
  /** Other names and spelling variants (Organisation/Organization, former names). */
  aliases: string[];
  type: 'organisation' | 'firm';
}

interface CueWordsFile {
  organisationCueWords: string[];
  firmCueWords: string[];
}

function toCountry(raw: { name: string; aliases: string[]; capitals: string[]; demonyms: string[]; historical?: boolean }): CountryEntry {
  const entry: CountryEntry = { name: raw.name, aliases: raw.aliases, capitals: raw.capitals, demonyms: raw.demonyms };
  if (raw.historical === true) entry.historical = true;
  return entry;
}

function toOrganisation(raw: { name: string; acronyms: string[]; aliases: string[]; type: string }): KnownOrganisation {
  if (raw.type !== 'organisation' && raw.type !== 'firm') {
    throw new Error(`lexicon/organisations.json: "${raw.name}" has unknown type "${raw.type}"`);
  }
  return { name: raw.name, acronyms: raw.acronyms, aliases: raw.aliases, type: raw.type };
}

/** Every sovereign state (UN members, observers, Taiwan, Kosovo) plus notable historical states. */
export const countries: CountryEntry[] = countriesData.map(toCountry);

/** Intergovernmental bodies, state agencies, militant groups, media outlets, think tanks, universities and large firms. */
// regional-bodies.json: Central Asian news outlets and state enterprises, kept apart so the main list stays one file per kind.
export const knownOrganisations: KnownOrganisation[] = [...organisationsData, ...regionalBodiesData].map(toOrganisation);

/** Honorifics and office words that may precede a person's name ("President", "Dr."), longest first. */
export const personTitles: string[] = titlesData;

/** Head words that make a capitalised phrase an organisation ("Ministry", "Institute"). */
export const organisationCueWords: string[] = (cueWordsData as CueWordsFile).organisationCueWords;

/** Head words and legal suffixes that make a capitalised phrase a firm ("Corporation", "Ltd", "Bank"). */
export const firmCueWords: string[] = (cueWordsData as CueWordsFile).firmCueWords;

/** Regions, provinces, cities, seas, rivers and mountains: places, never actors. */
export const nonActorPlaces: string[] = placesData;

/** Capitalised words that are never actors: months, weekdays, diseases, religions, ethnic group nouns, events, currencies. */
export const nonActorWords: string[] = nonActorWordsData;
