/**
 * The learned relation model (src/extract/relate/{features,model,decide}.ts): the features it
 * reads off hand-written sentences, one gradient step worked out by hand, deterministic
 * training, and how its answer is combined with the rules' (with hand-made weights, so the
 * expectations do not come from the committed model).
 */
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph-format/index.ts';
import {
  decidePair, directionFor, pairContext, pairFeatures, parseSentence, relationCues, relationModel, rulesFor, trainModel,
  type RelationModel, type TrainingExample,
} from '../../src/extract/relate/index.ts';
import { stem, verbClassesOf } from '../../src/extract/relate/features.ts';
import modelFile from '../../src/extract/lexicon/relation-model.json' with { type: 'json' };
import { sentenceMentions, type Names } from '../helpers/explain-pair.ts';

function prepared(sentence: string, names: Names, a: string, b: string) {
  const mentions = sentenceMentions(sentence, names);
  const terms = parseSentence(sentence, 0, sentence.length);
  const context = pairContext(terms, mentions, a, b, relationCues())!;
  return { terms, mentions, context, features: pairFeatures(context, rulesFor(context)) };
}

const STEP = { epochs: 1, learningRate: 1, l2: 0, minCount: 1, balance: 0 };

describe('features', () => {
  it('stems regular endings and finds broad verb classes by stem', () => {
    expect(stem('sanctioned')).toBe('sanction');
    expect(stem('invaded')).toBe('invad');
    expect(stem('talks')).toBe('talk');
    expect(verbClassesOf('invaded')).toContain('assault');
    expect(verbClassesOf('bankrolled')).toEqual([]);
    expect(verbClassesOf('lending')).toContain('aid');
  });

  it('reads the verb between two actors, their types and the rule', () => {
    const { features } = prepared('Russia invaded Ukraine in 2022.', { Russia: 'state', Ukraine: 'state' }, 'Russia', 'Ukraine');
    for (const feature of ['bias', 'types=state|state', 'gap=1', 'v1=invad', 'v1c=assault', 'bcv=attacks', 'rule=cue:verb', 'ruletype=attacks']) expect(features).toContain(feature);
    expect(features).not.toContain('noverb');
    expect(features).not.toContain('passive');
  });

  it('reads apposition, possessive and title shape', () => {
    const { features } = prepared("Tokayev, Kazakhstan's president, praised the plan.", { Tokayev: 'person', Kazakhstan: 'state' }, 'Tokayev', 'Kazakhstan');
    for (const feature of ['xcomma', 'yposs', 'aytitle', 'gap=0', 'noverb', 'types=person|state']) expect(features).toContain(feature);
  });

  it('reads the passive and the agent before the second actor', () => {
    const { features } = prepared('The road in Kyrgyzstan was paid for by China.', { Kyrgyzstan: 'state', China: 'state' }, 'Kyrgyzstan', 'China');
    expect(features).toContain('bybeforey');
    expect(features).toContain('bvc=aid');
  });
});

describe('sentence-context features', () => {
  it('reads a cue noun with its preposition before an actor and the sentence verb around the pair', () => {
    const { features } = prepared('President Biden reaffirmed his support for Ukraine.', { 'President Biden': 'person', Ukraine: 'state' }, 'President Biden', 'Ukraine');
    for (const feature of ['prey=supports', 'prey=supports|for', 'mv=before|after', 'gl=reaffirm', 'nact=2', 'scue=supports', 'ncue=supports|between']) expect(features).toContain(feature);
    expect(features).not.toContain('prex=supports');
  });

  it('says where each actor stands from the first verb and how many actors the sentence names', () => {
    const names: Names = { Kazakhstan: 'state', Uzbekistan: 'state', China: 'state' };
    const { features } = prepared('Kazakhstan and Uzbekistan signed a treaty with China.', names, 'Kazakhstan', 'Uzbekistan');
    expect(features).toContain('mv=before|before');
    expect(features).toContain('nact=3');
    expect(features).toContain('ncue=agrees|after');
  });
});

