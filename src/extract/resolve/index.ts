export { GUESSING_RULES, resolveActors, type Actor, type LocatedMention } from './resolve.ts';
export { labelKey } from './keys.ts';
export { commonWordsAmong } from './common-words.ts';
export { capitalActsAsGovernment } from './capital-use.ts';
