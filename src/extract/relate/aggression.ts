/**
 * "Ukraine defends itself against Russia's aggression", "help Ukraine protect its people against
 * continued Russian attacks", "support Ukraine in the face of Russian aggression": when the later
 * actor's possessive or demonym names an attack ("Russia's aggression", "Russian attacks") and the
 * earlier actor is the one defended against it — "against", "from" or "in the face of" right before
 * the attacker, no other actor between them — the later attacks the earlier, whatever cooperative
 * verb ("support", "defend") stands between. An actor between them (NATO defending, a third state
 * supported) is left to the other rules.
 */
import { cueTypesOf, finding, has, type Context, type Finding } from './context.ts';

/** Words between the first actor and its attacker, at most. */
const MAX_GAP = 12;

export function againstAggressionOfY(context: Context): Finding | undefined {
  const { terms, cues, x, y, covered } = context;
  if (y.first - x.last - 1 > MAX_GAP) return undefined;
  for (let i = x.last + 1; i < y.first; i++) if (covered.has(i)) return undefined;
  // The attack the later actor's possessive or demonym governs ("Russia's aggression", "Russian attacks").
  const head = terms[y.last + 1];
  if (!head || !has(head, 'N') || !cueTypesOf(head, cues).includes('attacks')) return undefined;
  // "… the Soviet Union's invasion of Hungary": an attack aimed at a third actor is not on the first.
  let after = y.last + 2;
  if (['of', 'on', 'against', 'in'].includes(terms[after]?.word ?? '')) {
    after++;
    while (has(terms[after], 'D')) after++;
    if (covered.has(after)) return undefined;
  }
  // "against (continued) Russian attacks", "from Russia's war", "in the face of Russian aggression".
  let before = y.first - 1;
  // Up to two modifiers between ("against continued Russian attacks", "from the brutal Russian war").
  while (before > x.last && before >= y.first - 2 && !has(terms[before], 'N') && !['against', 'from', 'of'].includes(terms[before]!.word)) before--;
  const word = terms[before]?.word;
  const defended = word === 'against' || word === 'from' || (word === 'of' && terms[before - 1]?.word === 'face');
  return defended && before > x.last ? finding('cue:against-aggression-of-y', { type: 'attacks', from: y.actor, to: x.actor }) : undefined;
}
