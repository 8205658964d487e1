/**
 * The relation one sentence states between two of its actors, from the sentence's parse:
 * structure patterns first (possessives, appositions, "X of Y", titles), then coordination
 * ("A and B signed …", "talks between A and B", member lists), then the cue words between
 * the two mentions — whose clause they are in, active or passive, negated or not.
 */
import type { ActorType, EvidenceRelation, RelationType } from '../../graph-format/index.ts';
import type { CueTables, CueType } from './cues.ts';
import type { ParsedTerm } from './parse.ts';

export interface SentenceMention {
  start: number;
  end: number;
  actor: string;
  type: ActorType;
}

interface Placed { first: number; last: number; actor: string; type: ActorType }

interface Cue { type: CueType; index: number; verb: boolean }

/** Material over verbal, conflict over cooperation (issue 14's precedence). */
const PRECEDENCE: Record<CueType, number> = {
  attacks: 9, pressures: 8, funds: 7, trades: 6, cooperates: 5, criticises: 4.5, agrees: 4, supports: 3, meets: 2,
};
const MUTUAL: ReadonlySet<RelationType> = new Set(['meets', 'agrees', 'cooperates', 'none']);
const MAX_GAP = 30;
const LIST_WORDS = new Set(['and', 'or', 'as', 'well', 'the', 'both', 'between', 'also', 'its', 'their', '&']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'its', 'their']);
const DO = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'to']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

const has = (term: ParsedTerm | undefined, flag: string) => term !== undefined && term.flags.includes(flag);

export function classifyPair(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables): EvidenceRelation {
  const placed = placeMentions(terms, mentions);
  const pair = closestPair(placed, actorA, actorB);
  if (!pair) return { type: 'none' };
  const [x, y] = pair;
  const covered = new Map<number, Placed>();
  for (const mention of placed) for (let i = mention.first; i <= mention.last; i++) covered.set(i, mention);
  const context: Context = { terms, cues, x, y, covered };

  const structure = belongsPattern(context);
  if (structure) return structure;
  if (y.first - x.last - 1 > MAX_GAP) return { type: 'none' };
  if (isCoordinated(context)) return coordinated(context);
  return fromCues(context);
}

interface Context {
  terms: readonly ParsedTerm[];
  cues: CueTables;
  /** The earlier and the later mention of the pair. */
  x: Placed;
  y: Placed;
  covered: Map<number, Placed>;
}

function placeMentions(terms: readonly ParsedTerm[], mentions: readonly SentenceMention[]): Placed[] {
  const placed: Placed[] = [];
  for (const mention of mentions) {
    let first = -1;
    let last = -1;
    terms.forEach((term, index) => {
      if (term.end > mention.start && term.start < mention.end) {
        if (first < 0) first = index;
        last = index;
      }
    });
    if (first >= 0) placed.push({ first, last, actor: mention.actor, type: mention.type });
  }
  return placed.sort((a, b) => a.first - b.first);
}

function closestPair(placed: readonly Placed[], a: string, b: string): [Placed, Placed] | undefined {
  let best: [Placed, Placed] | undefined;
  let bestGap = Infinity;
  for (const p of placed) {
    if (p.actor !== a) continue;
    for (const q of placed) {
      if (q.actor !== b || q.first === p.first) continue;
      const [x, y] = p.first < q.first ? [p, q] : [q, p];
      const gap = y.first - x.last;
      if (gap < bestGap) { bestGap = gap; best = [x, y]; }
    }
  }
  return best;
}

const belongs = (part: Placed, whole: Placed): EvidenceRelation => ({ type: 'belongs', from: part.actor, to: whole.actor });
const isWhole = (mention: Placed) => mention.type === 'state' || mention.type === 'organisation' || mention.type === 'firm';

