export { buildLexiconIndex, phraseKey, type LexiconData, type LexiconIndex, type LexiconHit } from './lexicon-index.ts';
export { recognisePassage, lowercaseVocabulary, type RecogniseContext, type PassageRecognition } from './recognise.ts';
export { tokenize, normaliseWord, type Token } from './tokens.ts';
