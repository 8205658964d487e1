/**
 * A department named by its function or its region is an inner desk of a ministry or a body, not an actor of its own
 * (issue 12, class 7; set 1's and set 2's annotation rule; i12-classes2): "Legal Department", "State Protocol
 * Department", "Personnel and Educational Institutions Department", "Department for Communication", "Department for
 * Foreign Policy Analysis and Strategy", "Department for Europe", "Department for the USA and Americas", "the
 * Foundation's Central Asia Office". A name headed by a desk word (non-actor-heads.json `deskHeads`: department,
 * division, office …) whose naming part is made only of function words (`deskWords`, split at "and" and commas) or of
 * region words and states (`regionWords`, the lexicon's states) is dropped (reason `function-department`). Kept:
 * departments named after a policy field ("Department of Energy", "Department for International Development"),
 * "State Department", "Foreign Office", a name with another body's cue word in it ("Legal Department of the Ministry
 * of …") and lexicon entries.
 */
import heads from '../../lexicon/non-actor-heads.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { exactKey, isCaseSensitive, phraseKey } from '../lexicon-index.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const FUNCTION_DEPARTMENT_RULE = 'function-department';

const DESK_HEADS: ReadonlySet<string> = new Set(heads.deskHeads);
const DESK_WORDS: ReadonlySet<string> = new Set(heads.deskWords);
const REGION_WORDS: ReadonlySet<string> = new Set(heads.regionWords);

/** The words that name the department: after "Department for/of (the)", or before a closing "Department". */
function namingPart(words: readonly string[]): string[] | undefined {
  const first = words[0]?.toLowerCase() ?? '';
  const second = words[1]?.toLowerCase() ?? '';
  if (DESK_HEADS.has(first) && (second === 'for' || second === 'of')) return words.slice(2);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length >= 2 && DESK_HEADS.has(last)) return words.slice(0, -1);
  return undefined;
}

function isState(scan: Scan, word: string): boolean {
  const hit = scan.context.lexicon.phrases.get(isCaseSensitive(word) ? exactKey(word) : phraseKey(word));
  return hit?.kind === 'actor' && hit.type === 'state';
}

export function isFunctionDepartment(scan: Scan, mention: CandidateMention): boolean {
  if (mention.type !== 'organisation' || mention.kind === 'lexicon' || mention.rule === 'lexicon') return false;
  const words = mention.label.replace(/[,’']/g, ' ').split(/\s+/).filter(Boolean);
  const naming = namingPart(words);
  if (naming === undefined || naming.length === 0) return false;
  const { organisationCues } = scan.context.lexicon;
  if (naming.some((word) => organisationCues.has(word.toLowerCase()) && !DESK_HEADS.has(word.toLowerCase()))) return false;
  const content = naming.filter((word) => !/^(?:the|and|&)$/i.test(word));
  if (content.length === 0) return false;
  if (content.every((word) => REGION_WORDS.has(word.toLowerCase()) || isState(scan, word))) return true;
  const parts = naming.join(' ').toLowerCase().replace(/^the\s+/, '').split(/\s*(?:,|\band\b|&)\s*/).map((part) => part.replace(/^the\s+/, '')).filter(Boolean);
  // "Personnel and Educational Institutions" is one desk word as a whole, and also parts of it.
  const whole = naming.join(' ').toLowerCase().replace(/^the\s+/, '');
  return DESK_WORDS.has(whole) || parts.every((part) => DESK_WORDS.has(part));
}

export function dropFunctionDepartments(scan: Scan): void {
  const dropped = new Set(scan.mentions.filter((mention) => isFunctionDepartment(scan, mention)).map((mention) => mention.label));
  if (dropped.size === 0) return;
  scan.mentions = scan.mentions.filter((mention) => !isFunctionDepartment(scan, mention));
  voidDefinitions(scan, dropped);
}