function belongsPattern({ terms, cues, x, y, covered }: Context): EvidenceRelation | undefined {
  const between = terms.slice(x.last + 1, y.first);
  const xEnd = terms[x.last]!;
  const yEnd = terms[y.last]!;
  const isTitle = (term: ParsedTerm) => cues.belongsNouns.has(term.word) || cues.memberNouns.has(term.word) || (has(term, 'A') && !has(term, 'V')) || has(term, 'D');
  const noBreak = between.every((term) => !has(term, 'V') && !has(term, 'R') && !has(term, 'C') && (term.after === undefined || term.after === '-'));
  const namedTitle = between.some((term) => cues.belongsNouns.has(term.word) || cues.memberNouns.has(term.word));
  // "Kazakhstan's president Tokayev", "China's Huawei", "Chinese President Xi", "the Kazakh firm KazMunayGas".
  if (between.length <= 4 && noBreak && between.every(isTitle) && isWhole(x) && (xEnd.after === undefined || xEnd.after === '-') &&
    (has(xEnd, 'S') || namedTitle || (between.length === 0 && y.type !== 'state' && x.type === 'state'))) {
    if (!(x.type === 'state' && y.type === 'state')) return belongs(y, x);
  }
  // "The last ICC president was Zaheer Abbas".
  const copulaAt = between.findIndex((term) => has(term, 'K'));
  if (copulaAt > 0 && copulaAt === between.length - 1 && isWhole(x) && y.type === 'person' &&
    between.slice(0, copulaAt).every(isTitle) && between.slice(0, copulaAt).some((term) => cues.belongsNouns.has(term.word))) return belongs(y, x);
  // "the Commissioner of London's Metropolitan Police, Lord Condon".
  const beforeX = terms[x.first - 1]?.word === 'the' ? x.first - 2 : x.first - 1;
  if (between.length === 0 && xEnd.after === ',' && y.type === 'person' && isWhole(x) && terms[beforeX]?.word === 'of' &&
    cues.belongsNouns.has(terms[beforeX - 1]?.word ?? '')) return belongs(y, x);
  // "Tokayev, Kazakhstan's president", "Huawei, a Chinese firm", "Tokayev is Kazakhstan's president".
  const afterY = terms[y.last + 1];
  const apposition = xEnd.after === ',' || (between.length > 0 && between.every((term) => has(term, 'K') || has(term, 'D') || has(term, 'A')) && between.some((term) => has(term, 'K')));
  if (apposition && between.every((term) => has(term, 'D') || has(term, 'A') || has(term, 'K') || has(term, 'B')) && isWhole(y) &&
    afterY && (cues.belongsNouns.has(afterY.word) || cues.memberNouns.has(afterY.word) || (has(yEnd, 'S') && has(afterY, 'A')))) {
    return belongs(x, y);
  }
  // "Kazakhstan, a member of the SCO", "Wang Yi, foreign minister of China", "President Tokayev of Kazakhstan".
  // "Jan Hecker, Adviser to the German Chancellor".
  const toAt = between.findIndex((term) => term.word === 'to');
  if (toAt > 0 && xEnd.after === ',' && x.type === 'person' && isWhole(y) && afterY && cues.belongsNouns.has(afterY.word) &&
    between.slice(0, toAt).every((term) => !has(term, 'V')) && between.slice(toAt + 1).every((term) => has(term, 'D') || has(term, 'A'))) return belongs(x, y);
  const ofAt = between.findIndex((term) => term.word === 'of');
  if (ofAt >= 0 && isWhole(y) && between.slice(ofAt + 1).every((term) => has(term, 'D') || has(term, 'A'))) {
    const head = between.slice(0, ofAt);
    const headIsTitle = head.length > 0 && head.every(isTitle) && head.some((term) => cues.belongsNouns.has(term.word) || cues.memberNouns.has(term.word));
    if ((head.length === 0 && x.type !== 'state') || (headIsTitle && (xEnd.after === ',' || head.length <= 4) && !head.some((term) => has(term, 'V')))) {
      if (!(x.type === 'state' && y.type === 'state' && !head.some((term) => cues.memberNouns.has(term.word)))) return belongs(x, y);
    }
  }
  // "Kazakhstan joined the WTO"; "the SCO includes India".
  const verbs = between.filter((term) => has(term, 'V') && !has(term, 'K') && !has(term, 'U'));
  if (verbs.length === 1 && !between.some((term) => covered.has(terms.indexOf(term)))) {
    const verb = verbs[0]!;
    const passive = has(verb, 'P');
    if (cues.partVerbs.has(verb.word)) return passive ? belongs(y, x) : belongs(x, y);
    if (cues.wholeVerbs.has(verb.word) && isWhole(x)) return passive ? belongs(x, y) : belongs(y, x);
  }
  // Member lists: "China, Russia and Kazakhstan are members of the SCO".
  const memberAt = terms.findIndex((term, index) => index > y.last && cues.memberNouns.has(term.word));
  if (memberAt > 0 && isListBetween(between, covered, terms, x) && x.type === 'state' && y.type === 'state') return { type: 'none' };
  // "… were granted associate member status by the ICC", "Kazakhstan became a member of the SCO".
  const memberBetween = between.findIndex((term) => cues.memberNouns.has(term.word));
  const memberOfY = memberBetween >= 0 && between.slice(memberBetween + 1).every((term) => term.word === 'of' || term.word === 'by' || term.word === 'status' || has(term, 'D'));
  if (memberOfY && x.type !== 'organisation' && y.type === 'organisation') return belongs(x, y);
  if (memberBetween >= 0 && x.type === 'organisation' && y.type === 'state') return belongs(y, x);
  return undefined;
}

