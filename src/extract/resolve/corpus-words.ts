/**
 * The two questions resolution asks of the whole corpus — which lone words the texts also write in lower case
 * (common-words.ts) and which ordinary phrases they write in lower case as often as with capitals
 * (lowercase-phrases.ts) — answered in one walk over the texts. The phrases resolution will ask about are known only
 * once mentions are grouped, so the walk counts every mention's or author's label that could become one (a
 * superset); a phrase outside it (a label made in resolution) is counted when asked, so the answer never depends
 * on the guess.
 */
import type { LocatedMention } from './groups.ts';
import { LowerCaseUses } from './common-words.ts';
import { ordinaryPhraseOfLabel, PhraseCases, phrasesWrittenLowerCase } from './lowercase-phrases.ts';
import { GUESSING_RULES } from './resolve.ts';

export interface CorpusWordUse {
  /** Lone names and words of guessed names that the texts also write in lower case (resolveActors' `commonWords`). */
  readonly commonWords: ReadonlySet<string>;
  /** Which of `phrases` the texts write in lower case (ResolveChecks.writtenLowerCase). */
  writtenLowerCase(phrases: ReadonlySet<string>): ReadonlySet<string>;
}

export function scanCorpusWords(texts: readonly string[], mentions: readonly LocatedMention[], authors: readonly string[]): CorpusWordUse {
  const words = new Set<string>();
  const phrases = new Set<string>();
  for (const mention of mentions) {
    if (!mention.label.includes(' ')) words.add(mention.label.toLowerCase());
    else if (mention.rule !== undefined && GUESSING_RULES.has(mention.rule)) for (const word of mention.label.toLowerCase().split(/\s+/)) words.add(word);
    const phrase = ordinaryPhraseOfLabel(mention.label);
    if (phrase !== undefined) phrases.add(phrase);
  }
  for (const author of authors) {
    const phrase = ordinaryPhraseOfLabel(author);
    if (phrase !== undefined) phrases.add(phrase);
  }
  const uses = new LowerCaseUses(words);
  const cases = new PhraseCases(phrases);
  for (const text of texts) {
    uses.count(text);
    cases.count(text);
  }
  const lowerCase = cases.writtenLowerCase();
  return {
    commonWords: uses.commonWords(),
    writtenLowerCase: (asked) => {
      const unscanned = new Set([...asked].filter((phrase) => !phrases.has(phrase)));
      const alsoLowerCase = unscanned.size > 0 ? phrasesWrittenLowerCase(unscanned, texts) : new Set<string>();
      return new Set([...asked].filter((phrase) => lowerCase.has(phrase) || alsoLowerCase.has(phrase)));
    },
  };
}
