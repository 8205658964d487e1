/**
 * Demands as `criticises` (issue 14: "one … makes demands of the other"; the annotation call written
 * down in tests/fixtures/relations/README.md by i14-rel8): who demands criticises who is asked to act.
 * - demandOf: the first actor, subject of a verb of demand (lexicon `demandOfVerbs`), whose object is
 *   the second, asked to act: "the union urged the Interior Ministry to release …", "the Freedom League is
 *   demanding that the Interior Ministry expel …", "called on Vientiane to punish …".
 * - spokenDemand: one actor speaks and the other is bound by an obligation ("Tajik authorities should
 *   drop the charges …, the Press Union said"; "X said Y must release …").
 * Both read only the grammar around the pair: the verb or modal next to the asked actor, the speech
 * verb next to the speaker. Only a demand that the other stop, undo or answer for something (lexicon
 * `correctiveVerbs`: release, drop, withdraw, punish …) counts; an appeal to do something new ("called on
 * Congress to invest", "asked China to help") stays `none`, as the older annotations have it.
 */
import { finding, has, type Context, type Finding, type Placed } from './context.ts';
import { isSpeaker } from './features-roles.ts';

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']);
/** The most words between the verb of demand and the one asked ("urged the new Interior Ministry": determiners and qualifiers). */
const MAX_QUALIFIERS = 4;

/** The first actor demands of the second, right after the verb of demand; the second then is asked to act ("to" + verb, or a verb after "that"). */
export function demandOf(context: Context): Finding | undefined {
  const { terms, cues, x, y, covered } = context;
  const verbAt = askedAt(context, y);
  if (verbAt === undefined || verbAt <= x.last) return undefined;
  // The demand is the first actor's own: only auxiliaries, adverbs and covered words of x's phrase between x and the verb,
  // or x's own first verb phrase joined by "and" ("Hanoi condemned the raid and has asked Vientiane to …").
  const auxiliary = (k: number) => covered.has(k) || has(terms[k], 'B') || has(terms[k], 'X') || has(terms[k], 'M') || has(terms[k], 'K') || (has(terms[k], 'V') && AUXILIARIES.has(terms[k]!.word));
  let k = verbAt - 1;
  while (k > x.last && auxiliary(k)) k--;
  if (k > x.last) {
    const first = terms[x.last + 1];
    const joined = terms[k]!.word === 'and' && has(first, 'V') && !has(first, 'N');
    const clean = terms.slice(x.last + 1, k).every((term, j) => !covered.has(x.last + 1 + j) && !cues.relativeWords.has(term.word) && term.after !== ',' && term.after !== ';');
    if (!joined || !clean) return undefined;
  }
  // "(NF) urged …": a bracket may close the subject's name, no other punctuation.
  const xAfter = terms[x.last]!.after;
  if (xAfter !== undefined && !xAfter.startsWith(')')) return undefined;
  return finding('criticises:demand-of', { type: 'criticises', from: x.actor, to: y.actor });
}

/**
 * Where the verb of demand asking `mention` to act stands, or undefined: "urged the Interior Ministry to release …",
 * "demand that Minsk release …", "asked the Cambodian side to severely punish …" (a corrective act, correctiveVerbs).
 */
function askedAt(context: Context, mention: Placed): number | undefined {
  const { terms, cues } = context;
  // Past determiners and adjectives before the asked one.
  let i = mention.first - 1;
  let skipped = 0;
  while (i > 0 && skipped < MAX_QUALIFIERS && terms[i]!.word !== 'that' && (has(terms[i], 'D') || (has(terms[i], 'A') && !has(terms[i], 'V')))) { i--; skipped++; }
  const thatClause = terms[i]?.word === 'that';
  if (thatClause) i--;
  const found = cues.demandOfVerbs.find(({ forms, rest }) => {
    const start = i - rest.length;
    return start >= 0 && (forms.has(terms[start]!.word) || forms.has(terms[start]!.root ?? '')) && rest.every((word, k) => terms[start + 1 + k]?.word === word);
  });
  if (!found) return undefined;
  // The one asked then acts: "to" + verb, or a verb right after "that … X".
  let at = headEnd(context, mention) + 1;
  if (!thatClause) {
    if (terms[at]?.word !== 'to') return undefined;
    at++;
  }
  return corrective(context, at) ? i - found.rest.length : undefined;
}

/** The last term of the mention's phrase: a stand-in noun after a demonym belongs to it ("Belarusian authorities", "the Cambodian side"). */
function headEnd({ terms, cues }: Context, mention: Placed): number {
  return cues.standInNouns.has(terms[mention.last + 1]?.word ?? '') && terms[mention.last]!.after === undefined ? mention.last + 1 : mention.last;
}

/** One speaks, the other is bound by "should"/"must"/…: the speaker demands it of the other. */
export function spokenDemand(context: Context): Finding | undefined {
  const { x, y } = context;
  // "We demand that Minsk release him, says B": asked by a verb of demand whose subject is the speaker's "we" works too.
  const bound = (mention: Placed) => obligation(context, mention) || askedAt(context, mention) !== undefined;
  if (bound(x) && !bound(y) && isSpeaker(context, y) && !isSpeaker(context, x)) {
    return finding('criticises:spoken-demand', { type: 'criticises', from: y.actor, to: x.actor });
  }
  if (bound(y) && !bound(x) && isSpeaker(context, x) && !isSpeaker(context, y)) {
    return finding('criticises:spoken-demand', { type: 'criticises', from: x.actor, to: y.actor });
  }
  return undefined;
}

/** "Y must …", "Y should immediately …": the asked one is bound by a modal (an adverb may follow it), not the object of a verb of asking (demandOf reads that). */
function obligation(context: Context, mention: Placed): boolean {
  const { terms, cues } = context;
  const end = headEnd(context, mention);
  if (terms[end]!.after !== undefined) return false;
  const modal = cues.obligationModals.find((words) => words.every((word, k) => terms[end + 1 + k]?.word === word));
  return modal !== undefined && corrective(context, end + 1 + modal.length);
}

/** Words after a corrective verb its rest may stand among ("hold the perpetrators accountable"). */
const REST_REACH = 5;

/** The act at `at` (past adverbs: "should immediately release") is one the other must stop, undo or answer for (lexicon `correctiveVerbs`). */
function corrective({ terms, cues }: Context, at: number): boolean {
  while (has(terms[at], 'B')) at++;
  const act = terms[at];
  if (!act || !has(act, 'V')) return false;
  const after = terms.slice(at + 1, at + 1 + REST_REACH).map((term) => term.word);
  return cues.correctiveVerbs.some(({ forms, rest }) => (forms.has(act.word) || forms.has(act.root ?? '')) && rest.every((word) => after.includes(word)));
}
