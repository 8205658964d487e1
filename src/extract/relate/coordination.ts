/**
 * Two actors named side by side ("A and B", "A, B and C", "the Government of A and the
 * Government of B"): what they do together is said by the noun before "between" ("talks
 * between A and B") or by the verb after the list when the list is its subject ("A and B
 * signed …"); otherwise they are only listed (`none`).
 */
import type { CueType } from './cues.ts';
import type { ParsedTerm } from './parse.ts';
import {
  LIST_WORDS, PRECEDENCE, bestType, cueTypesOf, finding, has, negation, phraseCues, type Context, type Finding, type Placed,
} from './context.ts';

/**
 * Words that open a clause whose subject may be the list ("… confirmed that A and B will collaborate"); "including" and
 * "such as" name the members of a subject ("SCO member countries including A, B and C took part in …").
 */
const CLAUSE_OPENERS = new Set(['that', 'how', 'whether', 'when', 'while', 'as', 'if', 'because', 'after', 'since', 'where', 'and', 'but', 'including']);
/** Words after which the list is the whole subject's origin ("troops from A, B and C conduct joint drills"; "of" names owners too often). */
const ORIGIN_WORDS = new Set(['from']);
/** Possessive pronouns that may open a listed person's title ("A and his counterpart B"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);
/** How far back (terms) an act shared "alongside" a list is looked for ("attend a summit … this week alongside A and B"). */
const ALONGSIDE_REACH = 12;
/** How many terms a sentence-opening phrase before the list may have ("In early May 2000"). */
const LEADING_PHRASE_REACH = 6;
/** Words of the subject between the list and its verb: a few, more after a count ("A, B and four Central Asian countries will hold …"). */
const SUBJECT_NOUNS = 3;
const COUNTED_SUBJECT_NOUNS = 5;
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'other', 'many', 'some']);
/** Terms after the verb read for the joint act; more after "take part in" / "participate in" ("took part in the SCO's first multilateral anti-terror exercise"). */
const PREDICATE_REACH = 6;
const PARTICIPATION_REACH = 9;
const TOGETHER: ReadonlySet<CueType> = new Set(['meets', 'agrees', 'cooperates', 'trades']);
/** How many words before "by" the passive verb of a joint agent may stand (a date or a place between). */
const AGENT_REACH = 10;

/**
 * Where a person's title phrase right before the mention starts ("Tajik President Emomali Rakhmon",
 * "Russian Foreign Minister X"): title words and one qualifying word before them.
 * Listed people are often named with their offices, which are not words between the list's members.
 */
function titleRunStart({ terms, cues }: Context, mention: Placed): number {
  if (mention.type !== 'person') return mention.first;
  let start = mention.first;
  while (start > 0 && cues.titleWords.has(terms[start - 1]!.word)) start--;
  if (start === mention.first) return start;
  // One qualifying word before the title, a demonym or adjective ("Tajik", "former"; compromise often tags demonyms as nouns).
  const qualifier = terms[start - 1];
  if (qualifier && (has(qualifier, 'A') || has(qualifier, 'N')) && !has(qualifier, 'V') && qualifier.after === undefined) start--;
  return start;
}

/** Index of the term before a mention, skipping determiners and a stand-in head ("the Government of"). */
function termBefore(context: Context, first: number): number {
  const { terms, cues } = context;
  const atFirst = context.covering.mentions.find((mention) => mention.first === first);
  let before = (atFirst ? titleRunStart(context, atFirst) : first) - 1;
  while (before >= 0 && (has(terms[before], 'D') || terms[before]!.word === 'both')) before--;
  // "the Government of", "the chiefs of army staff of": a head that stands for each listed actor.
  const standsIn = (term: ParsedTerm | undefined) => term !== undefined && (cues.standInNouns.has(term.word) || cues.titleWords.has(term.word) || cues.belongsNouns.has(term.word));
  while (terms[before]?.word === 'of' && standsIn(terms[before - 1])) {
    before -= 2;
    while (before >= 0 && (standsIn(terms[before]) || has(terms[before], 'D') || (has(terms[before], 'N') && standsIn(terms[before + 1])))) before--;
  }
  return before;
}