describe('training', () => {
  const tiny: TrainingExample[] = [
    { features: ['bias', 'loan'], label: 'funds' },
    { features: ['bias', 'listed'], label: 'none' },
  ];

  it('takes one gradient step as worked by hand', () => {
    // All weights start at 0, so every type has probability 1/11; each example weighs 1/2.
    // d/dw[loan][funds] = 1/2 · (1/11 − 1) = −5/11: one step of rate 1 gives +5/11 = 0.4545.
    // d/dw[loan][other type] = 1/2 · 1/11: −1/22 = −0.0455 after the step.
    // bias sees both: funds 1/2·(1/11 − 1) + 1/2·1/11 = −9/22 → +0.4091 (none the same), others 2 · 1/22 → −0.0909.
    const model = trainModel(tiny, STEP);
    const at = (feature: string, type: string) => model.weights[feature]![model.labels.indexOf(type as never)];
    expect(at('loan', 'funds')).toBe(0.4545);
    expect(at('loan', 'meets')).toBe(-0.0455);
    expect(at('bias', 'funds')).toBe(0.4091);
    expect(at('bias', 'none')).toBe(0.4091);
    expect(at('bias', 'attacks')).toBe(-0.0909);
  });

  it('learns the tiny set and is deterministic', () => {
    const options = { ...STEP, epochs: 50 };
    const first = trainModel(tiny, options, 'x');
    expect(trainModel([...tiny], options, 'x')).toEqual(first);
    const decide = (features: string[]) => {
      const scores = first.labels.map((_, k) => features.reduce((sum, f) => sum + (first.weights[f]?.[k] ?? 0), 0));
      return first.labels[scores.indexOf(Math.max(...scores))];
    };
    expect(decide(['bias', 'loan'])).toBe('funds');
    expect(decide(['bias', 'listed'])).toBe('none');
  });

  it('drops features seen in fewer than minCount examples and refuses an empty set', () => {
    expect(Object.keys(trainModel(tiny, { ...STEP, minCount: 2 }).weights)).toEqual(['bias']);
    expect(() => trainModel([], STEP)).toThrow(/no training examples/);
  });
});

