/**
 * A one-word name in quotes with a firm noun right before or after it is a firm (issue 12, class 12; i12-classes2):
 * the Finnish company "Metso", “Itochu” company, a survey by "Norwest" company, "Golomt" bank, "KOPEC" company. Press releases and
 * translated news quote firm names this way; the quotes keep described-kinds.ts (which reads a noun right before a
 * bare name) from seeing the noun. An unconfirmed mention (or one the run passes typed otherwise, not a lexicon entry)
 * becomes a named firm (rule `quoted-firm`). Firm nouns are kind-words.json `firmNouns`.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

const FIRM_NOUNS = [...kinds.firmNouns].sort((a, b) => b.length - a.length).map((noun) => noun.replace(/\s+/g, '\\s+')).join('|');
const OPEN = `["“‘«]`;
const CLOSE = `[,.]?["”’»]`;
/** "company "", "the Finnish company “": a firm noun, then the opening quote. */
const NOUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${FIRM_NOUNS})s?\s+${OPEN}$`, 'iu');
/** "” company", "" bank": the closing quote, then a firm noun. */
const NOUN_AFTER = new RegExp(String.raw`^${CLOSE}\s+(?:${FIRM_NOUNS})\b`, 'iu');
const QUOTE_BEFORE = new RegExp(`${OPEN}$`, 'u');
const QUOTE_AFTER = new RegExp(`^${CLOSE}`, 'u');

export function isQuotedFirm(scan: Scan, mention: CandidateMention): boolean {
  // An acronym nothing defines may be quoted as a firm too ("KOPEC" company); a defined or known one keeps its meaning.
  if (mention.kind === 'lexicon' || mention.rule === 'lexicon' || mention.type === 'state') return false;
  if (mention.kind === 'acronym' && (mention.rule !== 'acronym-undefined' || scan.acronyms.some((definition) => definition.acronym === mention.label))) return false;
  if (/\s/.test(mention.label)) return false;
  const before = scan.text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = scan.text.slice(mention.end, mention.end + 30);
  if (!QUOTE_BEFORE.test(before) || !QUOTE_AFTER.test(after)) return false;
  return NOUN_BEFORE.test(before) || NOUN_AFTER.test(after);
}

export function typeQuotedFirms(scan: Scan): void {
  for (const mention of scan.mentions) {
    if (!isQuotedFirm(scan, mention)) continue;
    mention.kind = 'named';
    mention.type = 'firm';
    mention.rule = 'quoted-firm';
  }
}