function isListBetween(between: readonly ParsedTerm[], covered: Map<number, Placed>, terms: readonly ParsedTerm[], x: Placed): boolean {
  return between.every((term, offset) => covered.has(x.last + 1 + offset) || LIST_WORDS.has(term.word)) && (between.length > 0 || terms[x.last]!.after === ',');
}

function isCoordinated({ terms, x, covered }: Context): boolean {
  const between = terms.slice(x.last + 1, terms.length).slice(0, Math.max(0, terms.findIndex((_, i) => i > x.last && covered.get(i) !== undefined && covered.get(i) !== x) - x.last - 1));
  return isListBetween(between, covered, terms, x);
}

/** A and B named side by side: the verb after both (or the noun before "between") says what they do together. */
function coordinated({ terms, cues, x, y, covered }: Context): EvidenceRelation {
  let before = x.first - 1;
  while (before >= 0 && has(terms[before], 'D')) before--;
  if (terms[before]?.word === 'between') {
    for (let i = before - 1; i >= Math.max(0, before - 4); i--) {
      const type = bestType(cueTypesOf(terms[i]!, cues));
      if (type) return { type };
    }
    return { type: 'none' };
  }
  // "A and B signed …": the first verb after the list, in the same clause, when the list is its subject.
  let i = y.last + 1;
  let nouns = 0;
  while (i < terms.length && (covered.has(i) || LIST_WORDS.has(terms[i]!.word) || has(terms[i], 'B') ||
    (!has(terms[i], 'V') && terms[i - 1]?.after === undefined && ++nouns <= 3))) i++;
  const verbAt = i;
  if (!has(terms[verbAt], 'V') || before >= 0 && !has(terms[before], 'C') && terms[before]?.after !== ',' && terms[before]?.word !== 'both') {
    return { type: 'none' };
  }
  const together = (type: CueType) => type === 'meets' || type === 'agrees' || type === 'cooperates' || type === 'trades';
  let windowEnd = verbAt;
  while (windowEnd < Math.min(terms.length, verbAt + 6)) {
    const term = terms[windowEnd]!;
    if (windowEnd > verbAt && has(term, 'R') && !['on', 'to', 'with'].includes(term.word)) break;
    windowEnd++;
    if (term.after !== undefined) break;
  }
  const found = [...terms.slice(verbAt, windowEnd).flatMap((term, offset) => cueTypesOf(term, cues).map((type) => ({ type, index: verbAt + offset }))),
    ...phraseCues(terms, verbAt, windowEnd, cues)].filter((cue) => together(cue.type));
  if (found.length === 0) return { type: 'none' };
  const best = found.reduce((a, b) => (PRECEDENCE[b.type] > PRECEDENCE[a.type] ? b : a));
  return { type: best.type, ...negation(terms, verbAt, cues) };
}

