/**
 * A firm candidate of two words or more, all common English words (lexicon/english-words.json), with no legal
 * form or other strong firm cue, that opens with an adjective of kind ("Natural Resources", "Regional Energy",
 * "Environmental Engineering", "Digital Public Infrastructure", "Federal Disability Insurance"), or one with a
 * plural firm noun ("Shell Companies"), or one of firm cue words alone ("Bank Group"): a field, a
 * portfolio, a product class or a headline, not a firm (issue 12, class 12). Industry words ("Energy",
 * "Resources") are weak cues: only a name-like word, a legal form or a list of firms makes such a phrase a firm.
 * Kept: lexicon entries ("General Motors"), names a list of firms vouches for ("International Power" among
 * firms), and a place-name adjective ("Pacific Basin Shipping"). The dropped mention records nothing; the rule
 * that made it shows as spurious no more in `npm run eval`.
 */
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { isEnglishWord } from '../english-words.ts';
import { WEAK_FIRM_CUES } from '../rules.ts';
import { isPlaceName } from '../word-classes.ts';

/** Rules whose evidence is a list or a firm's officer around the name, not the name's words. */
const VOUCHING_RULES: ReadonlySet<string> = new Set(['firm-list', 'firm-in-list', 'list-neighbour', 'firm-officer', 'partnership-firm', 'national-subsidiary']);
/** Endings of English adjectives of kind ("natural", "genetic", "regional", "budgetary", "legislative"). */
const KIND_ADJECTIVE = /(?:al|ic|ary|ive)$/;

export function dropOrdinaryWordFirms(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => {
    if (mention.type !== 'firm' || mention.kind === 'lexicon' || mention.rule === 'lexicon' || VOUCHING_RULES.has(mention.rule ?? '')) return true;
    const from = scan.tokens.findIndex((token) => token.start === mention.start);
    const to = from < 0 ? -1 : scan.tokens.findIndex((token, index) => index >= from && token.end >= mention.end);
    if (from < 0 || to <= from) return true;
    return !isOrdinaryKindPhrase(scan, scan.tokens.slice(from, to + 1));
  });
}

/** Plural firm nouns: "Shell Companies", "Certain Companies of …" name a kind of firms, not one. */
const PLURAL_FIRM_NOUNS: ReadonlySet<string> = new Set(['companies', 'corporations', 'firms']);

function isOrdinaryKindPhrase(scan: Scan, words: readonly Token[]): boolean {
  if (words.some((word) => PLURAL_FIRM_NOUNS.has(word.key))) return true;
  // "Bank Group", "Investment Holding Company": firm cue words and nothing else name no firm.
  if (words.every((word) => scan.context.lexicon.firmCues.has(word.key) || WEAK_FIRM_CUES.has(word.key))) return true;
  const first = words[0] as Token;
  if (!KIND_ADJECTIVE.test(first.key) || isPlaceName(first.key)) return false;
  const strongCue = (word: Token): boolean => scan.context.lexicon.firmCues.has(word.key) && !WEAK_FIRM_CUES.has(word.key);
  return words.every((word) => word.capitalised && !word.allCaps && !strongCue(word) && isEnglishWord(word.key));
}
