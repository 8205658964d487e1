import { lookup, phraseReach } from '../lexicon-lookup.ts';
import { emit, type Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

/** Phrases written lower-case in the lexicon ("al-Qaeda") are matched outside capitalised runs. */
export function matchLowercaseLexiconPhrases(scan: Scan): void {
  const { tokens, nameLike } = scan;
  const lexicon = scan.context.lexicon;
  if (lexicon.lowercaseFirst.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.capitalised || !lexicon.firstTokens.has(token.key)) continue;
    for (let end = phraseReach(tokens, i, Math.min(tokens.length, i + lexicon.maxPhraseTokens), lexicon); end > i + 1; end--) {
      const hit = lookup(tokens, i, end, lexicon);
      if (hit?.kind !== 'actor') continue;
      emit(scan, i, end - 1, 'lexicon', hit.type, 'lexicon-lowercase', hit.label);
      for (let j = i; j < end; j++) nameLike[j] = false;
      i = end - 1;
      break;
    }
  }
}
