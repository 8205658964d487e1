export { buildLexiconIndex, phraseKey, type LexiconData, type LexiconIndex, type LexiconHit } from './lexicon-index.ts';
export { recognisePassage, type RecogniseContext, type PassageRecognition } from './recognise.ts';
export { lowercaseVocabulary } from './text-patterns.ts';
export { tokenize, normaliseWord, type Token } from './tokens.ts';
