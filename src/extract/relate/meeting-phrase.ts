/**
 * A meeting told in a sentence-opening phrase, its other party the subject after the comma (issue 14's
 * `meets`, i14-rel8 from fresh set 3's misses): "During his talks with X, Y noted …", "Speaking by phone
 * to X, Y said …", "At a summit of X in Riga, Y called for …". The phrase holds a meeting word (a
 * `meets` cue of the lexicon) before the first actor, who is its party ("with"/"to"/"of"/"between" right
 * before it), ends with a comma soon after it, and the second actor opens the main clause (its subject).
 */
import { cueTypesOf, finding, has, type Context, type Finding } from './context.ts';

/** Words that open such a phrase (a gerund opens one too: "Speaking by phone to …"). */
const OPENERS = new Set(['during', 'at', 'after', 'following', 'before', 'ahead', 'in', 'on', 'amid']);
/** Words right before the first actor that make it the meeting's party. */
const PARTY = new Set(['with', 'to', 'of', 'between']);
/** Most terms after the first actor before the phrase's comma ("in Riga last week"). */
const TAIL = 4;
/** Most terms between the comma and the subject ("the Turkish president": a determiner and title words). */
const SUBJECT_REACH = 4;

export function openingMeeting(context: Context): Finding | undefined {
  const { terms, cues, x, y, covered } = context;
  const first = terms[0];
  if (!first || x.first === 0 || !(OPENERS.has(first.word) || (has(first, 'G') && has(first, 'V')))) return undefined;
  // The phrase: no finite verb before the first actor, and a meeting word in it.
  const head = terms.slice(1, x.first);
  if (head.some((term, k) => !covered.has(k + 1) && has(term, 'V') && !has(term, 'N') && !has(term, 'G'))) return undefined;
  if (!head.some((term, k) => !covered.has(k + 1) && cueTypesOf(term, cues).includes('meets')) && !cueTypesOf(first, cues).includes('meets')) return undefined;
  let before = x.first - 1;
  while (before > 0 && (has(terms[before], 'D') || cues.titleWords.has(terms[before]!.word) || (has(terms[before], 'O') && has(terms[before], 'S')))) before--;
  if (!PARTY.has(terms[before]?.word ?? '')) return undefined;
  // The phrase ends with a comma after the first actor, soon, with no verb in between.
  let comma = x.last;
  while (comma < x.last + TAIL && terms[comma]!.after !== ',' && !(has(terms[comma + 1], 'V') && !has(terms[comma + 1], 'N'))) comma++;
  if (terms[comma]!.after !== ',' || comma >= y.first) return undefined;
  // The second actor opens the main clause: only determiners and title words before it.
  if (y.first - comma - 1 > SUBJECT_REACH) return undefined;
  for (let i = comma + 1; i < y.first; i++) if (!has(terms[i], 'D') && !cues.titleWords.has(terms[i]!.word) && !covered.has(i)) return undefined;
  return finding('meets:opening-phrase', { type: 'meets' });
}
