/**
 * Continues an organisation's run over words the run finder stops at, when the name is plainly not finished:
 * - "Group of States against Corruption", "Centre for Women in Science", "Organisation for Co-operation between
 *   Railways": a name whose "of/for" complement is
 *   open goes on through "in"/"against"/"between" when only ordinary English words follow (never a place or a state:
 *   "the Institute of Oriental Studies in Tashkent" stays two);
 * - "University of California, Berkeley", "University of Texas at Austin": a university named after a state
 *   or region goes on through its campus;
 * - "United Nations Office at Geneva": an office named with its seat goes on through "at" and one city's name;
 * - "Office of Andean and Caribbean affairs": a lower-case "affairs" closes an office's portfolio.
 * Each extension records its rule; the organisation rule that later types the run uses it (`scan.extensions`).
 */
import { lookup } from '../lexicon-lookup.ts';
import type { RuleId } from '../rule-ids.ts';
import type { Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { hasOpenComplement, type ComplementShape } from '../open-complement.ts';
import { isCommonWord } from '../word-classes.ts';
import { ENGLISH_SUFFIXES, NON_ACTOR_HEADS } from '../rules.ts';
import { isGenericWord } from '../runs.ts';

/** "Group of States against Corruption", "Organisation for Co-operation": of/for/on, ending in a capitalised word or word part. */
const CONTINUED_COMPLEMENT: ComplementShape = { connectors: new Set(['of', 'for', 'on']), endsInWordPart: true };
const CONTINUING_CONNECTORS = new Set(['in', 'against', 'between', 'among']);
const PORTFOLIO_TAILS = new Set(['affairs']);

export function extendBodyNames(scan: Scan): void {
  const runs: [number, number][] = [];
  for (const run of scan.runs) {
    const previous = runs[runs.length - 1];
    const rule = previous ? joiningRule(scan, previous, run) : undefined;
    if (previous && rule) {
      for (let i = previous[1]; i < run[0]; i++) scan.extensions.set(i, rule);
      scan.extensions.set(run[0], rule);
      previous[1] = run[1];
    } else runs.push([run[0], run[1]]);
  }
  for (const run of runs) {
    const tail = scan.tokens[run[1]];
    if (tail && !tail.capitalised && PORTFOLIO_TAILS.has(tail.key) && joinable(tail.gap) && hasOpenComplement(scan, run[0], run[1], CONTINUED_COMPLEMENT)) {
      scan.extensions.set(run[1], 'portfolio-tail');
      run[1]++;
    }
  }
  scan.runs = runs;
}

function joiningRule(scan: Scan, left: [number, number], right: [number, number]): RuleId | undefined {
  const { tokens } = scan;
  const between = tokens.slice(left[1], right[0]);
  if (between.length === 1 && CONTINUING_CONNECTORS.has((between[0] as Token).key) && !(between[0] as Token).capitalised &&
    joinable((between[0] as Token).gap) && joinable((tokens[right[0]] as Token).gap) && hasOpenComplement(scan, left[0], left[1], CONTINUED_COMPLEMENT) &&
    isOrdinaryPhrase(scan, right) && !endsSentenceListItem(scan, right)) {
    return 'open-complement';
  }
  // "… for Women in Energy and the Environment": a complement already continued goes on through "and (the)".
  const andThe = between.length >= 1 && between.length <= 2 && (between[0] as Token).key === 'and' && (between.length === 1 || (between[1] as Token).key === 'the');
  if (andThe && scan.extensions.get(left[0]) === undefined && [...scan.extensions.entries()].some(([at, rule]) => rule === 'open-complement' && at > left[0] && at < left[1]) &&
    between.every((token) => !token.capitalised && joinable(token.gap)) && joinable((tokens[right[0]] as Token).gap) && isOrdinaryPhrase(scan, right) &&
    !endsSentenceListItem(scan, right)) {
    return 'open-complement';
  }
  if (isCampus(scan, left, right, between)) return 'campus-name';
  if (isOfficeSeat(scan, left, right, between)) return 'office-seat';
  return undefined;
}

/** Ordinary English words ("Corruption", "Energy and the Environment", "STEM"), none a place, state or known body. */
function isOrdinaryPhrase(scan: Scan, run: [number, number]): boolean {
  return scan.tokens.slice(run[0], run[1]).every((token) => !isKnown(scan, token) &&
    (isCommonWord(token.key) || ENGLISH_SUFFIXES.test(token.key) || isGenericWord(token, scan.context) || NON_ACTOR_HEADS.has(token.key)));
}

/** A word the lexicon knows (a state, capital, demonym, known body or a place): the name stops before it. */
function isKnown(scan: Scan, token: Token): boolean {
  const index = scan.tokens.indexOf(token);
  return lookup(scan.tokens, index, index + 1, scan.context.lexicon) !== undefined;
}

/** "… Chicago, Oxford and Yale": a word followed by more list items is a list item, not a campus or a complement. */
function endsSentenceListItem(scan: Scan, right: [number, number]): boolean {
  const next = scan.tokens[right[1]];
  if (!next) return false;
  if (!next.capitalised && (next.key === 'and' || next.key === 'or') && /^\s*,?\s*$/.test(next.gap) && /,/.test(next.gap)) return true;
  return /^,\s*$/.test(next.gap) && next.capitalised;
}

/** "University of California, Berkeley", "University of Texas at Austin": a campus after a university of a place. */
function isCampus(scan: Scan, left: [number, number], right: [number, number], between: Token[]): boolean {
  const { tokens, context } = scan;
  const keys = tokens.slice(left[0], left[1]).map((token) => token.key);
  const universityAt = keys.lastIndexOf('university');
  if (universityAt < 0 || keys[universityAt + 1] !== 'of' || universityAt + 2 >= keys.length) return false;
  const first = tokens[right[0]] as Token;
  const viaComma = between.length === 0 && /^,[ \t]*$/.test(first.gap);
  const viaAt = between.length === 1 && (between[0] as Token).key === 'at' && !(between[0] as Token).capitalised && joinable(first.gap);
  if (!viaComma && !viaAt) return false;
  if (right[1] - right[0] > 2 || first.allCaps || endsSentenceListItem(scan, right)) return false;
  const next = tokens[right[1]];
  if (viaComma && next && !next.capitalised && (next.key === 'and' || next.key === 'or')) return false;
  // A campus is a place, never a state, a capital standing for its state or a known body.
  const hit = lookup(tokens, right[0], right[1], context.lexicon);
  if (hit !== undefined && hit.kind !== 'not-actor') return false;
  return tokens.slice(right[0], right[1]).every((token) => !context.lexicon.organisationCues.has(token.key) && !context.lexicon.firmCues.has(token.key) &&
    !context.lexicon.titleWords.has(token.key));
}

/** "United Nations Office at Nairobi": a run ending in "Office", then "at" and one capitalised word that is no state or body. */
function isOfficeSeat(scan: Scan, left: [number, number], right: [number, number], between: Token[]): boolean {
  const { tokens, context } = scan;
  const last = tokens[left[1] - 1] as Token;
  if (last.key !== 'office' || left[1] - left[0] < 2 || right[1] - right[0] !== 1) return false;
  if (between.length !== 1 || (between[0] as Token).key !== 'at' || (between[0] as Token).capitalised || !joinable((between[0] as Token).gap)) return false;
  const city = tokens[right[0]] as Token;
  if (city.allCaps || !joinable(city.gap) || context.lexicon.organisationCues.has(city.key) || context.lexicon.firmCues.has(city.key)) return false;
  const hit = lookup(tokens, right[0], right[1], context.lexicon);
  return hit === undefined || hit.kind === 'capital' || hit.kind === 'not-actor';
}
