/**
 * Who a measure falls on (issue 14's `pressures` "one sanctions, threatens, restricts … the other",
 * i14-rel8 from fresh set 3's false pressures): a pressure word between two actors does not make the
 * first pressure the second when the grammar puts the measure elsewhere:
 * - on others from or in the second ("sanctions on three companies from Armenia and Georgia",
 *   "measures against firms from Georgia"): the companies are not the state;
 * - the second stands in a clause or purpose of its own after the measure's target ("sanctions on
 *   Belarus, which supplies Russia with parts", "… for helping Russia evade controls");
 * - a measure noun with no actor acting: the first actor is neither its subject nor its owner but is
 *   joined to it by a preposition ("Armenia as a route around sanctions on Iran"), or a passive measure
 *   verb with no "by" agent ("Laos has been restricted to bilateral deals, and ASEAN …").
 * onOthers answers whether one of these holds; decide.ts then leaves the pair `none`.
 */
import { BE, agentBefore, cueTypesOf, has, type Context } from './context.ts';

/** Prepositions after a plural noun that make the second actor the noun's origin or place, not the target. */
const ORIGIN = new Set(['from', 'in', 'based']);

export function onOthers(context: Context): boolean {
  const { terms, cues, x, y, covered } = context;
  let cueAt = -1;
  for (let i = x.last + 1; i < y.first; i++) if (!covered.has(i) && cueTypesOf(terms[i]!, cues).includes('pressures')) cueAt = i;
  if (cueAt < 0) return false;
  // Before y, past determiners, adjectives and other actors of the same list ("from Armenia and Georgia").
  let i = y.first - 1;
  while (i > cueAt && (has(terms[i], 'D') || (has(terms[i], 'A') && !has(terms[i], 'V')) || covered.has(i) || terms[i]!.word === 'and')) i--;
  if (i > cueAt && ORIGIN.has(terms[i]!.word) && has(terms[i - 1], 'L') && has(terms[i - 1], 'N') && !covered.has(i - 1)) return true;
  for (let k = cueAt + 1; k < y.first; k++) {
    if (covered.has(k)) continue;
    const term = terms[k]!;
    // A relative clause or a purpose after the measure's target: the second actor is in it.
    if (cues.relativeWords.has(term.word) && term.word !== 'after' && term.word !== 'before' && covered.has(k - 1)) return true;
    if (term.word === 'for' && has(terms[k + 1], 'G')) return true;
  }
  // "Laos has been restricted to …": a passive measure verb with no "by" agent names no actor acting on the other.
  const head = terms[cueAt]!;
  const passive = has(head, 'V') && (has(head, 'P') || (BE.has(terms[cueAt - 1]?.word ?? '') && has(head, 'T')));
  if (passive && !agentBefore(terms, y.first, 'by') && !terms.slice(cueAt + 1, y.first).some((term) => term.word === 'by')) return true;
  // A measure noun joined to the first actor only by prepositions: nobody acts in it.
  if (!has(head, 'V') || has(head, 'N')) {
    const before = terms.slice(x.last + 1, cueAt).filter((_, k) => !covered.has(x.last + 1 + k));
    if (before.some((term) => has(term, 'R')) && !before.some((term) => has(term, 'V') && !has(term, 'N'))) return true;
  }
  return false;
}
