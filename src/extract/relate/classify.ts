/**
 * The relation one sentence states between two of its actors, from the sentence's parse, by
 * small ordered rules: structure first (structure.ts: possessives, appositions, "X of Y",
 * titles, member lists), then coordination (coordination.ts: "A and B signed …", "talks
 * between A and B"), then the cue words between the two mentions in the first actor's clause
 * (clause.ts: active or passive, negated or not). Every answer names the rule that gave it.
 */
import type { CueTables } from './cues.ts';
import type { ParsedTerm } from './parse.ts';
import { fromCues } from './clause.ts';
import { coveringOf, finding, type Context, type Covering, type Finding, type Placed, type SentenceMention } from './context.ts';
import { coordinated, isCoordinated } from './coordination.ts';
import { structureRules } from './structure.ts';
import { ledCompound, nestedName, sameTermCompound, splitCompound } from './compound.ts';
import { againstAggressionOfY } from './aggression.ts';
import { demandOf, spokenDemand } from './demands.ts';
import { onOthers } from './pressure-target.ts';
import { openingMeeting } from './meeting-phrase.ts';

export type { Finding, SentenceMention } from './context.ts';

/** Mentions further apart than this many terms are not read as related by the words between them. */
const MAX_GAP = 30;
/** Other mentions of the pair are read for structure only this close ("X (ABBR) is a specialised agency of the Y"). */
const MAX_ELSEWHERE_GAP = 12;


/** The relation and the name of the rule that found it. */
export function explainPair(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables): Finding {
  const context = pairContext(terms, mentions, actorA, actorB, cues);
  return context ? rulesFor(context) : unplaced(terms, mentions, actorA, actorB, cues);
}

/** A pair the parse cannot place apart: both names in one hyphenated term ("U.S.-Japan Alliance"), or nothing. */
export function unplaced(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables): Finding {
  return sameTermCompound(terms, mentions, actorA, actorB, cues) ?? nestedName(terms, mentions, actorA, actorB) ?? finding('none:not-placed', { type: 'none' });
}

/**
 * A sentence's mentions laid on its parse, the same for every pair of its actors: made once per
 * sentence (placeSentence) when many pairs are classified, as the graph stage does. A sentence
 * naming k actors has k(k-1)/2 pairs, and laying each mention on the terms was a third of a pair's cost.
 */
export interface SentencePlacement {
  terms: readonly ParsedTerm[];
  mentions: readonly SentenceMention[];
  placed: readonly Placed[];
  /** Term index → the mention covering it (read only: shared by the sentence's pairs). */
  covered: Map<number, Placed>;
  covering: Covering;
}

export function placeSentence(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[]): SentencePlacement {
  const placed = placeMentions(terms, mentions);
  const covered = new Map<number, Placed>();
  for (const mention of placed) for (let i = mention.first; i <= mention.last; i++) covered.set(i, mention);
  return { terms, mentions, placed, covered, covering: coveringOf(covered) };
}

/**
 * The pair's two mentions laid on the parse (the closest two), or undefined when one is not on it.
 * `placement`, when given, must be placeSentence(terms, mentions) (checked by identity).
 */
export function pairContext(
  terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables, placement?: SentencePlacement,
): Context | undefined {
  const { placed, covered, covering } = placement?.terms === terms && placement.mentions === mentions ? placement : placeSentence(terms, mentions);
  const pair = closestPair(placed, actorA, actorB);
  if (!pair) return undefined;
  const [x, y] = pair;
  return { terms, cues, x, y, covered, covering };
}

/** The hand-written rules' answer for a placed pair. */
export function rulesFor(context: Context): Finding {
  const { x, y } = context;
  const compound = splitCompound(context.terms, x.last, y.first, y.last, context.cues) ?? ledCompound(context.terms, x.last, y.first, context.cues, x.actor, y.actor);
  if (compound) return compound;
  // A verb of demand whose object is the second actor says more than the names' structure around it.
  const demanded = demandOf(context);
  if (demanded) return demanded;
  // "During his talks with Mirziyoyev, the Turkish president …": the opening phrase's party is no apposition of the subject.
  const opening = openingMeeting(context);
  if (opening) return opening;
  const structure = structureRules(context) ?? structureElsewhere(context);
  if (structure) return structure;
  // A speaker and the one bound by "should"/"must" may stand far apart ("X should …, the committee said").
  const spoken = spokenDemand(context);
  if (spoken) return spoken;
  if (y.first - x.last - 1 > MAX_GAP) return finding('none:far-apart', { type: 'none' });
  const defended = againstAggressionOfY(context);
  if (defended) return defended;
  if (isCoordinated(context)) return coordinated(context);
  const cued = fromCues(context);
  // "sanctions on companies from Georgia", "sanctions on Belarus for helping Iran": the measure falls on others.
  return cued.relation.type === 'pressures' && onOthers(context) ? finding('none:pressure-on-others', { type: 'none' }) : cued;
}

/** Structure read at the same two actors' other mentions: "the Food and Agriculture Organization of the United Nations (FAO) is a specialized agency of the United Nations" (the closest two, "United Nations (FAO)", say nothing). Only `belongs` counts. */
function structureElsewhere(context: Context): Finding | undefined {
  const placed = context.covering.mentions;
  const candidates: [Placed, Placed][] = [];
  for (const p of placed.filter((m) => m.actor === context.x.actor || m.actor === context.y.actor)) {
    for (const q of placed) {
      if (q.first <= p.last || q.actor === p.actor || (q.actor !== context.x.actor && q.actor !== context.y.actor)) continue;
      if (p === context.x && q === context.y) continue;
      if (q.first - p.last - 1 <= MAX_ELSEWHERE_GAP) candidates.push([p, q]);
    }
  }
  candidates.sort((a, b) => (a[1].first - a[0].last) - (b[1].first - b[0].last) || a[0].first - b[0].first);
  for (const [x, y] of candidates) {
    const found = structureRules({ ...context, x, y });
    if (found?.relation.type === 'belongs') return { ...found, rule: `${found.rule}+elsewhere` };
  }
  return undefined;
}

function placeMentions(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[]): Placed[] {
  const placed: Placed[] = [];
  for (const mention of mentions) {
    let first = -1;
    let last = -1;
    terms.forEach((term, index) => {
      if (term.end > mention.start && term.start < mention.end) {
        if (first < 0) first = index;
        last = index;
      }
    });
    // compromise splits "Russia’s" (curly apostrophe) into "russia" and an empty term: the empty term is the mention's possessive ending.
    if (first >= 0 && terms[last + 1]?.word === '' && terms[last + 1]!.start === terms[last]!.end) last++;
    if (first >= 0) placed.push({ first, last, actor: mention.actor, type: mention.type });
  }
  return placed.sort((a, b) => a.first - b.first);
}

function closestPair(placed: readonly Placed[], a: string, b: string): [Placed, Placed] | undefined {
  let best: [Placed, Placed] | undefined;
  let bestGap = Infinity;
  for (const p of placed) {
    if (p.actor !== a) continue;
    for (const q of placed) {
      if (q.actor !== b || q.first === p.first) continue;
      const [x, y] = p.first < q.first ? [p, q] : [q, p];
      const gap = y.first - x.last;
      if (gap < bestGap) { bestGap = gap; best = [x, y]; }
    }
  }
  return best;
}
