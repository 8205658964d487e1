/**
 * A plural body word shared by a list names one body per item (rule `distributed-head`):
 * - before the list: "the Departments of Labor, Energy, and Veterans Affairs" → Department of Labor, Department of
 *   Energy, Department of Veterans Affairs;
 * - after it: "the Ford and Rockefeller Foundations" → Ford Foundation, Rockefeller Foundation; a chamber on the first
 *   item is every item's ("the Senate Armed Services and Judiciary Committees" → Senate Judiciary Committee), and
 *   committees are shared out only with their chamber named (else they are organs of no named body).
 * Each item is emitted with the singular body's full name as its label; the list's tokens leave the runs, so no other
 * rule reads "Ford" as a firm or "Labor, Energy" as words. Items must be short capitalised phrases naming no state,
 * place, person, title or body of their own; anything else leaves the sentence to the other passes.
 */
import { lookup } from '../lexicon-lookup.ts';
import { emit, type Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';
import { isFirstName } from '../word-classes.ts';
import { CHAMBER_WORDS, ORGAN_HEADS, PLURAL_HEADS, PORTFOLIO_CUES } from '../body-name-words.ts';

type Item = [number, number];

/** More words than this in one item is a clause, not a name. */
const MAX_ITEM_WORDS = 4;
const LIST_GAP = /^,?[ \t]*$/;
const WORD_GAP = /^[ \t]*$|^-$/;

export function distributeSharedHeads(scan: Scan): void {
  const { tokens } = scan;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const singular = token.capitalised ? PLURAL_HEADS.get(token.key) : undefined;
    if (singular === undefined) continue;
    const distributed = headBeforeList(scan, index, singular) ?? headAfterList(scan, index, singular);
    if (distributed === undefined) continue;
    consume(scan, distributed.from, distributed.to);
    index = distributed.to - 1;
  }
}

/** "Departments of Labor, Energy, and Veterans Affairs": the head, "of/for" (the), then a closed list. */
function headBeforeList(scan: Scan, head: number, singular: string): { from: number; to: number } | undefined {
  const { tokens } = scan;
  const connector = tokens[head + 1];
  // "Centers for Disease Control and Prevention", "Centers for Faith-Based and Neighborhood Partnerships": after "for" a
  // plural is one name written for many offices; after "of" it shares out ("Ministries of Finance and Trade").
  if (!connector || connector.capitalised || connector.key !== 'of' || !WORD_GAP.test(connector.gap)) return undefined;
  const first = tokens[head + 2]?.key === 'the' && !(tokens[head + 2] as Token).capitalised ? head + 3 : head + 2;
  const items = listFrom(scan, first);
  if (items === undefined) return undefined;
  const whole = lookup(tokens, head, (items[items.length - 1] as Item)[1], scan.context.lexicon);
  if (whole !== undefined && whole.kind === 'actor') return undefined;
  for (const [from, to] of items) {
    emit(scan, from, to - 1, 'named', 'organisation', 'distributed-head', `${singular} ${connector.key} ${textOf(scan, from, to)}`);
  }
  return { from: head, to: (items[items.length - 1] as Item)[1] };
}

/** "Ford and Rockefeller Foundations", "Senate Armed Services, Judiciary and Ethics Committees": a closed list, then the head. */
function headAfterList(scan: Scan, head: number, singular: string): { from: number; to: number } | undefined {
  const { tokens } = scan;
  if (head === 0 || !(tokens[head - 1] as Token).capitalised || !WORD_GAP.test((tokens[head] as Token).gap)) return undefined;
  const items = listBefore(scan, head);
  if (items === undefined) return undefined;
  const [firstFrom, firstTo] = items[0] as Item;
  const chamber = firstTo - firstFrom >= 2 && CHAMBER_WORDS.has((tokens[firstFrom] as Token).key) &&
    items.slice(1).every(([from]) => !CHAMBER_WORDS.has((tokens[from] as Token).key)) ? (tokens[firstFrom] as Token).text : undefined;
  // "the Appropriations, Rules, and Ethics Committees": organs of a body the list does not name are no one's in particular.
  if (ORGAN_HEADS.has((tokens[head] as Token).key) && chamber === undefined) return undefined;
  items.forEach(([from, to], i) => {
    const prefix = chamber !== undefined && i > 0 ? `${chamber} ` : '';
    const last = i === items.length - 1;
    emit(scan, from, last ? head : to - 1, 'named', 'organisation', 'distributed-head', `${prefix}${textOf(scan, from, to)} ${singular}`);
  });
  return { from: firstFrom, to: head + 1 };
}

/**
 * A list closed by "and" starting at token `from`: items split at commas; the last after ", and" (serial comma) or,
 * without one, after the last "and". Returns undefined unless every item is a plain name.
 */
