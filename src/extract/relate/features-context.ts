/**
 * Sentence-context features of a pair for the relation model (features.ts adds them): most
 * relations the rules miss are stated outside the words between the two mentions — a cue
 * noun with a preposition right before an actor ("support for Ukraine", "aggression against
 * Ukraine", "travel to Poland"), the verb of which the first actor is the sentence's subject
 * and the second its object ("invited … from Italy, Japan"), or a cue elsewhere in the
 * sentence. Named by cue type and verb class, not by the word itself (except `gl=`, the
 * governing verb's stem, which training leaves out unless single words are asked for), so they
 * carry over to sentences the hand pairs never had.
 */
import { cueTypesOf, has, isPossessive, type Context } from './context.ts';
import type { ParsedTerm } from './parse.ts';

const LINK_PREPOSITIONS = new Set(['for', 'to', 'against', 'with', 'on', 'from', 'of', 'by', 'in', 'into', 'toward', 'towards', 'over', 'between']);
const isVerb = (term: ParsedTerm | undefined) => term !== undefined && has(term, 'V') && !has(term, 'N');
const isContentVerb = (term: ParsedTerm | undefined) => isVerb(term) && !has(term, 'K') && !has(term, 'U') && !has(term, 'M');

/** The index of the first content verb of the sentence that is not inside a mention. */
function mainVerb({ terms, covered }: Context): number {
  for (let i = 0; i < terms.length; i++) if (!covered.has(i) && isContentVerb(terms[i])) return i;
  return -1;
}

export function contextFeatures(context: Context, classesOf: (word: string) => readonly string[], stem: (word: string) => string): string[] {
  const { terms, cues, x, y, covered } = context;
  const out = new Set<string>();
  const actors = context.covering.actors;
  out.add(`nact=${actors >= 5 ? '5+' : actors}`);

  // "support for Ukraine", "aggression against Ukraine", "talks with China": a cue word, then a preposition (and determiners/adjectives), then the actor.
  for (const [mention, side] of [[x, 'x'], [y, 'y']] as const) {
    let at = mention.first - 1;
    while (at >= 0 && !covered.has(at) && (has(terms[at], 'D') || (has(terms[at], 'A') && !has(terms[at], 'N')))) at--;
    const preposition = terms[at];
    if (!preposition || covered.has(at) || !LINK_PREPOSITIONS.has(preposition.word)) continue;
    for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
      if (covered.has(i)) break;
      const types = cueTypesOf(terms[i]!, cues);
      const classes = classesOf(terms[i]!.word);
      if (types.length === 0 && classes.length === 0) continue;
      for (const type of types) {
        out.add(`pre${side}=${type}`);
        out.add(`pre${side}=${type}|${preposition.word}`);
      }
      for (const name of classes) out.add(`pre${side}c=${name}`);
      break;
    }
  }

  // The sentence's first content verb: is the first actor its subject, the second after it (its object or complement)?
  const verbAt = mainVerb(context);
  if (verbAt >= 0) {
    const verb = terms[verbAt]!;
    const where = (first: number) => (first < verbAt ? 'before' : 'after');
    out.add(`mv=${where(x.first)}|${where(y.first)}`);
    const passive = has(verb, 'P') || (has(verb, 'T') && ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(terms[verbAt - 1]?.word ?? ''));
    if (x.first < verbAt && y.first > verbAt) {
      for (const type of cueTypesOf(verb, cues)) out.add(`mvcue=${type}|${passive ? 'passive' : 'active'}`);
      for (const name of classesOf(verb.word)) out.add(`mvc=${name}`);
      out.add(`gl=${stem(verb.word)}`);
    }
    if (cues.speechVerbs.has(verb.word)) out.add('mv-speech');
  } else out.add('mv=none');

  // Every cue type anywhere in the sentence outside the mentions (nearest to the pair first: within six words of either).
  for (let i = 0; i < terms.length; i++) {
    if (covered.has(i)) continue;
    const near = (i >= x.first - 6 && i <= y.last + 6);
    for (const type of cueTypesOf(terms[i]!, cues)) {
      out.add(`scue=${type}`);
      if (near) out.add(`ncue=${type}${i < x.first ? '|before' : i > y.last ? '|after' : '|between'}`);
    }
  }

  // A title word right before or after a person ("President … of", "…, foreign minister of"): the person is an official.
  for (const [mention, side] of [[x, 'x'], [y, 'y']] as const) {
    if (mention.type !== 'person') continue;
    const after = terms[mention.last + 1];
    if (after && (cues.titleHeads.has(after.word) || cues.belongsNouns.has(after.word))) out.add(`${side}title-after`);
    if (after?.word === 'of') out.add(`${side}person-of`);
  }
  if (isPossessive(terms[x.last]) && y.first - x.last <= 4) out.add(`xposs|${y.type}`);
  return [...out];
}