describe('combining the model with the rules', () => {
  const labels = [...RELATION_TYPES];
  const row = (type: string, value: number) => labels.map((label) => (label === type ? value : 0));
  // Hand-made weights: "repaired" (no cue of the rule lexicon) says funds; nothing else counts.
  const model = (when: RelationModel['use']['when']): RelationModel => ({
    description: 'test', labels, use: { when, minProbability: 0.5 }, weights: { 'v1=repair': row('funds', 10), 'bias': row('none', 1) },
  });

  it('types a pair the rules left `none`, with the direction the grammar gives', () => {
    const { terms, mentions } = prepared('The road in Kyrgyzstan was repaired by China.', { Kyrgyzstan: 'state', China: 'state' }, 'Kyrgyzstan', 'China');
    const rules = decidePair(terms, mentions, 'Kyrgyzstan', 'China', relationCues(), undefined);
    expect(rules.relation.type).toBe('none');
    const decided = decidePair(terms, mentions, 'Kyrgyzstan', 'China', relationCues(), model('when-rules-say-none'));
    expect(decided.rule).toBe('model:funds');
    expect(decided.relation).toEqual({ type: 'funds', from: 'China', to: 'Kyrgyzstan' });
    expect(decided.byRules.relation.type).toBe('none');
  });

  it("keeps a rule's typed answer when asked only where the rules say none", () => {
    const { terms, mentions } = prepared('Russia invaded Ukraine and paid nothing.', { Russia: 'state', Ukraine: 'state' }, 'Russia', 'Ukraine');
    const decided = decidePair(terms, mentions, 'Russia', 'Ukraine', relationCues(), { ...model('when-rules-say-none'), weights: { 'v1=invad': row('none', 20) } });
    expect(decided.relation).toEqual({ type: 'attacks', from: 'Russia', to: 'Ukraine' });
    const overruled = decidePair(terms, mentions, 'Russia', 'Ukraine', relationCues(), { ...model('always'), weights: { 'v1=invad': row('none', 20) } });
    expect(overruled.relation).toEqual({ type: 'none' });
  });

  it('with maxNone, types a pair the rules left `none` only when none is unlikely enough', () => {
    const { terms, mentions } = prepared('The road in Kyrgyzstan was repaired by China.', { Kyrgyzstan: 'state', China: 'state' }, 'Kyrgyzstan', 'China');
    // Scores: funds 3, none 1, the nine other types 0: P(none) = e / (e³ + e + 9) = 2.718 / 31.80 = 0.085.
    const weights = { 'v1=repair': row('funds', 3), 'bias': row('none', 1) };
    const abstaining = (maxNone: number): RelationModel => ({ ...model('when-rules-say-none'), use: { when: 'when-rules-say-none', minProbability: 0.5, maxNone }, weights });
    expect(decidePair(terms, mentions, 'Kyrgyzstan', 'China', relationCues(), abstaining(0.1)).relation).toEqual({ type: 'funds', from: 'China', to: 'Kyrgyzstan' });
    expect(decidePair(terms, mentions, 'Kyrgyzstan', 'China', relationCues(), abstaining(0.08)).relation).toEqual({ type: 'none' });
  });

  it('overrules only the rules it is allowed to, and only when sure enough', () => {
    const { terms, mentions } = prepared('Russia invaded Ukraine and paid nothing.', { Russia: 'state', Ukraine: 'state' }, 'Russia', 'Ukraine');
    // "v1=invad" says none with score 2, the ten others 0: P(none) = e² / (e² + 10) = 7.389 / 17.389 = 0.425.
    const weights = { 'v1=invad': row('none', 2) };
    const overruling = (rules: string[], minProbability: number): RelationModel => ({
      ...model('when-rules-say-none'), use: { when: 'when-rules-say-none', minProbability: 0.5, overrule: { rules, minProbability } }, weights,
    });
    const decided = decidePair(terms, mentions, 'Russia', 'Ukraine', relationCues(), overruling(['cue:'], 0.4));
    expect(decided.relation).toEqual({ type: 'none' });
    expect(decided.rule).toBe('model:none:over:cue:verb');
    expect(decidePair(terms, mentions, 'Russia', 'Ukraine', relationCues(), overruling(['cue:'], 0.45)).relation).toEqual({ type: 'attacks', from: 'Russia', to: 'Ukraine' });
    expect(decidePair(terms, mentions, 'Russia', 'Ukraine', relationCues(), overruling(['belongs:'], 0.4)).relation).toEqual({ type: 'attacks', from: 'Russia', to: 'Ukraine' });
  });

  it("gives a model-typed act to the actor who owns it (\"Russian aggression\")", () => {
    const { context } = prepared('We will not abandon Ukraine to Russian aggression.', { Ukraine: 'state', Russian: 'state' }, 'Ukraine', 'Russian');
    expect(directionFor('attacks', context)).toEqual({ type: 'attacks', from: 'Russian', to: 'Ukraine' });
    // The act is not the type asked for: the first actor stays the one acting.
    expect(directionFor('funds', context)).toEqual({ type: 'funds', from: 'Ukraine', to: 'Russian' });
  });

  it('the committed model is well formed', () => {
    const committed = modelFile as unknown as RelationModel;
    expect(committed.labels).toEqual(labels);
    expect(['always', 'when-rules-say-none']).toContain(committed.use.when);
    for (const weights of Object.values(committed.weights)) expect(weights).toHaveLength(labels.length);
    expect(relationModel() === undefined).toBe(Object.keys(committed.weights).length === 0);
  });
});
