/**
 * "the Extraordinary Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation
 * Organization", "the Meeting of the Council of Heads of State of the SCO in Tashkent": an event named after
 * the organ that holds it is a thing, but the organ after "of (the)" is a body (issue 12, class 4: long
 * organ names). Nouns as data: lexicon/organ-events.json.
 */
import organEvents from '../../lexicon/organ-events.json' with { type: 'json' };
import type { Scan } from '../scan.ts';
import { normaliseWord, type Token } from '../tokens.ts';

const EVENT_HEADS = new Set(organEvents.eventHeads.map(normaliseWord));
const ORGAN_HEADS = new Set(organEvents.organHeads.map(normaliseWord));
/** Capitalised words that may stand before the organ's head ("Executive Committee", "Joint Ministerial Commission"). */
const MAX_ORGAN_MODIFIERS = 2;

/** A capitalised meeting noun ("Meeting", "Session", "Summit"). */
export function isEventHead(token: Token | undefined): boolean {
  return token !== undefined && token.capitalised && EVENT_HEADS.has(token.key);
}

/** True when "of" or "of the" (lower case) links an event to what follows. */
export function isEventLink(between: readonly Token[]): boolean {
  const keys = between.map((token) => (token.capitalised ? '' : token.key)).join(' ');
  return keys === 'of' || keys === 'of the';
}

/**
 * Tokens [from, runEnd) open with an organ: up to two capitalised words, then an organ noun followed by
 * "of …" or ending the run ("Council of Heads of State …", "Executive Committee").
 */
export function opensOrgan(scan: Scan, from: number, runEnd: number): boolean {
  const { tokens } = scan;
  for (let head = from; head < Math.min(runEnd, from + MAX_ORGAN_MODIFIERS + 1); head++) {
    const token = tokens[head] as Token;
    if (!token.capitalised) return false;
    const next = tokens[head + 1];
    if (ORGAN_HEADS.has(token.key) && (head + 1 === runEnd || (next !== undefined && next.key === 'of' && !next.capitalised))) return true;
  }
  return false;
}

/** The organ's tokens [from, runEnd) inside one run named for one of its meetings; undefined when the run is no such event. */
export function organOfEvent(scan: Scan, runStart: number, runEnd: number): [number, number] | undefined {
  const { tokens } = scan;
  for (let i = runStart; i + 2 < runEnd; i++) {
    if (!isEventHead(tokens[i])) continue;
    const link = (tokens[i + 2] as Token).key === 'the' && !(tokens[i + 2] as Token).capitalised ? 2 : 1;
    const organStart = i + 1 + link;
    if (organStart < runEnd && isEventLink(tokens.slice(i + 1, organStart)) && opensOrgan(scan, organStart, runEnd)) return [organStart, runEnd];
    return undefined;
  }
  return undefined;
}
