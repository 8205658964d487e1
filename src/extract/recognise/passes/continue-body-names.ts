/**
 * Continues an organisation's run where the run finder stops at a comma or at "to", when the name plainly goes on:
 * - "Bureau of Trade, Labor, and Housing", "Office of Ports, the Western Rivers and Canals": an "of/for/on/to"
 *   complement that is a list of ordinary words or places closed by "and" (rule `listed-complement`);
 * - "Committee to Protect Farmers", "Fund to Fight Rickets": a body named for its purpose, "to" and a verb
 *   (rule `purpose-complement`);
 * - "U.S. Mission to the African Union", "Delegation to NATO": a mission to a known body or state (rule `mission-to`).
 * Each extension records its rule in `scan.extensions`; the organisation rule that types the run reports it and
 * keeps the whole run as the name (run/office-names.ts).
 */
import { hasCue, lookup } from '../lexicon-lookup.ts';
import type { RuleId } from '../rule-ids.ts';
import type { Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { isFirstName, isPlaceName } from '../word-classes.ts';
import { MISSION_WORDS, PURPOSE_VERBS } from '../body-name-words.ts';
import { isOfficeOfTitle } from '../run/office-names.ts';
import { hasOpenComplement, type ComplementShape } from '../open-complement.ts';

/** "Bureau of Trade, Labor, and Housing", "Fund to Fight Rickets": "to" opens a listed complement too. */
const LISTED_COMPLEMENT: ComplementShape = { connectors: new Set(['of', 'for', 'on', 'to']), endsInWordPart: false };
/** More than this many words in one list item is a clause, not part of a name. */
const MAX_ITEM_WORDS = 4;

export function continueBodyNames(scan: Scan): void {
  const runs: [number, number][] = [];
  for (let index = 0; index < scan.runs.length; index++) {
    const run = scan.runs[index] as [number, number];
    const previous = runs[runs.length - 1];
    const rule = previous ? joiningRule(scan, previous, run) : undefined;
    if (previous && rule) joinRuns(scan, previous, run, rule);
    else runs.push([run[0], run[1]]);
    const current = runs[runs.length - 1] as [number, number];
    const listEnd = closedListEnd(scan, current, index);
    for (let next = index + 1; next <= listEnd; next++) joinRuns(scan, current, scan.runs[next] as [number, number], 'listed-complement');
    index = listEnd;
  }
  scan.runs = runs;
}

function joinRuns(scan: Scan, left: [number, number], right: [number, number], rule: RuleId): void {
  for (let i = left[1]; i <= right[0]; i++) scan.extensions.set(i, rule);
  left[1] = right[1];
}

function joiningRule(scan: Scan, left: [number, number], right: [number, number]): RuleId | undefined {
  const { tokens, context } = scan;
  const between = tokens.slice(left[1], right[0]);
  if (continuesPostPortfolio(scan, left, right)) return 'listed-complement';
  const to = between[0];
  if (!to || to.key !== 'to' || to.capitalised || !joinable(to.gap) || between.slice(1).some((token) => token.key !== 'the' || token.capitalised)) return undefined;
  if (between.length > 2 || !joinable((tokens[right[0]] as Token).gap)) return undefined;
  const head = tokens[left[1] - 1] as Token;
  const first = tokens[right[0]] as Token;
  // "Committee to Protect Journalists": the body's purpose is its name's complement.
  if (between.length === 1 && (context.lexicon.organisationCues.has(head.key) || context.lexicon.firmCues.has(head.key)) && PURPOSE_VERBS.has(first.key) &&
    right[1] - right[0] >= 2) return 'purpose-complement';
  // "U.S. Mission to the United Nations": a mission is named by the body or state it is sent to; "Permanent Mission of
  // Kazakhstan to the United Nations": also after the state that sends it.
  if (MISSION_WORDS.has(head.key) || missionOfState(scan, left)) {
    const hit = lookup(tokens, right[0], right[1], context.lexicon);
    if ((hit?.kind === 'actor' && (hit.type === 'organisation' || hit.type === 'state')) || (right[1] - right[0] === 1 && first.allCaps)) return 'mission-to';
  }
  return undefined;
}

/** "Permanent Mission of Kazakhstan": a mission word, "of" and a state end the run. */
function missionOfState(scan: Scan, left: [number, number]): boolean {
  const { tokens, context } = scan;
  for (let i = left[0]; i + 2 < left[1]; i++) {
    if (!MISSION_WORDS.has((tokens[i] as Token).key) || (tokens[i + 1] as Token).key !== 'of') continue;
    const state = lookup(tokens, i + 2, left[1], context.lexicon);
    return state?.kind === 'actor' && state.type === 'state';
  }
  return false;
}

/** "Office of the Special Envoy for Sudan | and | Chad": the second state of an envoy's portfolio. */
function continuesPostPortfolio(scan: Scan, left: [number, number], right: [number, number]): boolean {
  const { tokens, context } = scan;
  const between = tokens.slice(left[1], right[0]);
  if (between.length !== 1 || (between[0] as Token).key !== 'and' || (between[0] as Token).capitalised || !joinable((between[0] as Token).gap)) return false;
  const hit = lookup(tokens, right[0], right[1], context.lexicon);
  const state = hit !== undefined && (hit.kind === 'not-actor' || (hit.kind === 'actor' && hit.type === 'state'));
  const connector = tokens[left[1] - 2];
  if (!state || connector === undefined || connector.key !== 'for' || connector.capitalised) return false;
  for (let office = left[0]; office < left[1] - 1; office++) if (isOfficeOfTitle(scan, office, left[1] - 1, left[1])) return true;
  return false;
}

/**
 * Index of the last run of a list closed by "and" that continues the complement of `run` (scan.runs[index] or a run it
 * was joined into: "… of Trade, Labor,
 * and Housing"), or `index` when there is none. Every item is one to four capitalised words that name no state, known
 * body, person or other body; a list that is not closed by "and" (or goes on after it) is the sentence's, not the name's.
 */
function closedListEnd(scan: Scan, run: [number, number], index: number): number {
  const { tokens } = scan;
  if (!hasOpenComplement(scan, run[0], run[1], LISTED_COMPLEMENT)) return index;
  // "the Organization for Security and Cooperation in Europe, and Northern Europe": a known name is already whole.
  if (lookup(tokens, run[0], run[1], scan.context.lexicon)?.kind === 'actor') return index;
  let next = index + 1;
  while (next < scan.runs.length) {
    const item = scan.runs[next] as [number, number];
    const previousEnd = (scan.runs[next - 1] as [number, number])[1];
    const between = tokens.slice(previousEnd, item[0]);
    const first = tokens[item[0]] as Token;
    const commaOnly = between.length === 0 && /^,[ \t]*$/.test(first.gap);
    // "… of Roads, Transport, Construction and Urban Development", "… Relations, Investments and Trade of Uzbekistan": the
    // run finder joined the closing "and" into the last item, which may end with the state the body belongs to.
    if (commaOnly && closesWithinItem(scan, item)) return next;
    if (!isPlainItem(scan, item)) return index;
    const words = between.map((token) => token.key);
    const theOnly = words.length === 1 && words[0] === 'the' && /^,[ \t]*$/.test((between[0] as Token).gap);
    const closing = (words.length === 1 || (words.length === 2 && words[1] === 'the')) && words[0] === 'and' &&
      /^,?[ \t]*$/.test((between[0] as Token).gap) && between.every((token) => !token.capitalised);
    // Without a comma item, "and" closes the complement only with a place ("… for Asia and the Far East").
    if (closing) return closesHere(scan, item) && (next > index + 1 || isPlace(scan, item)) ? next : index;
    if (!commaOnly && !theOnly) return index;
    next++;
  }
  return index;
}

/** A last item holding the list's closing "and" ("Construction and Urban Development"), maybe with "of" and a state after it. */
function closesWithinItem(scan: Scan, item: [number, number]): boolean {
  const { tokens, context } = scan;
  let end = item[1];
  const of = tokens.slice(item[0], end).findIndex((token) => token.key === 'of' && !token.capitalised);
  if (of > 0) {
    const state = lookup(tokens, item[0] + of + 1, end, context.lexicon);
    if (state?.kind !== 'actor' || state.type !== 'state') return false;
    end = item[0] + of;
  }
  const and = tokens.slice(item[0], end).findIndex((token) => token.key === 'and' && !token.capitalised);
  if (and <= 0 || and >= end - item[0] - 1) return false;
  // Its own "and" closed the name's list, so a ", and …" after it is the sentence's. A word of a longer title ("Trade" of
  // "Trade Representative") is a portfolio here; a whole title, a known actor or a body's cue word is not.
  return tokens.slice(item[0], end).every((token, i) => {
    if (i === and) return true;
    const hit = lookup(tokens, item[0] + i, item[0] + i + 1, context.lexicon);
    return token.capitalised && (hit === undefined || hit.kind === 'not-actor') && !context.lexicon.organisationCues.has(token.key);
  });
}

/** After the closing item: no further list item and no capitalised word glued on. */
function closesHere(scan: Scan, item: [number, number]): boolean {
  const after = scan.tokens[item[1]];
  if (!after) return true;
  // "… to Fight AIDS, Tuberculosis and Malaria, United Nations Department of …": a body after the comma is the next item
  // of the sentence's own list, so the name's list is closed.
  if (/^,[ \t]*$/.test(after.gap) && after.capitalised) return nextIsBody(scan, item[1]);
  return !((after.key === 'and' || after.key === 'or') && !after.capitalised);
}

/** The run starting at token `at` names a body: a known organisation or a phrase with a body word. */
function nextIsBody(scan: Scan, at: number): boolean {
  const run = scan.runs.find(([start]) => start === at);
  if (run === undefined) return false;
  const hit = lookup(scan.tokens, run[0], run[1], scan.context.lexicon);
  if (hit?.kind === 'actor' && hit.type === 'organisation') return true;
  return hasCue(scan.tokens, run[0], run[1], scan.context.lexicon);
}

/** "Housing", "Human Rights", "the Western Hemisphere": ordinary capitalised words or a place, nothing that is itself an actor. */
function isPlainItem(scan: Scan, item: [number, number]): boolean {
  const { tokens, context } = scan;
  const words = tokens.slice(item[0], item[1]);
  if (words.length > MAX_ITEM_WORDS || !words.every((token) => token.capitalised || token.key === 'and' || token.key === 'of')) return false;
  const whole = lookup(tokens, item[0], item[1], context.lexicon);
  if (whole !== undefined && whole.kind !== 'not-actor') return false;
  return words.every((token, i) => {
    const hit = lookup(tokens, item[0] + i, item[0] + i + 1, context.lexicon);
    return (hit === undefined || hit.kind === 'not-actor') && !context.lexicon.organisationCues.has(token.key) && !context.lexicon.titleWords.has(token.key) &&
      !(i === 0 && isFirstName(token.key) && words.length >= 2);
  });
}

function isPlace(scan: Scan, item: [number, number]): boolean {
  const { tokens, context } = scan;
  const start = tokens[item[0]]?.key === 'the' ? item[0] + 1 : item[0];
  return lookup(tokens, start, item[1], context.lexicon)?.kind === 'not-actor' || (item[1] - start === 1 && isPlaceName((tokens[start] as Token).key));
}