function cueTypesOf(term: ParsedTerm, cues: CueTables): CueType[] {
  const forms = term.root ? [term.word, term.root] : [term.word];
  const verb = has(term, 'V');
  for (const form of forms) {
    const types = verb ? cues.verbs.get(form) ?? cues.nouns.get(form) : cues.nouns.get(form) ?? (has(term, 'N') ? undefined : cues.verbs.get(form));
    if (types) return types;
  }
  return [];
}

function bestType(types: readonly CueType[]): CueType | undefined {
  let best: CueType | undefined;
  for (const type of types) if (!best || PRECEDENCE[type] > PRECEDENCE[best]) best = type;
  return best;
}

function negation(terms: readonly ParsedTerm[], index: number, cues: CueTables): { negated?: true } {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const term = terms[i]!;
    if (has(term, 'X') || cues.negators.has(term.word)) return { negated: true };
  }
  return {};
}

function phraseCues(terms: readonly ParsedTerm[], from: number, to: number, cues: CueTables): Cue[] {
  const found: Cue[] = [];
  for (const phrase of cues.phrases) {
    for (let i = from; i < to; i++) {
      if (terms[i]!.word !== phrase.words[0] && terms[i]!.root !== phrase.words[0]) continue;
      let at = i;
      let matched = 1;
      for (let w = 1; w < phrase.words.length && matched === w; w++) {
        for (let k = at + 1; k <= Math.min(to - 1, at + 3); k++) {
          if (terms[k]!.word === phrase.words[w] || terms[k]!.root === phrase.words[w]) { at = k; matched++; break; }
        }
      }
      if (matched === phrase.words.length) found.push({ type: phrase.type, index: i, verb: has(terms[i], 'V') });
    }
  }
  return found;
}