/** Only list words, other actors and stand-in heads between the two mentions. */
export function isCoordinated(context: Context): boolean {
  const { terms, cues, x, y, covered } = context;
  const yStart = titleRunStart(context, y);
  if (yStart === x.last + 1) return yStart === y.first && terms[x.last]!.after === ',';
  for (let i = x.last + 1; i < yStart; i++) {
    const term = terms[i]!;
    if (covered.has(i) || LIST_WORDS.has(term.word)) continue;
    if (cues.standInNouns.has(term.word) && terms[i + 1]?.word === 'of') { i++; continue; }
    // "Aliyev and his Georgian counterpart Irakli Garibashvili": a possessive pronoun opens the second person's title.
    if (i === yStart - 1 && yStart < y.first && OWNER_PRONOUNS.has(term.word)) continue;
    return false;
  }
  return true;
}

/** The first term of the list the first actor is in ("the League, the United States, and Liberia"). */
function listStart({ terms, covered }: Context, first: number): number {
  let start = first;
  for (;;) {
    let i = start - 1;
    while (i >= 0 && (has(terms[i], 'D') || ['and', 'or', '&'].includes(terms[i]!.word))) i--;
    const previous = covered.get(i);
    if (!previous || terms[previous.last]!.after !== ',' && !['and', 'or', '&'].includes(terms[previous.last + 1]?.word ?? '')) return start;
    start = previous.first;
  }
}

