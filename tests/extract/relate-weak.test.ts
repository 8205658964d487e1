/**
 * Weak supervision for the relation model (src/extract/cli/{weak-relations,relation-cv}.ts and
 * the example weights of relate/model.ts): weighted gradient steps worked out by hand, which
 * rules may label weak pairs, weak pairs read off an invented document, folds by document, and
 * that weak sources come only from the tuning pool.
 */
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index.ts';
import { trainModel, type TrainingExample } from '../../src/extract/relate/index.ts';
import { foldsOf, preciseRules, weakExamples, type Example } from '../../src/extract/cli/relation-cv.ts';
import { inTuningPool, weakPairsOf, weakSentencesOfGraph, type WeakPair } from '../../src/extract/cli/weak-relations.ts';
import { poolOf } from '../fixtures/pool.ts';

const STEP = { epochs: 1, learningRate: 1, l2: 0, minCount: 1, balance: 0 };

describe('weighted training', () => {
  const at = (model: ReturnType<typeof trainModel>, feature: string, type: string) => model.weights[feature]![model.labels.indexOf(type as never)];

  it('takes one weighted gradient step as worked by hand', () => {
    // Weights 3 and 1 of a total 4: the funds example counts 3/4, the none example 1/4; every type starts at 1/11.
    // loan/funds: −3/4 · (1/11 − 1) = 30/44 = 0.6818; bias/funds: 30/44 − 1/4 · 1/11 = 29/44 = 0.6591;
    // bias/none: 1/4 · 10/11 − 3/4 · 1/11 = 7/44 = 0.1591.
    const examples: TrainingExample[] = [
      { features: ['bias', 'loan'], label: 'funds', weight: 3 },
      { features: ['bias', 'listed'], label: 'none', weight: 1 },
    ];
    const model = trainModel(examples, STEP);
    expect(at(model, 'loan', 'funds')).toBe(0.6818);
    expect(at(model, 'bias', 'funds')).toBe(0.6591);
    expect(at(model, 'bias', 'none')).toBe(0.1591);
  });

  it('balances the classes by their summed weights', () => {
    // funds weighs 3 in all, none 1: with balance 1 the none example is scaled by 3, so both count 1/2,
    // as in the unweighted step (loan/funds 5/11 = 0.4545).
    const examples: TrainingExample[] = [
      { features: ['bias', 'loan'], label: 'funds', weight: 3 },
      { features: ['bias', 'listed'], label: 'none', weight: 1 },
    ];
    const model = trainModel(examples, { ...STEP, balance: 1 });
    expect(at(model, 'loan', 'funds')).toBe(0.4545);
    expect(at(model, 'listed', 'none')).toBe(0.4545);
  });

  it('refuses a weight that is not positive', () => {
    expect(() => trainModel([{ features: ['bias'], label: 'none', weight: 0 }], STEP)).toThrow(/weight/);
  });
});

describe('choosing the rules that label weak pairs', () => {
  const example = (rule: string, ruleType: string, label: string, document = 'd'): Example =>
    ({ rule, ruleType, label, document, features: [], part: 'p' }) as unknown as Example;
  // cue:verb right 4 of 5 (0.8), structure:title right 2 of 2 (too few), none:no-cue right 3 of 6 (0.5).
  const hand = [
    ...['attacks', 'attacks', 'funds', 'meets'].map((type) => example('cue:verb', type, type)),
    example('cue:verb', 'attacks', 'none'),
    example('belongs:title', 'belongs', 'belongs'), example('belongs:title', 'belongs', 'belongs'),
    ...['none', 'none', 'none', 'meets', 'funds', 'agrees'].map((label) => example('none:no-cue', 'none', label)),
  ];

  it('keeps rules at least as precise as asked on enough hand pairs', () => {
    expect([...preciseRules(hand, { minPrecision: 0.8, minSupport: 5 })]).toEqual(['cue:verb']);
    expect([...preciseRules(hand, { minPrecision: 0.8, minSupport: 2 })].sort()).toEqual(['belongs:title', 'cue:verb']);
    expect([...preciseRules(hand, { minPrecision: 0.81, minSupport: 5 })]).toEqual([]);
  });

  it("turns the precise rules' weak pairs into weighted examples, with the kept features only", () => {
    const pairs: WeakPair[] = [
      { document: 'a', rule: 'cue:verb', label: 'attacks', features: ['bias', 'rule=cue:verb', 'v1c=assault'] },
      { document: 'a', rule: 'none:no-cue', label: 'none', features: ['bias'] },
    ];
    const examples = weakExamples({ pairs, minPrecision: 0.8, minSupport: 5, weight: 0.2 }, new Set(['cue:verb']), (f) => !f.startsWith('rule'));
    expect(examples).toEqual([{ features: ['bias', 'v1c=assault'], label: 'attacks', weight: 0.2 }]);
  });
});

describe('weak pairs and folds', () => {
  it('reads each linking pair of an invented document with the rules answer and features', () => {
    const text = 'Russia invaded Ukraine in February.\n\nThe weather in spring was mild.\n';
    const { graph } = extractGraph([{ path: 'invented.txt', bytes: new TextEncoder().encode(text) }]);
    const sentences = weakSentencesOfGraph(graph, 'invented.txt');
    expect(sentences).toHaveLength(1);
    const pairs = weakPairsOf(sentences);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.document).toBe('invented.txt');
    expect(pairs[0]!.label).toBe('attacks');
    expect(pairs[0]!.rule.startsWith('cue:verb')).toBe(true);
    expect(pairs[0]!.features).toContain('v1c=assault');
  });

  it('deals whole documents into folds', () => {
    const folds = foldsOf(['x', 'y', 'x', 'z', 'w', 'y'], 2);
    expect(folds.size).toBe(4);
    expect([...folds.values()].filter((fold) => fold === 0)).toHaveLength(2);
  });

  it('takes weak sources from the tuning pool only, by the same rule as the draws', () => {
    const names = ['whitehouse_2021-01-22-a.txt', 'wikipedia_kazakhstan.txt', 'wikipedia_belt-and-road-initiative.txt', 'b.txt', 'c.txt', 'd.txt'];
    for (const name of names) expect(inTuningPool(name)).toBe(poolOf(name) === 'tuning');
    expect(new Set(names.map(inTuningPool)).size).toBe(2);
  });
});
