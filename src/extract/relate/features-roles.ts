/**
 * Role features of a pair for the relation model (features.ts adds them), for the relations
 * unseen web pages state outside the words between the two actors (i14-rel7: `criticises`,
 * `meets` and `belongs` the rules answered `none`). Named by role and cue type, never by the
 * word, so they carry over to pages the hand pairs never had:
 * - `<side>speaker`: the actor is who speaks ("X said", "said X", "…, says Y, secretary general
 *   of …", "according to X"), and `speaker=<side>|<type>` for each cue type elsewhere in the
 *   sentence: a rights group that "demands" or calls a detention "unjust" criticises the state it names.
 * - `<side>demanded`: the actor is the object of a verb of demand ("asked Islamabad to …", "urged
 *   the authorities to …") or the subject of an obligation ("X must release …"), lexicon
 *   `demandVerbs` / `obligationModals`; `demand=<side>|<other's role>` joins it with the other
 *   actor being the subject before it or the speaker.
 * - `event=<type>|before` / `event=<type>|after`: the two are in one list, and a cue (a meeting,
 *   an agreement) stands just before the list in its clause ("the meeting of A, B and C", "talks
 *   with A, B", "attended by … A, B and C") or just after it ("A, B and C … ahead of their summit").
 */
import type { CueTables } from './cues.ts';
import { LIST_WORDS, cueTypesOf, has, type Context, type Placed } from './context.ts';
import type { ParsedTerm } from './parse.ts';

/** How far (terms) before a list and after it a cue of the list's event is looked for, within the clause. */
const EVENT_BEFORE = 8;
const EVENT_AFTER = 10;
/** Title and name words between a speech verb and its speaker ("said Freedom Now Legal Officer …"). */
const SPEAKER_REACH = 6;

const endsClause = (term: ParsedTerm | undefined) => term?.after !== undefined && /[.;:!?]/.test(term.after);

/** A verb phrase of `phrases` ending right before `at` (its rest words included), skipping determiners and adjectives before the actor. */
function phraseBefore(terms: readonly ParsedTerm[], at: number, phrases: CueTables['demandVerbs']): boolean {
  let i = at - 1;
  while (i >= 0 && (has(terms[i], 'D') || (has(terms[i], 'A') && !has(terms[i], 'N') && !has(terms[i], 'V')))) i--;
  return phrases.some(({ forms, rest }) => {
    const start = i - rest.length;
    return start >= 0 && (forms.has(terms[start]!.word) || forms.has(terms[start]!.root ?? '')) && rest.every((word, k) => terms[start + 1 + k]?.word === word);
  });
}

/** Whether the mention speaks: a speech verb right after it (an adverb between), or right before it past title words and other names. */
export function isSpeaker({ terms, cues, covered }: Context, mention: Placed): boolean {
  // "X said" (not "…, X, says Y": a verb after a comma has its subject after it).
  let after = mention.last + 1;
  if (has(terms[after], 'B')) after++;
  if (terms[mention.last]!.after === undefined && cues.speechVerbs.has(terms[after]?.word ?? '') && has(terms[after], 'V')) return true;
  if (terms[mention.first - 1]?.word === 'to' && terms[mention.first - 2]?.word === 'according') return true;
  for (let i = mention.first - 1; i >= Math.max(0, mention.first - SPEAKER_REACH); i--) {
    const term = terms[i]!;
    if (cues.speechVerbs.has(term.word) && has(term, 'V')) return true;
    if (!covered.has(i) && !has(term, 'D') && !cues.titleWords.has(term.word) && term.word !== 'of') return false;
  }
  return false;
}

export function isDemanded({ terms, cues }: Context, mention: Placed): boolean {
  if (phraseBefore(terms, mention.first, cues.demandVerbs)) return true;
  return cues.obligationModals.some((words) => words.every((word, k) => terms[mention.last + 1 + k]?.word === word));
}