export function coordinated(context: Context): Finding {
  const { terms, cues, x, y, covered } = context;
  const before = termBefore(context, listStart(context, x.first));
  // "talks between A and B", "cooperation among A, B and C", "brought together the leaders of A, B and C".
  if (['between', 'among', 'amongst', 'together'].includes(terms[before]?.word ?? '')) {
    const from = Math.max(0, before - 4);
    const phrase = phraseCues(terms, from, before + 1, cues).sort((a, b) => b.index - a.index)[0];
    if (phrase) return finding('coordinated:between-noun', { type: phrase.type });
    for (let i = before - 1; i >= from; i--) {
      const type = bestType(cueTypesOf(terms[i]!, cues));
      if (type) return finding('coordinated:between-noun', { type });
    }
    return finding('none:between', { type: 'none' });
  }
  // "… attend a summit … alongside A and B": everyone at a meeting meets (serving "alongside A and B" does not make A and B partners).
  const beforeWord = terms[before]?.word ?? '';
  if (beforeWord === 'alongside' || (beforeWord === 'with' && terms[before - 1]?.word === 'along')) {
    for (let i = before - 1; i >= Math.max(0, before - ALONGSIDE_REACH); i--) {
      if (covered.has(i) && covered.get(i) !== x) continue;
      if (cueTypesOf(terms[i]!, cues).includes('meets')) return finding('coordinated:alongside', { type: 'meets' });
      if (terms[i]!.after !== undefined && /[.;:]/.test(terms[i]!.after!)) break;
    }
  }
  // "the treaty signed by Russia and China", "a commission jointly appointed by A and B": the passive verb before "by".
  if (terms[before]?.word === 'by') {
    // The passive verb may stand a date or a place before "by" ("signed on 29 May 2014 by …", "signed at Dakar, Senegal, on 10 January 1994, by …").
    let from = before;
    while (from > 0 && before - from < AGENT_REACH && !covered.has(from - 1) && !(from < before && has(terms[from], 'V') && !has(terms[from], 'N'))) from--;
    // … and up to three words before the verb ("was jointly appointed by").
    for (let k = 0; k < 3 && from > 0 && !covered.has(from - 1); k++) from--;
    const found = [...terms.slice(from, before).flatMap((term, offset) => cueTypesOf(term, cues).map((type) => ({ type, index: from + offset }))),
      ...phraseCues(terms, from, before, cues),
      // Founding a body together ("a multinational body founded in 1986 by Djibouti, Ethiopia …") is an agreement among the founders.
      ...terms.slice(from, before).flatMap((term, offset) => (has(term, 'V') && cues.creationVerbs.has(term.word) ? [{ type: 'agrees' as const, index: from + offset }] : []))]
      .filter((cue) => TOGETHER.has(cue.type));
    if (found.length === 0) return finding('none:listed-together', { type: 'none' });
    const best = found.reduce((a, b) => (PRECEDENCE[b.type] > PRECEDENCE[a.type] ? b : a));
    return finding('coordinated:joint-agent', { type: best.type, ...negation(terms, best.index, cues) });
  }
  // "A and B signed …": the first verb after the list, in the same clause, when the list is its subject.
  let i = y.last + 1;
  let nouns = 0;
  let maxNouns = SUBJECT_NOUNS;
  // "China and Kazakhstan ink pacts …" (a headline): compromise may tag the cue verb right after the list a noun.
  const headlineVerb = (at: number) => nouns === 0 && cues.verbs.has(terms[at]!.word) && !has(terms[at - 1], 'D');
  while (i < terms.length && (covered.has(i) || LIST_WORDS.has(terms[i]!.word) || has(terms[i], 'B') ||
    (!has(terms[i], 'V') && !headlineVerb(i) && terms[i - 1]?.after === undefined && ++nouns <= maxNouns))) {
    if (nouns === 0 && (COUNT_WORDS.has(terms[i + 1]?.word ?? '') || /^\d/.test(terms[i + 1]?.word ?? ''))) maxNouns = COUNTED_SUBJECT_NOUNS;
    i++;
  }
  const verbAt = i;
  const opener = (term: ParsedTerm | undefined) => term === undefined || has(term, 'C') || term.after === ',' || term.word === 'both' ||
    CLAUSE_OPENERS.has(term.word) || (has(term, 'V') && cues.speechVerbs.has(term.word));
  // "both A and B attended …" (termBefore skips "both"); "Since then A and B teamed up …" (an adverb after an opener).
  // "personnel from A, B and C conduct …": the list names where the subject comes from (a noun before "from").
  const origin = ORIGIN_WORDS.has(beforeWord) && has(terms[before - 1], 'N') && !has(terms[before - 1], 'V') && !covered.has(before - 1) &&
    !terms.slice(y.last + 1, verbAt).some((term) => cues.relativeWords.has(term.word));
  // "In 2000 A, B and C established …": a sentence-opening phrase of time or place (a preposition, no verb) before the list.
  const leadingPhrase = before >= 0 && has(terms[0], 'R') && before < LEADING_PHRASE_REACH && terms.slice(0, before + 1).every((term, k) => !has(term, 'V') && !covered.has(k));
  const opens = opener(terms[before]) || origin || leadingPhrase || terms[before + 1]?.word === 'both' || (has(terms[before], 'B') && opener(terms[before - 1]));
  if (!(has(terms[verbAt], 'V') || (verbAt < terms.length && headlineVerb(verbAt))) || !opens) return finding('none:listed-together', { type: 'none' });
  let windowEnd = verbAt;
  const participates = terms.slice(verbAt, verbAt + 3).some((term, k) => (term.word === 'part' || term.word.startsWith('participat')) && terms[verbAt + k + 1]?.word === 'in');
  while (windowEnd < Math.min(terms.length, verbAt + (participates ? PARTICIPATION_REACH : PREDICATE_REACH))) {
    const term = terms[windowEnd]!;
    if (windowEnd > verbAt && has(term, 'R') && !['on', 'to', 'with', 'in'].includes(term.word)) break;
    windowEnd++;
    if (term.after !== undefined) break;
  }
  const found = [...terms.slice(verbAt, windowEnd).flatMap((term, offset) => cueTypesOf(term, cues).map((type) => ({ type, index: verbAt + offset }))),
    ...phraseCues(terms, verbAt, windowEnd, cues)].filter((cue) => TOGETHER.has(cue.type));
  if (found.length === 0) return finding('none:listed-together', { type: 'none' });
  const best = found.reduce((a, b) => (PRECEDENCE[b.type] > PRECEDENCE[a.type] ? b : a));
  return finding('coordinated:joint-subject', { type: best.type, ...negation(terms, verbAt, cues) });
}
