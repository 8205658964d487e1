/**
 * The relation the extractor stores: the hand-written rules (classify.ts) give a first answer
 * and its rule name; the learned model (model.ts, weights in lexicon/relation-model.json)
 * reads the rules' answer with the words around the pair (features.ts) and picks the type.
 * When the model agrees with the rules, the rules' direction and negation stand; when it picks
 * another type, the direction comes from the grammar around the pair (directionFor).
 */
import type { EvidenceRelation, RelationType } from '../../graph-format/index.ts';
import modelData from '../lexicon/relation-model.json' with { type: 'json' };
import { pairContext, rulesFor, unplaced, type SentencePlacement } from './classify.ts';
import { BE, MUTUAL, agentBefore, belongs, cueTypesOf, has, isPossessive, isWhole, type Context, type Finding, type SentenceMention } from './context.ts';
import type { CueTables } from './cues.ts';
import { pairFeatures } from './features.ts';
import { onOthers } from './pressure-target.ts';
import { likeliestTyped, predictType, type RelationModel } from './model.ts';
import type { ParsedTerm } from './parse.ts';

/** The committed model; undefined when it has no weights (then the rules decide alone). */
const committed = modelData as unknown as RelationModel;
const hasWeights = Object.keys(committed.weights).length > 0;
export function relationModel(): RelationModel | undefined {
  return hasWeights ? committed : undefined;
}

export interface Decision extends Finding {
  /** The rules' own finding (equal to the decision when the model agreed or is absent). */
  byRules: Finding;
}

export function decidePair(
  terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables,
  model: RelationModel | undefined = relationModel(), placement?: SentencePlacement,
): Decision {
  const context = pairContext(terms, mentions, actorA, actorB, cues, placement);
  if (!context) {
    const byRules = unplaced(terms, mentions, actorA, actorB, cues);
    return { ...byRules, byRules };
  }
  const byRules = rulesFor(context);
  if (!model) return { ...byRules, byRules };
  const { overrule } = model.use;
  if (model.use.when === 'when-rules-say-none' && byRules.relation.type !== 'none') {
    if (!overrule || !overrule.rules.some((prefix) => byRules.rule.startsWith(prefix))) return { ...byRules, byRules };
    // A broad cue rule the model disagrees with, surely enough: the model's type (or none).
    const { type, probability } = predictType(model, pairFeatures(context, byRules));
    if (type === byRules.relation.type || probability < overrule.minProbability || blocked(type, context)) return { ...byRules, byRules };
    return { rule: `model:${type}:over:${byRules.rule}`, relation: directionFor(type, context), byRules };
  }
  // Only now: a typed rule the model may not overrule needs no features (the check above).
  const features = pairFeatures(context, byRules);
  if (model.use.maxNone !== undefined && byRules.relation.type === 'none') {
    // Calibrated abstention: type the pair only when the model is sure enough it is not `none`.
    const typed = likeliestTyped(model, features);
    return typed.none <= model.use.maxNone && !blocked(typed.type, context) ? { rule: `model:${typed.type}`, relation: directionFor(typed.type, context), byRules } : { ...byRules, byRules };
  }
  const { type, probability } = predictType(model, features);
  if (type === byRules.relation.type || (type !== 'none' && probability < model.use.minProbability) || blocked(type, context)) return { ...byRules, byRules };
  return { rule: `model:${type}`, relation: directionFor(type, context), byRules };
}

/** A type the grammar rules out for the model too: `pressures` whose measure falls on others (pressure-target.ts). */
const blocked = (type: RelationType, context: Context): boolean => type === 'pressures' && onOthers(context);

const REVERSE_BEFORE_Y = new Set(['from', 'by']);

/** Who acts, for a type the rules did not give: structure for `belongs`, voice and "by"/"from" for the rest. */
export function directionFor(type: RelationType, context: Context): EvidenceRelation {
  const { terms, cues, x, y } = context;
  if (MUTUAL.has(type)) return { type };
  if (type === 'belongs') {
    // The person is the part; otherwise the possessor is the whole ("China's ministry") and else the later one ("X, a member of Y", "X of Y").
    if (x.type === 'person' && y.type !== 'person') return belongs(x, y);
    if (y.type === 'person' && x.type !== 'person') return belongs(y, x);
    if (isPossessive(terms[x.last]) && isWhole(x)) return belongs(y, x);
    return belongs(x, y);
  }
  const forward: EvidenceRelation = { type, from: x.actor, to: y.actor };
  const backward: EvidenceRelation = { type, from: y.actor, to: x.actor };
  const between = terms.slice(x.last + 1, y.first);
  const passive = between.some((term, i) => has(term, 'P') || (has(term, 'V') && has(term, 'T') && BE.has(between[i - 1]?.word ?? '')));
  if (passive && agentBefore(terms, y.first, 'by')) return backward;
  // "… defends itself from Russia's brutal aggression", "not ignore Russian aggression": the act the type names is the second actor's own.
  let head = y.last + 1;
  while (head < terms.length && head <= y.last + 3 && has(terms[head], 'A') && !has(terms[head], 'N')) head++;
  if (has(terms[head], 'N') && (cueTypesOf(terms[head]!, cues) as RelationType[]).includes(type)) return backward;
  if ([...REVERSE_BEFORE_Y].some((word) => agentBefore(terms, y.first, word)) && between.some((term) => cues.reverseVerbs.has(term.word))) return backward;
  if (agentBefore(terms, y.first, 'from') && (type === 'funds' || type === 'trades' || type === 'supports')) return backward;
  // "… against Russia's invasion": the second actor's own act names it the actor.
  if (isPossessive(terms[y.last]) && !between.some((term) => has(term, 'V') && !has(term, 'N'))) return backward;
  return forward;
}

/** The relation the pipeline stores for a pair: the decision without its reasons (`placement`: see pairContext). */
export function classifyPair(
  terms: readonly ParsedTerm[], mentions: readonly SentenceMention[], actorA: string, actorB: string, cues: CueTables, placement?: SentencePlacement,
): EvidenceRelation {
  return decidePair(terms, mentions, actorA, actorB, cues, relationModel(), placement).relation;
}