function listFrom(scan: Scan, from: number): Item[] | undefined {
  const { tokens } = scan;
  const segments: Item[] = [];
  let start = from;
  let index = from;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    const boundary = index > start && /^,[ \t]*$/.test(token.gap);
    if (boundary) {
      segments.push([start, index]);
      start = index;
    } else if (index > start && !WORD_GAP.test(token.gap)) break;
    if (!token.capitalised && token.key !== 'and') break;
    index++;
  }
  if (index > start) segments.push([start, index]);
  return splitLastItem(scan, segments);
}

/** The same list read backwards from the token before the head: "Ford and Rockefeller | Foundations". */
function listBefore(scan: Scan, head: number): Item[] | undefined {
  const { tokens } = scan;
  const segments: Item[] = [];
  let end = head;
  let index = head - 1;
  while (index >= 0) {
    const token = tokens[index] as Token;
    if (!token.capitalised && token.key !== 'and') break;
    const gap = token.gap;
    if (/^,[ \t]*$/.test(gap)) {
      segments.unshift([index, end]);
      end = index;
    } else if (!WORD_GAP.test(gap) || index === 0) {
      segments.unshift([index, end]);
      end = index;
      break;
    }
    index--;
  }
  if (index >= 0 && end > index + 1) segments.unshift([index + 1, end]);
  // A leading lower-case "and" belongs to no item: the list starts at its first capitalised word.
  const first = segments[0];
  if (first && !(tokens[first[0]] as Token).capitalised) return undefined;
  return splitLastItem(scan, segments);
}

function splitLastItem(scan: Scan, segments: Item[]): Item[] | undefined {
  const { tokens } = scan;
  const last = segments[segments.length - 1];
  if (last === undefined) return undefined;
  const items = segments.slice(0, -1);
  const lastFirst = tokens[last[0]] as Token;
  if (!lastFirst.capitalised && lastFirst.key === 'and') {
    if (items.length < 2) return undefined;
    items.push([last[0] + 1, last[1]]);
  } else {
    let and = -1;
    for (let i = last[1] - 1; i > last[0]; i--) if ((tokens[i] as Token).key === 'and' && !(tokens[i] as Token).capitalised) { and = i; break; }
    if (and < 0) return undefined;
    items.push([last[0], and], [and + 1, last[1]]);
  }
  return items.every((item) => isPlainItem(scan, item)) ? items : undefined;
}

/** "Labor", "Veterans Affairs", "Health and Human Services": a short capitalised name of no state, place, person or body. */
function isPlainItem(scan: Scan, [from, to]: Item): boolean {
  const { tokens, context } = scan;
  const words = tokens.slice(from, to);
  if (words.length === 0 || words.length > MAX_ITEM_WORDS || !(words[0] as Token).capitalised || !(words[words.length - 1] as Token).capitalised) return false;
  if (words.some((token) => !token.capitalised && token.key !== 'and')) return false;
  const whole = lookup(tokens, from, to, context.lexicon);
  if (whole !== undefined && whole.kind !== 'not-actor' && (whole.kind !== 'actor' || whole.type === 'state')) return false;
  return words.every((token, i) => {
    if (!token.capitalised) return true;
    const hit = lookup(tokens, from + i, from + i + 1, context.lexicon);
    const placeOrState = hit !== undefined && (hit.kind === 'capital' || hit.kind === 'demonym' || hit.kind === 'title' || (hit.kind === 'actor' && hit.type === 'state'));
    // "Senate Banking": a chamber opens an item; "Health and Human Services", "Armed Services": a portfolio, not a body.
    const bodyWord = context.lexicon.organisationCues.has(token.key) && !PORTFOLIO_CUES.has(token.key) && !(i === 0 && CHAMBER_WORDS.has(token.key));
    return !placeOrState && !bodyWord &&
      !PLURAL_HEADS.has(token.key) && !(i === 0 && words.length >= 2 && isFirstName(token.key));
  });
}

function textOf(scan: Scan, from: number, to: number): string {
  return scan.text.slice((scan.tokens[from] as Token).start, (scan.tokens[to - 1] as Token).end);
}

/** The list is read: its tokens are no other rule's name. Runs over it are cut at its edges. */
function consume(scan: Scan, from: number, to: number): void {
  for (let i = from; i < to; i++) scan.nameLike[i] = false;
  const runs: [number, number][] = [];
  for (const [start, end] of scan.runs) {
    if (end <= from || start >= to) runs.push([start, end]);
    else {
      if (start < from) runs.push([start, from]);
      if (end > to) runs.push([to, end]);
    }
  }
  scan.runs = runs;
}
