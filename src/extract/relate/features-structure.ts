/**
 * Parse-like features of a pair for the relation model (features.ts adds them), for the types the
 * model missed most (belongs, cooperates, agrees, pressures): shapes read from compromise's tags
 * around the two mentions, named by shape and cue type, never by the word, so they carry over.
 * - `fappos-title`: a person, a comma, a title phrase without a verb, then a body ("Lisa Wang,
 *   Nominee for Assistant Secretary, Department of Commerce").
 * - `ftitle-between`: a state or body, title words only, then a person ("White House Press
 *   Secretary Karine Jean-Pierre", "US Secretary of State Blinken").
 * - `fjoint=<type>`: the two listed together as subjects ("the United States and the European
 *   Union will continue … cooperation"), with the cue types of the predicate that follows them.
 * - `fact=<type>|<side>`: an actor is the subject of a verb whose object phrase names a cue
 *   ("the G7 … increase economic pressure on Iran"), with the other actor inside that phrase.
 */
import { BE, LIST_WORDS, cueTypesOf, has, isWhole, type Context } from './context.ts';
import type { ParsedTerm } from './parse.ts';

const isVerb = (term: ParsedTerm | undefined) => term !== undefined && has(term, 'V') && !has(term, 'N');
const isContentVerb = (term: ParsedTerm | undefined) => isVerb(term) && !has(term, 'K') && !has(term, 'U') && !has(term, 'M') && !BE.has(term!.word);
/** How many words after a verb its object phrase may run. */
const PREDICATE = 10;

export function structureFeatures(context: Context): string[] {
  const { terms, cues, x, y, covered } = context;
  const out = new Set<string>();
  const between = terms.slice(x.last + 1, y.first);
  const free = (offset: number) => !covered.has(x.last + 1 + offset);
  const isTitleWord = (term: ParsedTerm) => cues.belongsNouns.has(term.word) || cues.titleHeads.has(term.word) || cues.memberNouns.has(term.word);
  const noVerbBetween = between.every((term) => !isVerb(term) || BE.has(term.word));

  if (x.type === 'person' && isWhole(y) && terms[x.last]!.after === ',' && between.length > 0 && between.length <= 12 && noVerbBetween && between.some(isTitleWord)) {
    out.add(`fappos-title|${y.type}`);
  }
  if (isWhole(x) && y.type === 'person' && between.length > 0 && between.length <= 6 && noVerbBetween && between.some(isTitleWord) &&
    between.every((term, k) => free(k) && (cues.titleWords.has(term.word) || isTitleWord(term) || ['of', 'for', 'the', 'and'].includes(term.word)))) {
    out.add('ftitle-between');
  }

  // The two as joint subjects: only list words between, and the first content verb after the second.
  const listed = between.every((term, k) => !free(k) || LIST_WORDS.has(term.word)) && (between.length > 0 || terms[x.last]!.after === ',');
  if (listed) {
    let verbAt = y.last + 1;
    while (verbAt < terms.length && verbAt <= y.last + 6 && !isContentVerb(terms[verbAt])) verbAt++;
    if (verbAt <= y.last + 6 && verbAt < terms.length) {
      out.add('fjoint');
      for (let i = verbAt; i < Math.min(terms.length, verbAt + PREDICATE); i++) {
        if (covered.has(i)) continue;
        for (const type of cueTypesOf(terms[i]!, cues)) out.add(`fjoint=${type}`);
      }
    }
  }

  // One actor the subject of a verb, the other inside the verb's object phrase with a cue noun before it.
  let verbAt = -1;
  for (let i = x.last + 1; i < y.first; i++) if (!covered.has(i) && isContentVerb(terms[i])) { verbAt = i; break; }
  if (verbAt >= 0 && y.first - verbAt <= PREDICATE) {
    for (let i = verbAt + 1; i < y.first; i++) {
      if (covered.has(i) || !has(terms[i], 'N')) continue;
      for (const type of cueTypesOf(terms[i]!, cues)) out.add(`fact=${type}|x-subject`);
    }
  }
  return [...out];
}
