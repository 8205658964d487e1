/**
 * Cue rules: the verbs, nouns and phrases of lexicon/relation-cues.json between the two
 * mentions, in the first actor's clause. The window stops where another clause begins (a
 * relative clause, another actor as subject, a new pronoun subject, a participle after a comma
 * describing another noun, "between" naming another pair); reported speech types only what is
 * reported; a cue noun another actor owns ("Iran's cyberattack") is that actor's; a cue verb
 * whose object is another actor ("met Zelenskyy to discuss …") relates the subject to that
 * actor, not to the second one. Direction: the subject acts, "by" and reverse verbs
 * ("received from") turn it round, and a cue noun owned by the second actor is the second's.
 */
import type { EvidenceRelation } from '../../graph-format/index.ts';
import type { ParsedTerm } from './parse.ts';
import type { CueTables } from './cues.ts';
import {
  BE, DO, LIST_WORDS, MUTUAL, PRECEDENCE, PRONOUNS, SUBJECT_PRONOUNS, agentBefore, cueTypesOf, finding, has, isPossessive, negation, phraseCues,
  type Context, type Cue, type Finding, type Placed,
} from './context.ts';

const PARTICLES = new Set(['off', 'up', 'out', 'down']);
const OBJECT_LINKS = new Set(['with', 'to', 'on', 'by', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** The actor that owns the noun at `index` ("Iran's cyberattack", "Russian aggression"), skipping adjectives. */
function ownerOf({ terms, covered }: Context, index: number): Placed | undefined {
  let i = index - 1;
  while (i >= 0 && !covered.has(i) && has(terms[i], 'A') && !has(terms[i], 'N')) i--;
  return covered.get(i);
}

/** "as the Russian Federation continues …" opens a clause; "such as", "as well as", "as part of", "as a member" do not. */
function opensAsClause(terms: readonly ParsedTerm[], i: number): boolean {
  if (terms[i]!.word !== 'as' || ['such', 'as', 'well', 'so'].includes(terms[i - 1]?.word ?? '')) return false;
  const next = terms[i + 1];
  if (!next || ['well', 'part', 'a', 'an', 'of', 'to', 'much', 'many', 'long', 'soon', 'far'].includes(next.word)) return false;
  return terms.slice(i + 1, i + 6).some((term) => has(term, 'V') && !has(term, 'G') && !has(term, 'I') && !has(term, 'N'));
}

/** "networks that helped …": "that" after a noun and before a verb opens a relative clause ("said that …" does not). */
function relativeThat(terms: readonly ParsedTerm[], i: number): boolean {
  const previous = terms[i - 1]!;
  const next = has(terms[i + 1], 'B') ? terms[i + 2] : terms[i + 1];
  return has(previous, 'N') && !has(previous, 'V') && has(next, 'V') && !has(next, 'N');
}

const PHRASE_PREPOSITIONS = new Set(['in', 'of', 'against', 'with', 'for', 'from', 'on', 'to', 'about', 'over', 'toward', 'towards', 'despite', 'amid']);

/** A noun phrase (up to four words, actors included) and then a finite verb, from `at` on. */
function opensNewClause(terms: readonly ParsedTerm[], at: number): boolean {
  let i = at;
  while (i < terms.length && i < at + 4 && (has(terms[i], 'D') || has(terms[i], 'A') || has(terms[i], 'N')) && !has(terms[i], 'V')) i++;
  return i > at && has(terms[i], 'V') && !has(terms[i], 'G');
}

interface Window {
  end: number;
  /** The clause stops before the second mention: the second is in another clause. */
  otherClause: boolean;
  /** It stops at a relative clause ("camps that were used by the Taliban"). */
  relative?: boolean;
}

/** Where the first actor's clause stops before reaching the second mention (or y.first when it does not). */
function clauseEnd({ terms, cues, x, y, covered }: Context): Window {
  const stop = (end: number): Window => ({ end, otherClause: true });
  for (let i = x.last + 1; i < y.first; i++) {
    const term = terms[i]!;
    const other = covered.get(i);
    if (other && other !== x) {
      // Another actor between the two, not listed with the first one, is the subject of what follows it.
      const adjacentToX = i === x.last + 1 || (i <= x.last + 2 && LIST_WORDS.has(terms[x.last + 1]!.word));
      const verbBefore = terms.slice(x.last + 1, i).some((t) => has(t, 'V') && !has(t, 'U') && !has(t, 'K'));
      const next = terms.slice(other.last + 1, other.last + 4).find((t) => !has(t, 'N') && !has(t, 'A'));
      if (!adjacentToX && has(next, 'V') && verbBefore) return stop(i);
      i = other.last;
      continue;
    }
    const previous = terms[i - 1]!;
    const inside = i - 1 > x.last;
    // A relative clause on a word other than the first actor has its own subject.
    if (cues.relativeWords.has(term.word) && inside && previous.after !== ',' && (term.word !== 'that' || relativeThat(terms, i))) {
      return { end: i, otherClause: true, relative: ['that', 'which', 'who'].includes(term.word) };
    }
    if (inside && opensAsClause(terms, i)) return stop(i);
    // "…, and Chinese executives have visited Kabul": a comma and a conjunction before a new subject and its verb.
    if (previous.after === ',' && (term.word === 'and' || term.word === 'but') && opensNewClause(terms, i + 1)) return stop(i);
    // "…, we call on the Council": a new pronoun subject opens another clause.
    if (SUBJECT_PRONOUNS.has(term.word) && (has(terms[i + 1], 'V') || (has(terms[i + 1], 'B') && has(terms[i + 2], 'V')))) return stop(i);
    // "the Task Force, led by …": a participle after a comma describes the noun before the comma.
    if (inside && previous.after === ',' && !covered.has(i - 1) && has(term, 'V') && (has(term, 'T') || has(term, 'G')) && !has(term, 'U') && term.word !== 'including') return stop(i);
    if (term.after !== undefined && /[;:–—“”"()]/.test(term.after)) return { end: i + 1, otherClause: false };
  }
  return { end: y.first, otherClause: false };
}

/** The noun phrase ending right before `at` ("ongoing cooperation and exercises"): its first index. */
function nounPhraseStart({ terms, cues }: Context, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= 5 && (has(terms[i], 'N') || has(terms[i], 'A') || has(terms[i], 'C') || has(terms[i], 'D') || cues.nouns.has(terms[i]!.word))) i--;
  return i + 1;
}

/**
 * A speech verb that states the speaker's own act, not another's: "reports to the Commission" (to whom
 * it answers), "is announcing a new contribution …" (a light verb with a noun object, no "that" clause). What follows is typed as the first actor's act.
 */
function ownAct({ terms, cues }: Context, at: number): boolean {
  const verb = terms[at]!;
  const next = at + 1;
  if (terms[next]?.word === 'to' && !has(terms[next + 1], 'V')) return true;
  if (!cues.lightVerbs.has(verb.word) && !cues.lightVerbs.has(verb.root ?? '')) return false;
  if (verb.after !== undefined) return false;
  const object = terms[next];
  return object !== undefined && (has(object, 'D') || has(object, 'A') || has(object, 'N')) && !has(object, 'V') && !PRONOUNS.has(object.word) && object.word !== 'that';
}

export function fromCues(context: Context): Finding {
  const { terms, cues, x, y, covered } = context;
  const window = clauseEnd(context);
  let end = window.end;
  let found: Cue[] = [];
  const byBeforeY = agentBefore(terms, y.first, 'by');
  let lastVerb: ParsedTerm | undefined;
  for (let i = x.last + 1; i < end; i++) {
    const term = terms[i]!;
    if (covered.has(i)) continue;
    if (has(term, 'V') && cues.speechVerbs.has(term.word) && !ownAct(context, i)) {
      const next = terms.slice(i + 1, end).find((t) => t.word !== 'that');
      if (!next || !PRONOUNS.has(next.word)) return finding('none:reported-speech', { type: 'none' });
      continue;
    }
    // "cooperation and exercises between A and B": the noun phrase before "between" is what A and B do.
    if (term.word === 'between' && i > x.last + 1) {
      const from = nounPhraseStart(context, i);
      found = found.filter((cue) => cue.index < from);
      end = i;
      break;
    }
    // "… deter Russian aggression and address the challenges posed by China": a second verb phrase has its own object.
    if (term.word === 'and' && i > x.last + 1 && (has(terms[i + 1], 'V') || (terms[i + 1]?.word === 'to' && has(terms[i + 2], 'V'))) && !has(terms[i + 1], 'N')) {
      found = [];
      continue;
    }
    // "called on Congress to invest", "urged Iran to": an appeal, not a meeting or criticism (its particle is skipped too).
    const appeal = appealLength(terms, i, cues);
    if (appeal > 0) {
      i += appeal - 1;
      continue;
    }
    // "did not sanction": compromise may tag a verb after a negation or "do" as a noun.
    const previous = terms[i - 1];
    const afterAuxiliary = previous !== undefined && (has(previous, 'X') || has(previous, 'M') || DO.has(previous.word)) && cues.verbs.has(term.word);
    if ((has(term, 'V') && !has(term, 'N')) || afterAuxiliary) {
      const passive = has(term, 'P') || (BE.has(terms[i - 1]?.word ?? '') && has(term, 'T'));
      for (const type of cueTypesOf(term, cues)) if (!passive || byBeforeY) found.push({ type, index: i, verb: true });
      // A verb's particle ("kick off", "step up") is tagged a verb too: the verb before it stays the one that takes the object.
      if (!has(term, 'U') && !has(term, 'K') && !DO.has(term.word) && !(PARTICLES.has(term.word) && lastVerb === terms[i - 1])) lastVerb = term;
      continue;
    }
    const light = !lastVerb || cues.lightVerbs.has(lastVerb.word) || cues.lightVerbs.has(lastVerb.root ?? '') || cues.verbs.has(lastVerb.word);
    const owner = ownerOf(context, i);
    if (light && (!owner || owner.actor === x.actor)) for (const type of cueTypesOf(term, cues)) found.push({ type, index: i, verb: false });
  }
  const phrases = phraseCues(terms, x.last + 1, end, cues);
  // "paid a state visit", "opened fire": a phrase starting at a verb says what the verb means here ("pay" alone is `funds`).
  found = found.filter((cue) => !(cue.verb && phrases.some((phrase) => phrase.verb && phrase.index === cue.index && phrase.type !== cue.type)));
  found.push(...phrases);
  if (!window.otherClause && end === y.first) found.push(...phrasesAroundY(context));

  // "targeted camps that were used by the Taliban": a conflict verb on what the second actor uses or owns acts on the second.
  const onWhatYHolds = window.relative === true && agentBefore(terms, y.first, 'by') && found.some((cue) => cue.verb && (cue.type === 'attacks' || cue.type === 'pressures'));
  if (onWhatYHolds) {
    const chosen = choose(found.filter((cue) => cue.verb && (cue.type === 'attacks' || cue.type === 'pressures')));
    return finding('cue:verb:on-what-y-holds', { type: chosen.type, from: x.actor, to: y.actor, ...negation(terms, chosen.index, cues) });
  }
  if (window.otherClause) return finding('none:other-clause', { type: 'none' });
  if (found.length === 0) return end === y.first ? possessiveNounOfY(context) : finding('none:no-cue', { type: 'none' });
  // A cue whose object is another actor relates the first actor to that one ("met Zelenskyy to discuss …").
  const aimed = found.filter((cue) => !objectIsAnother(context, cue.index) && !(cue.type === 'meets' && cue.verb && isTopic(context, cue.index)));
  if (aimed.length === 0) return finding('none:cue-object-other', { type: 'none' });
  const chosen = asMeasure(choose(aimed), context);
  const { relation, how } = directed(chosen, context);
  const kind = chosen.verb ? 'verb' : 'noun';
  return finding(`cue:${kind}${how}`, { ...relation, ...negation(terms, chosen.index, cues) });
}

/** Terms an appeal starting at `at` covers ("called on": 2), or 0. */
export function appealLength(terms: readonly ParsedTerm[], at: number, cues: CueTables): number {
  const term = terms[at]!;
  for (const { forms, rest } of cues.appealVerbs) {
    if (!forms.has(term.word) && !forms.has(term.root ?? '')) continue;
    if (rest.every((word, k) => terms[at + 1 + k]?.word === word)) return 1 + rest.length;
  }
  return 0;
}

/** The verb cue of highest precedence, raised to a material noun in what was agreed or received ("signed a loan agreement", "received loans"); else the best noun. */
function choose(found: readonly Cue[]): Cue {
  const best = (cues: readonly Cue[]) => cues.reduce((a, b) => (PRECEDENCE[b.type] > PRECEDENCE[a.type] ? b : a));
  const verbs = found.filter((cue) => cue.verb);
  if (verbs.length === 0) return best(found);
  const chosen = best(verbs);
  if (chosen.type !== 'agrees' && chosen.type !== 'supports' && chosen.type !== 'meets') return chosen;
  const material = found.filter((cue) => !cue.verb && cue.index > chosen.index && PRECEDENCE[cue.type] > PRECEDENCE.criticises);
  return material.length > 0 ? { ...best(material), index: chosen.index, verb: true } : chosen;
}

/** "The sanctions … target Russia's banks": a verb of striking (lexicon `measureVerbs`) in a sentence about sanctions or other measures names pressure, not an attack. */
function asMeasure(cue: Cue, { terms, cues }: Context): Cue {
  if (cue.type !== 'attacks' || !cue.verb || !cues.measureVerbs.has(terms[cue.index]!.word)) return cue;
  const measures = terms.some((term) => !(has(term, 'V') && !has(term, 'N')) && cueTypesOf(term, cues).includes('pressures'));
  return measures ? { ...cue, type: 'pressures' } : cue;
}

/** "hold Russia accountable", "put pressure on Iran": a phrase whose words sit on both sides of the second mention. */
function phrasesAroundY({ terms, cues, y }: Context): Cue[] {
  const found: Cue[] = [];
  for (const phrase of cues.phrases) {
    if (phrase.words.length < 2) continue;
    const at = [y.first - 1, y.first - 2].find((i) => i >= 0 && (terms[i]!.word === phrase.words[0] || terms[i]!.root === phrase.words[0]));
    if (at === undefined) continue;
    const rest = terms.slice(y.last + 1, y.last + phrase.words.length).map((term) => term.word);
    if (phrase.words.slice(1).every((word, i) => rest[i] === word)) found.push({ type: phrase.type, index: at, verb: true });
  }
  return found;
}

/** "Kazakhstan is China's largest trading partner" (the first is what the noun says); "… respond to Russia's attacks" (the second acts). */
function possessiveNounOfY(context: Context): Finding {
  const { terms, cues, x, y } = context;
  if (!isPossessive(terms[y.last])) return finding('none:no-cue', { type: 'none' });
  const found: Cue[] = [];
  // The noun phrase after the possessive; a participle may stand as an adjective in it ("Russia's unprovoked war").
  for (let i = y.last + 1; i < Math.min(terms.length, y.last + 6) && !(has(terms[i], 'V') && !has(terms[i], 'T')) && !has(terms[i], 'R'); i++) {
    for (const type of cueTypesOf(terms[i]!, cues)) found.push({ type, index: i, verb: false });
  }
  if (found.length === 0) return finding('none:no-cue', { type: 'none' });
  const chosen = found.reduce((a, b) => (PRECEDENCE[b.type] > PRECEDENCE[a.type] ? b : a));
  // "… against the Soviet Union's invasion of Hungary": the noun names its own target.
  let at = chosen.index + 1;
  while (at < terms.length && at <= chosen.index + 4 && !context.covered.has(at) && (PHRASE_PREPOSITIONS.has(terms[at]!.word) || has(terms[at], 'D'))) at++;
  const target = context.covered.get(at);
  if (at > chosen.index + 1 && target && target.actor !== x.actor && target.actor !== y.actor) return finding('none:cue-object-other', { type: 'none' });
  const between = terms.slice(x.last + 1, y.first);
  const copula = between.some((term) => has(term, 'K')) && between.every((term) => has(term, 'K') || has(term, 'U') || has(term, 'B') || has(term, 'D') || has(term, 'A'));
  if (MUTUAL.has(chosen.type) || (copula && chosen.type === 'trades')) return finding('cue:noun-of-y', { type: chosen.type, ...negation(terms, chosen.index, cues) });
  const relation: EvidenceRelation = copula ? { type: chosen.type, from: x.actor, to: y.actor } : { type: chosen.type, from: y.actor, to: x.actor };
  return finding(copula ? 'cue:noun-of-y:copula' : 'cue:noun-of-y:agent', { ...relation, ...negation(terms, chosen.index, cues) });
}

/** "… to discuss Russian aggression", "discussed Iran's programme": the second actor only qualifies the topic of the talks. */
function isTopic({ terms, cues, y }: Context, index: number): boolean {
  let i = index + 1;
  while (i < y.first && has(terms[i], 'D')) i++;
  const next = terms[y.last + 1];
  // "met Chinese President Xi": a title after the second actor names its official, who is met.
  if (next && (cues.titleWords.has(next.word) || cues.titleHeads.has(next.word))) return false;
  return i === y.first && (isPossessive(terms[y.last]) || (has(next, 'N') && !has(next, 'V')));
}

/** "Biden spoke with Zelenskyy to discuss … Russian aggression": the cue verb's object is another actor, not the second one. */
function objectIsAnother({ terms, cues, x, y, covered }: Context, index: number): boolean {
  const noun = !has(terms[index], 'V');
  let i = index + 1;
  while (i < y.first && !covered.has(i) && i <= index + 5 &&
    (OBJECT_LINKS.has(terms[i]!.word) || cues.belongsNouns.has(terms[i]!.word) || has(terms[i], 'B') || terms[i]!.flags === '' || (noun && has(terms[i], 'N') && !has(terms[i], 'V')) || (noun && PHRASE_PREPOSITIONS.has(terms[i]!.word)) || (has(terms[i], 'A') && !has(terms[i], 'V')) || cues.phrases.some((p) => p.words.includes(terms[i]!.word)))) i++;
  const other = covered.get(i);
  if (!other || other === x || other === y || other.first >= y.first) return false;
  // "… with President Zelenskyy of Ukraine", "… with Kazakhstan's president Tokayev": one stands for the other; "… with Zelenskyy and Scholz": listed.
  const rest = terms.slice(other.last + 1, y.first);
  // "… on the Director of BiH Intelligence Services": the other is part of the second's name phrase (nouns only between).
  return !rest.every((term, offset) => covered.has(other.last + 1 + offset) || LIST_WORDS.has(term.word) || term.word === 'of' || has(term, 'D') ||
    cues.belongsNouns.has(term.word) || ((has(term, 'N') || has(term, 'A')) && !has(term, 'V') && term.after !== ',' && !PHRASE_PREPOSITIONS.has(term.word)));
}

function directed(cue: Cue, { terms, cues, x, y }: Context): { relation: EvidenceRelation; how: string } {
  if (MUTUAL.has(cue.type)) return { relation: { type: cue.type }, how: '' };
  const forward: EvidenceRelation = { type: cue.type, from: x.actor, to: y.actor };
  const backward: EvidenceRelation = { type: cue.type, from: y.actor, to: x.actor };
  const term = terms[cue.index]!;
  const byBeforeY = agentBefore(terms, y.first, 'by');
  const fromBeforeY = agentBefore(terms, y.first, 'from');
  const reverse = (t: ParsedTerm) => cues.reverseVerbs.has(t.word) || cues.reverseVerbs.has(t.root ?? '');
  if (cue.verb) {
    const passive = has(term, 'P') || (BE.has(terms[cue.index - 1]?.word ?? '') && has(term, 'T') && byBeforeY);
    if (passive && byBeforeY) return { relation: backward, how: ':passive' };
    if (reverse(term)) return { relation: backward, how: ':reverse-verb' };
    if (fromBeforeY && (cue.type === 'funds' || cue.type === 'trades' || cue.type === 'supports')) return { relation: backward, how: ':from' };
    return { relation: forward, how: '' };
  }
  // A noun: "X's loan to Y" forward; "sanctions on X by Y", "X received a loan from Y" backward.
  const verbAfterNoun = terms.slice(cue.index + 1, y.first).some((t) => has(t, 'V') && !has(t, 'N'));
  if (byBeforeY && !verbAfterNoun) return { relation: backward, how: ':by' };
  if (terms.slice(x.last + 1, cue.index).some(reverse)) return { relation: backward, how: ':reverse-verb' };
  if (fromBeforeY) return { relation: backward, how: ':from' };
  if (cue.type === 'trades' && terms.slice(x.last + 1, y.first).some((t) => t.word === 'with' || has(t, 'K'))) return { relation: { type: 'trades' }, how: ':mutual' };
  return { relation: forward, how: '' };
}
