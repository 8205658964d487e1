/**
 * Relations classified in the per-document step (the pool's workers), looked up by the assembly.
 *
 * The classifier reads a sentence's parse, its actor mentions (span, type) and which mentions
 * name the same actor; actor ids only ever count through equality and as the `from`/`to` of the
 * answer. The document's step does not know the resolved actors, so it classifies the sentence as
 * its candidates present it: one "class" per candidate label, the candidate's type. The assembly
 * uses an answer only when the resolved sentence is that same picture — the same spans with the
 * same types, split into actors exactly as into classes — and classifies the sentence itself
 * otherwise (a surname joined to a full name, a dropped or retyped candidate). Same answers, so
 * the same bytes, whichever path a sentence takes.
 *
 * Two inputs the mention order could decide are refused up front (the assembly then classifies):
 * two mentions of different classes placed on the same first term (the classifier's stable sort
 * keeps their given order, which follows node ids there), or two with the same span. When which
 * actor is asked first can change the answer (ties in the closest pair; several mentions of a pair
 * the parse cannot place), both orders are classified.
 */
import { ACTOR_TYPES, RELATION_TYPES, type ActorType, type EvidenceRelation } from '../../graph-format/index.ts';
import { closestPair, placeMentions, type SentenceMention } from './classify.ts';
import type { CueTables } from './cues.ts';
import { classifyPair } from './decide.ts';
import type { ParsedTerm } from './parse.ts';

/** A candidate mention of the sentence: span, proposed type and the key of its proposed actor. */
export interface CandidateInSentence { start: number; end: number; type: ActorType; key: string }

export interface PrecomputedRelations {
  /** The picture classified: "start,end,class,type;" per mention (base 36, type as ACTOR_TYPES index), sorted by span. */
  view: string;
  /** "a,b,type,from,to,negated;" per pair of classes asked as (a, b); from/to are classes or empty. */
  relations: string;
}

const b36 = (value: number): string => value.toString(36);

/** Every pair of the sentence's candidate classes classified, or undefined when the picture is refused (see above). */
export function precomputeRelations(terms: readonly ParsedTerm[], candidates: readonly CandidateInSentence[], cues: CueTables): PrecomputedRelations | undefined {
  const unique = new Map<string, CandidateInSentence>();
  for (const candidate of candidates) unique.set(`${candidate.key}\u0000${candidate.start}\u0000${candidate.end}`, candidate);
  const sorted = [...unique.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const classOf = new Map<string, number>();
  const mentions: SentenceMention[] = [];
  let view = '';
  for (const [index, candidate] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous && previous.start === candidate.start && previous.end === candidate.end) return undefined;
    let cls = classOf.get(candidate.key);
    if (cls === undefined) classOf.set(candidate.key, (cls = classOf.size));
    mentions.push({ start: candidate.start, end: candidate.end, actor: String(cls), type: candidate.type });
    view += `${b36(candidate.start)},${b36(candidate.end)},${b36(cls)},${ACTOR_TYPES.indexOf(candidate.type)};`;
  }
  if (classOf.size < 2) return undefined;
  const placed = placeMentions(terms, mentions);
  for (let i = 1; i < placed.length; i++) if (placed[i]!.first === placed[i - 1]!.first && placed[i]!.actor !== placed[i - 1]!.actor) return undefined;

  let relations = '';
  const ask = (a: string, b: string): void => {
    const relation = classifyPair(terms, mentions, a, b, cues);
    relations += `${b36(Number(a))},${b36(Number(b))},${RELATION_TYPES.indexOf(relation.type)},${relation.from === undefined ? '' : b36(Number(relation.from))},${relation.to === undefined ? '' : b36(Number(relation.to))},${relation.negated ? 1 : 0};`;
  };
  for (let a = 0; a < classOf.size; a++) {
    for (let b = a + 1; b < classOf.size; b++) {
      ask(String(a), String(b));
      if (orderMatters(mentions, placed, String(a), String(b))) ask(String(b), String(a));
    }
  }
  return { view, relations };
}

/** Whether classifyPair(a, b) and classifyPair(b, a) could differ for this sentence. */
function orderMatters(mentions: readonly SentenceMention[], placed: ReturnType<typeof placeMentions>, a: string, b: string): boolean {
  const forward = closestPair(placed, a, b);
  const backward = closestPair(placed, b, a);
  if (forward || backward) return !forward || !backward || forward[0] !== backward[0] || forward[1] !== backward[1];
  // Not placed: the compound rules take the first of the pair's mentions that fits, in the order asked.
  return mentions.filter((m) => m.actor === a).length > 1 || mentions.filter((m) => m.actor === b).length > 1;
}

/**
 * The precomputed answers for a resolved sentence, as a function of the pair (actor ids, asked in
 * that order), or undefined when the resolved sentence is not the picture the worker classified.
 */
export function precomputedFor(precomputed: PrecomputedRelations, resolved: readonly SentenceMention[]): ((a: string, b: string) => EvidenceRelation | undefined) | undefined {
  const view = precomputed.view.split(';');
  view.pop();
  if (view.length !== resolved.length) return undefined;
  const ordered = [...resolved].sort((a, b) => a.start - b.start || a.end - b.end);
  const classOfActor = new Map<string, string>();
  const actorOfClass = new Map<string, string>();
  for (const [index, entry] of view.entries()) {
    const [start, end, cls, type] = entry.split(',') as [string, string, string, string];
    const mention = ordered[index]!;
    if (parseInt(start, 36) !== mention.start || parseInt(end, 36) !== mention.end || ACTOR_TYPES[Number(type)] !== mention.type) return undefined;
    const known = classOfActor.get(mention.actor);
    if (known === undefined) {
      if (actorOfClass.has(cls)) return undefined;
      classOfActor.set(mention.actor, cls);
      actorOfClass.set(cls, mention.actor);
    } else if (known !== cls) return undefined;
  }
  const answers = new Map<string, EvidenceRelation>();
  const entries = precomputed.relations.split(';');
  entries.pop();
  for (const entry of entries) {
    const [a, b, type, from, to, negated] = entry.split(',') as [string, string, string, string, string, string];
    const relation: EvidenceRelation = { type: RELATION_TYPES[Number(type)]! };
    if (from !== '') relation.from = actorOfClass.get(from)!;
    if (to !== '') relation.to = actorOfClass.get(to)!;
    if (negated === '1') relation.negated = true;
    answers.set(`${a},${b}`, relation);
  }
  return (a, b) => {
    const classA = classOfActor.get(a);
    const classB = classOfActor.get(b);
    if (classA === undefined || classB === undefined) return undefined;
    // Only one order is stored when the order cannot change the answer.
    return answers.get(`${classA},${classB}`) ?? answers.get(`${classB},${classA}`);
  };
}