/** A word of a listed person's office ("Turkish counterpart", "Chinese leader"): a title word, or a qualifier right before one. */
function officeWord({ terms, cues }: Context, i: number): boolean {
  const term = terms[i]!;
  if (has(term, 'V') && !has(term, 'N')) return false;
  return cues.titleWords.has(term.word) || ((has(term, 'A') || has(term, 'N')) && term.after === undefined && cues.titleWords.has(terms[i + 1]?.word ?? ''));
}

/** Words that may stand between two members of a list: list words, determiners, a listed person's office. */
const joins = (context: Context, i: number) => LIST_WORDS.has(context.terms[i]!.word) || has(context.terms[i], 'D') || officeWord(context, i);

/** The two are in one list: only list words, commas, offices and other actors between them. */
function inOneList(context: Context): boolean {
  const { terms, x, y, covered } = context;
  if (y.first === x.last + 1) return terms[x.last]!.after === ',';
  for (let i = x.last + 1; i < y.first; i++) if (!covered.has(i) && !joins(context, i)) return false;
  return terms[x.last]!.after === ',' || terms.slice(x.last + 1, y.first).some((term) => LIST_WORDS.has(term.word));
}

/** Where the list holding x starts: back over actors joined by commas or list words. */
function listStart(context: Context, first: number): number {
  const { terms, covered } = context;
  let start = first;
  for (;;) {
    let i = start - 1;
    while (i >= 0 && !covered.has(i) && joins(context, i)) i--;
    const previous = covered.get(i);
    if (!previous || (terms[previous.last]!.after !== ',' && i === start - 1)) return start;
    start = previous.first;
  }
}

/** Where the list holding y ends: on over actors joined by commas or list words. */
function listEnd(context: Context, last: number): number {
  const { terms, covered } = context;
  let end = last;
  for (;;) {
    let i = end + 1;
    if (terms[end]!.after !== ',' && !LIST_WORDS.has(terms[i]?.word ?? '')) return end;
    while (i < terms.length && !covered.has(i) && joins(context, i)) i++;
    const next = covered.get(i);
    if (!next) return end;
    end = next.last;
  }
}

export function roleFeatures(context: Context): string[] {
  const { terms, cues, x, y, covered } = context;
  const out = new Set<string>();
  const sentenceCues = new Set<string>();
  for (let i = 0; i < terms.length; i++) if (!covered.has(i)) for (const type of cueTypesOf(terms[i]!, cues)) sentenceCues.add(type);
  const speaks = { x: isSpeaker(context, x), y: isSpeaker(context, y) };
  const demanded = { x: isDemanded(context, x), y: isDemanded(context, y) };
  for (const side of ['x', 'y'] as const) {
    const other = side === 'x' ? 'y' : 'x';
    if (speaks[side]) {
      out.add(`${side}speaker`);
      for (const type of sentenceCues) out.add(`speaker=${side}|${type}`);
      if (demanded[other]) out.add(`speaker=${side}|demand`);
    }
    if (demanded[side]) {
      out.add(`${side}demanded`);
      out.add(`demand=${side}|${speaks[other] ? 'by-speaker' : other === 'x' ? 'other-before' : 'other-after'}`);
    }
  }
  if (inOneList(context)) {
    const start = listStart(context, x.first);
    for (let i = start - 1; i >= Math.max(0, start - EVENT_BEFORE) && !endsClause(terms[i]); i--) {
      if (covered.has(i)) continue;
      for (const type of cueTypesOf(terms[i]!, cues)) out.add(`event=${type}|before`);
    }
    const end = listEnd(context, y.last);
    for (let i = end + 1; i < Math.min(terms.length, end + 1 + EVENT_AFTER); i++) {
      if (!covered.has(i)) for (const type of cueTypesOf(terms[i]!, cues)) out.add(`event=${type}|after`);
      if (endsClause(terms[i])) break;
    }
  }
  return [...out];
}