/** Cue words between the two mentions, in the first mention's clause. */
function fromCues({ terms, cues, x, y, covered }: Context): EvidenceRelation {
  let end = y.first;
  // Another actor between the two, not listed with the first one, is the subject of what follows it.
  for (let i = x.last + 1; i < y.first; i++) {
    const other = covered.get(i);
    if (!other || other === x) continue;
    const adjacentToX = i === x.last + 1 || (i <= x.last + 2 && LIST_WORDS.has(terms[x.last + 1]!.word));
    const verbBefore = terms.slice(x.last + 1, i).some((term) => has(term, 'V') && !has(term, 'U') && !has(term, 'K'));
    const next = terms.slice(other.last + 1, other.last + 4).find((term) => !has(term, 'N') && !has(term, 'A'));
    if (!adjacentToX && has(next, 'V') && verbBefore) { end = i; break; }
  }
  const found: Cue[] = [];
  const byBeforeY = terms[y.first - 1]?.word === 'by' || (terms[y.first - 2]?.word === 'by' && has(terms[y.first - 1], 'D'));
  let lastVerb: ParsedTerm | undefined;
  for (let i = x.last + 1; i < end; i++) {
    const term = terms[i]!;
    if (covered.has(i)) continue;
    // A relative clause on a word other than the first actor has its own subject.
    if (cues.relativeWords.has(term.word) && i - 1 > x.last && terms[i - 1]!.after !== ',' && term.word !== 'that') { end = i; break; }
    if (has(term, 'V') && cues.speechVerbs.has(term.word)) {
      const next = terms.slice(i + 1, end).find((t) => t.word !== 'that');
      if (!next || !PRONOUNS.has(next.word)) return { type: 'none' };
      continue;
    }
    // "did not sanction": compromise may tag a verb after a negation or "do" as a noun.
    const previous = terms[i - 1];
    const afterAuxiliary = previous !== undefined && (has(previous, 'X') || has(previous, 'M') || DO.has(previous.word)) && cues.verbs.has(term.word);
    const verb = (has(term, 'V') && !has(term, 'N')) || afterAuxiliary;
    if (verb) {
      const passive = has(term, 'P') || (BE.has(terms[i - 1]?.word ?? '') && has(term, 'T'));
      const types = cueTypesOf(term, cues).filter((type) => !passive || byBeforeY);
      for (const type of types) found.push({ type, index: i, verb: true });
      if (!has(term, 'U') && !has(term, 'K') && !DO.has(term.word)) lastVerb = term;
    } else {
      const light = !lastVerb || cues.lightVerbs.has(lastVerb.word) || cues.lightVerbs.has(lastVerb.root ?? '') || cues.verbs.has(lastVerb.word);
      if (light) for (const type of cueTypesOf(term, cues)) found.push({ type, index: i, verb: false });
    }
    if (term.after !== undefined && /[;:–—“”"()]/.test(term.after)) { end = i + 1; break; }
  }
  found.push(...phraseCues(terms, x.last + 1, end, cues));
  // "Kazakhstan is China's largest trading partner": the noun phrase after a possessive second actor.
  if (found.length === 0 && has(terms[y.last], 'S')) {
    for (let i = y.last + 1; i < Math.min(terms.length, y.last + 5) && !has(terms[i], 'V') && !has(terms[i], 'R'); i++) {
      for (const type of cueTypesOf(terms[i]!, cues)) found.push({ type, index: i, verb: false });
    }
  }
  if (found.length === 0) return { type: 'none' };

  const verbs = found.filter((cue) => cue.verb);
  let chosen: Cue;
  if (verbs.length > 0) {
    chosen = verbs.reduce((best, cue) => (PRECEDENCE[cue.type] > PRECEDENCE[best.type] ? cue : best));
    // "signed a loan agreement": a material noun in what was agreed says more than the verb.
    if (chosen.type === 'agrees' || chosen.type === 'supports') {
      const material = found.filter((cue) => !cue.verb && cue.index > chosen.index && PRECEDENCE[cue.type] > PRECEDENCE.criticises);
      const upgrade = material.reduce<Cue | undefined>((best, cue) => (!best || PRECEDENCE[cue.type] > PRECEDENCE[best.type] ? cue : best), undefined);
      if (upgrade) chosen = { ...upgrade, index: chosen.index, verb: true };
    }
  } else {
    chosen = found.reduce((best, cue) => (PRECEDENCE[cue.type] > PRECEDENCE[best.type] ? cue : best));
  }
  return { ...directed(chosen, { terms, cues, x, y, covered }), ...negation(terms, chosen.index, cues) };
}

function directed(cue: Cue, { terms, cues, x, y }: Context): EvidenceRelation {
  if (MUTUAL.has(cue.type)) return { type: cue.type };
  const forward: EvidenceRelation = { type: cue.type, from: x.actor, to: y.actor };
  const backward: EvidenceRelation = { type: cue.type, from: y.actor, to: x.actor };
  const term = terms[cue.index]!;
  const byBeforeY = terms[y.first - 1]?.word === 'by' || (terms[y.first - 2]?.word === 'by' && has(terms[y.first - 1], 'D'));
  const fromBeforeY = terms[y.first - 1]?.word === 'from' || (terms[y.first - 2]?.word === 'from' && has(terms[y.first - 1], 'D'));
  if (cue.verb) {
    const passive = has(term, 'P') || (BE.has(terms[cue.index - 1]?.word ?? '') && has(term, 'T') && byBeforeY);
    if (passive && byBeforeY) return backward;
    if (cues.reverseVerbs.has(term.word) || cues.reverseVerbs.has(term.root ?? '')) return backward;
    if (fromBeforeY && (cue.type === 'funds' || cue.type === 'trades' || cue.type === 'supports')) return backward;
    return forward;
  }
  // A noun: "X's loan to Y" forward; "sanctions on X by Y", "X received a loan from Y" backward.
  if (byBeforeY) return backward;
  const reverseVerb = terms.slice(x.last + 1, cue.index).some((t) => cues.reverseVerbs.has(t.word) || cues.reverseVerbs.has(t.root ?? ''));
  if (reverseVerb || fromBeforeY) return backward;
  if (cue.type === 'trades' && terms.slice(x.last + 1, y.first).some((t) => t.word === 'with' || has(t, 'K'))) return { type: 'trades' };
  return forward;
}
