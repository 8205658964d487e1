/**
 * A capital ("Brussels") recognised as its state where the text uses it as a place or in another
 * name: the assembly leaves such mentions out, and the per-document step leaves them out of the
 * relations it classifies ahead, so both see the same sentence.
 */
import { phraseKey, type LexiconIndex } from './recognise/index.ts';
import { capitalActsAsGovernment } from './resolve/capital-use.ts';
import type { CandidateMention } from './types.ts';

export function isCapitalAsPlace(text: string, mention: CandidateMention, lexicon: LexiconIndex): boolean {
  if (mention.kind !== 'lexicon' || mention.type !== 'state') return false;
  if (lexicon.phrases.get(phraseKey(text.slice(mention.start, mention.end)))?.kind !== 'capital') return false;
  return !capitalActsAsGovernment(text, mention.start, mention.end);
}
