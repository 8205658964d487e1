/**
 * Grammar-shape features of a pair for the relation model (features.ts adds them): what is
 * said of whom, without naming words, so they carry over to sentences the hand pairs never
 * had — the class of the verb that governs the pair by its lemma (compromise's root), whether
 * the first actor is that verb's subject and the second its object or agent, the cue type of
 * that verb joined with the voice, an "of"/possessive/apposition link, reported speech and a
 * negation before the pair, the act an actor's possessive or demonym governs ("Russia's
 * aggression"), and the pair inside a longer list.
 */
import { BE, cueTypesOf, has, isPossessive, LIST_WORDS, type Context } from './context.ts';
import type { ParsedTerm } from './parse.ts';

const isVerb = (term: ParsedTerm | undefined) => term !== undefined && has(term, 'V') && !has(term, 'N');

/** Features describing how the pair hangs on its verb (`g…`) and other shape cues (`s…`). */
export function shapeFeatures(context: Context, classesOf: (word: string) => readonly string[]): string[] {
  const { terms, cues, x, y, covered } = context;
  const out: string[] = [];
  // The governing verb: the first content verb between the two mentions.
  let verbAt = -1;
  for (let i = x.last + 1; i < y.first; i++) {
    if (covered.has(i)) continue;
    const term = terms[i]!;
    if (isVerb(term) && !has(term, 'K') && !has(term, 'U') && !cues.speechVerbs.has(term.word)) { verbAt = i; break; }
  }
  if (verbAt >= 0) {
    const verb = terms[verbAt]!;
    const lemma = verb.root ?? verb.word;
    for (const name of classesOf(lemma)) out.push(`glc=${name}`);
    const passive = has(verb, 'P') || (has(verb, 'T') && BE.has(terms[verbAt - 1]?.word ?? ''));
    const voice = passive ? 'passive' : 'active';
    // Subject: only adverbs, auxiliaries, negators or nothing between the first actor and its verb.
    let subject = true;
    for (let i = x.last + 1; i < verbAt; i++) {
      const term = terms[i]!;
      if (!(has(term, 'U') || has(term, 'K') || has(term, 'X') || has(term, 'R') || BE.has(term.word) || ['has', 'have', 'had', 'will', 'would', 'to', 'also', 'not'].includes(term.word))) { subject = false; break; }
    }
    const objectGap = y.first - verbAt - 1;
    const object = objectGap <= 3;
    const agent = terms[y.first - 1]?.word === 'by' || (terms[y.first - 2]?.word === 'by' && has(terms[y.first - 1], 'D'));
    out.push(`gsvo=${subject ? 's' : '-'}${object ? 'o' : '-'}|${voice}${agent ? '|by' : ''}`);
    for (const type of cueTypesOf(verb, cues)) {
      out.push(`gcue=${type}|${voice}`);
      if (subject && object) out.push(`gcue=${type}|xsubj-yobj`);
    }
  } else {
    // No verb between: the verb after the second actor governs both ("A and B signed …").
    for (let i = y.last + 1; i < Math.min(terms.length, y.last + 4); i++) {
      if (isVerb(terms[i]) && !has(terms[i], 'K')) {
        for (const type of cueTypesOf(terms[i]!, cues)) out.push(`gafter=${type}`);
        break;
      }
    }
  }
  // Structure links between the two: "X of Y", "Y's X", "X, … Y's/of Y …," (apposition).
  const between = terms.slice(x.last + 1, y.first).filter((_, k) => !covered.has(x.last + 1 + k));
  const words = between.map((term) => term.word);
  if (words.length > 0 && words.length <= 4 && (words[words.length - 1] === 'of' || words[words.length - 2] === 'of')) out.push('sof');
  if (isPossessive(terms[x.last]) && words.length <= 3) out.push('sxposs-near');
  if (terms[x.last]!.after === ',' && words.length <= 5 && !words.some((word, k) => isVerb(between[k]) && !has(between[k], 'N') && word !== '')) out.push('sappos');
  // The noun an actor's possessive or demonym governs ("Russia's aggression", "Russian attacks", "China's loans"): the act it names.
  for (const [mention, side] of [[x, 'x'], [y, 'y']] as const) {
    let at = mention.last + 1;
    while (at < terms.length && at <= mention.last + 3 && (has(terms[at], 'A') || terms[at]!.word === '') && !covered.has(at)) at++;
    const head = terms[at];
    if (!head || covered.has(at) || !has(head, 'N')) continue;
    for (const type of cueTypesOf(head, cues)) out.push(`${side}head=${type}`);
    if (side === 'y' && ['against', 'from', 'to', 'of'].includes(terms[mention.first - 1]?.word ?? '')) for (const type of cueTypesOf(head, cues)) out.push(`yhead=${type}|${terms[mention.first - 1]!.word}`);
  }
  // Reported speech or negation before the first actor.
  for (let i = Math.max(0, x.first - 6); i < x.first; i++) {
    if (covered.has(i)) continue;
    if (cues.speechVerbs.has(terms[i]!.word)) out.push('sspeech-before');
    if (has(terms[i], 'X') || cues.negators.has(terms[i]!.word)) out.push('sneg-before');
  }
  // A longer list: another actor right before the first or right after the second, joined by list words only.
  const listNeighbour = (from: number, step: number) => {
    for (let i = from, n = 0; i >= 0 && i < terms.length && n < 3; i += step, n++) {
      if (covered.has(i)) return true;
      if (!LIST_WORDS.has(terms[i]!.word)) return false;
    }
    return false;
  };
  if ((terms[x.first - 1]?.after === ',' || LIST_WORDS.has(terms[x.first - 1]?.word ?? '')) && listNeighbour(x.first - 1, -1)) out.push('slist-before');
  if ((terms[y.last]!.after === ',' || LIST_WORDS.has(terms[y.last + 1]?.word ?? '')) && listNeighbour(y.last + 1, 1)) out.push('slist-after');
  return out;
}
