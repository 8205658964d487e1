/**
 * An event named like a body (issue 12, class 7): "7th ASEF Rectors Conference & Students Forum", "launch an annual
 * Investor Forum", "the 2024 Leaders Summit", "the Third Ministerial Meeting". A name headed by an event word (forum,
 * conference, summit, meeting … : kind-words.json `eventHeads`) with an ordinal, a year or a word of recurrence
 * ("annual", "inaugural", "first" … : `eventTimeWords`) at its start or right before it names one sitting of a
 * meeting, not a standing body: dropped (reason `numbered-event`). Kept: the same head without a number ("Boao Forum",
 * "Conference on Disarmament"), "Congress" and "Convention" (not event heads here: "the 118th Congress" is Congress),
 * and lexicon entries.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const NUMBERED_EVENT_RULE = 'numbered-event';

const EVENT_HEADS: ReadonlySet<string> = new Set(kinds.eventHeads);
/** Event words that also head standing bodies ("General Assembly"). */
const BODY_EVENT_HEADS: ReadonlySet<string> = new Set(['assembly']);
const TIME = String.raw`(?:\d{4}|\d{1,3}(?:st|nd|rd|th|d)|${kinds.eventTimeWords.join('|')})`;
const TIME_AT_START = new RegExp(String.raw`^${TIME}[\s-]`, 'i');
/** The time word right before the name, after an article or a possessive at most: "an annual", "the 2024", "ASEM’s 14th". */
const TIME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${TIME}\s+$`, 'iu');

export function isNumberedEvent(text: string, mention: CandidateMention): boolean {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.rule === 'lexicon' || mention.kind === 'lexicon') return false;
  // An event word ends the name ("… Heads of Government Meeting") or heads it before its complement ("29th General
  // Assembly of the …"). "Assembly" also names standing bodies, so at the end it counts only as the head: the "Third
  // Committee of the … General Assembly" is a committee.
  const last = /(\p{L}+)\s*$/u.exec(mention.label)?.[1]?.toLowerCase();
  const head = /(\p{L}+)\s*$/u.exec(mention.label.split(/\s+(?:of|for|on)\s+/)[0] ?? '')?.[1]?.toLowerCase();
  const eventHead = (last !== undefined && EVENT_HEADS.has(last) && !BODY_EVENT_HEADS.has(last)) || (head !== undefined && EVENT_HEADS.has(head));
  if (!eventHead) return false;
  return TIME_AT_START.test(mention.label) || TIME_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start));
}

export function dropNumberedEvents(scan: Scan): void {
  const dropped = new Set(scan.mentions.filter((mention) => isNumberedEvent(scan.text, mention)).map((mention) => mention.label));
  scan.mentions = scan.mentions.filter((mention) => !isNumberedEvent(scan.text, mention));
  voidDefinitions(scan, dropped);
}
