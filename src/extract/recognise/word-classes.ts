/**
 * Word knowledge borrowed from compromise's lexicon (no tagging, just Map look-ups):
 * whether a word is an ordinary English word, a first name, or a surname.
 */
import nlp from 'compromise';

type Tags = string | string[];
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

const NAME_TAGS = new Set([
  'ProperNoun', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Place', 'Country', 'City', 'Region',
  'Organization', 'Demonym', 'Honorific', 'Acronym', 'Possessive',
]);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective', 'Uncountable', 'Actor']);

function tagsOf(word: string): string[] {
  const tags = Object.prototype.hasOwnProperty.call(compromiseLexicon, word) ? compromiseLexicon[word] : undefined;
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

/** An ordinary English word (known to compromise and not as a name). */
export function isCommonWord(key: string): boolean {
  const tags = tagsOf(key);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag));
}

export function isFirstName(key: string): boolean {
  return tagsOf(key).some((tag) => FIRST_NAME_TAGS.has(tag));
}

export function isLastName(key: string): boolean {
  return tagsOf(key).includes('LastName');
}

/** Unknown words count as noun-like: callers use this to stay on the safe side. */
export function isNounLike(key: string): boolean {
  const tags = tagsOf(key);
  return tags.length === 0 || tags.some((tag) => NOUN_TAGS.has(tag));
}

export function isAdjective(key: string): boolean {
  return tagsOf(key).includes('Adjective');
}

/** A place name in compromise's lexicon ("Asia", "Africa", "Europe"). */
export function isPlaceName(key: string): boolean {
  return tagsOf(key).some((tag) => tag === 'Place' || tag === 'Region' || tag === 'Country' || tag === 'City');
}
