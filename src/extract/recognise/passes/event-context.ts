/**
 * A forum, congress, exhibition or summit the sentence treats as a sitting (issue 12, class 7; i12-classes2): "noted
 * at the recent St. Petersburg International Economic Forum", "said at the World Energy Congress in Rome", "on the
 * sidelines of the Iran Expo". A name ending in an event head (non-actor-heads.json `eventHeads`) right after a phrase
 * that places someone at an event (`eventContextBefore`: "at the", "during the", "on the sidelines of the" …, with an
 * optional "recent", "annual", "last year's" …) names the event, no actor: dropped (reason `event-in-context`). An event
 * with an ordinal or a year is numbered-events.ts's. Kept: lexicon entries ("World Economic Forum", "National People's
 * Congress"), names whose event word is not the last ("Conference on Disarmament") and the same name elsewhere
 * without such a phrase.
 */
import heads from '../../lexicon/non-actor-heads.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const EVENT_IN_CONTEXT_RULE = 'event-in-context';

const EVENT_HEADS: ReadonlySet<string> = new Set(heads.eventHeads);
const contexts = [...heads.eventContextBefore].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/\s+/g, '\\s+')).join('|');
/** "at the recent ", "during the annual ", "on the sidelines of the 2019 ": the phrase, then at most two modifiers. */
const CONTEXT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${contexts})\s+(?:(?:recent|annual|latest|last|next|upcoming|this|that|year['’]s|[\p{Ll}]+['’]s)\s+){0,2}$`, 'iu');

export function isEventInContext(scan: Scan, mention: CandidateMention): boolean {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind === 'lexicon' || mention.rule === 'lexicon') return false;
  const last = /(\p{L}+)\s*$/u.exec(mention.label)?.[1]?.toLowerCase();
  if (last === undefined || !EVENT_HEADS.has(last)) return false;
  return CONTEXT_BEFORE.test(scan.text.slice(Math.max(0, mention.start - 60), mention.start));
}

export function dropEventsInContext(scan: Scan): void {
  const dropped = new Set(scan.mentions.filter((mention) => isEventInContext(scan, mention)).map((mention) => mention.label));
  if (dropped.size === 0) return;
  scan.mentions = scan.mentions.filter((mention) => !isEventInContext(scan, mention));
  voidDefinitions(scan, dropped);
}
