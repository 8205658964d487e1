/**
 * "the Association of Chinese Entrepreneurs in Uzbekistan", "the Union of Journalists in Kazakhstan": a body of
 * members (an association, union, society …, data `lexicon/organ-events.json` `memberBodyHeads`) named "of" a kind of
 * people goes on through "in" and the state or capital they are in (issue 12, class 4: names with lower-case tails).
 * Not other bodies: "the Institute of Oriental Studies in Tashkent" stays two (passes/extend-body-names.ts); not a
 * name the lexicon knows ("Association of Southeast Asian Nations in Jakarta"). Rule `members-in-place`.
 */
import organEvents from '../../lexicon/organ-events.json' with { type: 'json' };
import { lookup } from '../lexicon-lookup.ts';
import type { Scan } from '../scan.ts';
import { joinable, normaliseWord, type Token } from '../tokens.ts';

const MEMBER_BODY_HEADS = new Set(organEvents.memberBodyHeads.map(normaliseWord));
/** Plural nouns for kinds of people: "Entrepreneurs", "Investors", "Journalists", "Businessmen", "Employees". */
const PEOPLE_PLURAL = /(?:ers|eurs|ors|ists|ians|ents|ants|men|ees)$/;
/** The place after "in": a state or a capital, by name, in at most this many words. */
const MAX_PLACE_WORDS = 3;

export function joinMembersInPlace(scan: Scan): void {
  const runs: [number, number][] = [];
  for (const run of scan.runs) {
    const previous = runs[runs.length - 1];
    if (previous && membersInPlace(scan, previous, run)) {
      for (let i = previous[1]; i <= run[0]; i++) scan.extensions.set(i, 'members-in-place');
      previous[1] = run[1];
    } else runs.push([run[0], run[1]]);
  }
  scan.runs = runs;
}

function membersInPlace(scan: Scan, left: [number, number], right: [number, number]): boolean {
  const { tokens, context } = scan;
  const connector = tokens[left[1]] as Token;
  if (right[0] !== left[1] + 1 || connector.key !== 'in' || connector.capitalised || !joinable(connector.gap) || !joinable((tokens[right[0]] as Token).gap)) return false;
  if (right[1] - right[0] > MAX_PLACE_WORDS) return false;
  const place = lookup(tokens, right[0], right[1], context.lexicon);
  if (!place || !((place.kind === 'actor' && place.type === 'state') || place.kind === 'capital')) return false;
  if (lookup(tokens, left[0], left[1], context.lexicon)?.kind === 'actor') return false;
  const last = tokens[left[1] - 1] as Token;
  if (!last.capitalised || !PEOPLE_PLURAL.test(last.key)) return false;
  for (let i = left[0]; i + 1 < left[1]; i++) {
    const head = tokens[i] as Token;
    const of = tokens[i + 1] as Token;
    if (MEMBER_BODY_HEADS.has(head.key) && head.capitalised && of.key === 'of' && !of.capitalised) return true;
  }
  return false;
}
