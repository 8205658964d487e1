/**
 * A name cut off where the text stops (issue 12, class 4; i12-classes2): a page excerpt or a broken paste that ends
 * mid-word ("… Department for Communication, Computer Syst"). A body's or firm's name of two words or more that ends
 * exactly where its passage ends, in a passage with no closing punctuation, whose last word is no English word
 * (english-words.ts) and no lexicon entry, is a fragment: dropped (reason `cut-name`). Kept: names closed by a stop,
 * names whose last word is a word ("… Talco Gold"), persons (a surname is rarely an English word) and lexicon entries.
 */
import type { CandidateMention } from '../../types.ts';
import { isEnglishWord } from '../english-words.ts';
import { exactKey, isCaseSensitive, phraseKey } from '../lexicon-index.ts';
import type { Scan } from '../scan.ts';

/** Why a mention was dropped, for reports and tests. */
export const CUT_NAME_RULE = 'cut-name';

export function isCutName(scan: Scan, mention: CandidateMention): boolean {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind === 'lexicon' || mention.rule === 'lexicon') return false;
  const words = mention.label.split(/\s+/);
  if (words.length < 2) return false;
  const text = scan.text.trimEnd();
  if (mention.end !== text.length || /[.!?…"”’)\]]$/u.test(text)) return false;
  const last = words[words.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || isEnglishWord(last.toLowerCase())) return false;
  return scan.context.lexicon.phrases.get(isCaseSensitive(last) ? exactKey(last) : phraseKey(last)) === undefined;
}

export function dropCutNames(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => !isCutName(scan, mention));
}
