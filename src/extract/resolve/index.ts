export { GUESSING_RULES, resolveActors, type Actor, type LocatedMention, type ResolveChecks } from './resolve.ts';
export { labelKey } from './keys.ts';
export { commonWordsAmong } from './common-words.ts';
export { capitalActsAsGovernment, capitalPlaceUse, PLACE_USE_REASONS, type PlaceUseReason } from './capital-use.ts';
export { statePlaceUse, statesNamedIn, type StatePlaceUse } from './state-place-uses.ts';
export { LOWERCASE_PHRASE_RULE, ordinaryPhraseOf, phrasesWrittenLowerCase } from './lowercase-phrases.ts';
export { scanCorpusWords, type CorpusWordUse } from './corpus-words.ts';
