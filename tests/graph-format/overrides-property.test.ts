/**
 * Curation over generated corpora (fast-check): random sequences of merges, renames, retypes,
 * splits and hides are applied to graphs extracted from random texts, and the result is
 * compared with a model that only tracks which actor owns each mention. An override conserves
 * mentions: each one ends up in exactly the actor the model says (none lost, none doubled),
 * except those of hidden actors; and the graph that comes out keeps every promise of the format.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, applyOverrides, nodeId, type ActorType, type Graph, type OverrideOperation } from '../../src/graph-format/index.ts';
import { extractGraph } from '../../src/extract/index.ts';
import { expectSoundGraph, mentionKey } from '../helpers/graph-oracle.ts';

const NAMES = ['China', 'Beijing', 'Russia', 'Moscow', 'Kazakhstan', 'Astana', 'President Xi Jinping', 'Xi', 'Tokayev', 'President Kassym-Jomart Tokayev', 'the Shanghai Cooperation Organisation (SCO)', 'SCO', 'Gazprom', 'CNPC', 'Uzbek', 'the World Bank'];
const CONNECTORS = [' and ', ' met ', ' said that ', ', ', ' praised '];
/** "Name connector Name … ." — two to four names, so most sentences link actors, and documents repeat pairs. */
const sentence = fc.tuple(fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }), fc.constantFrom(...CONNECTORS))
  .map(([names, connector]) => `${names.join(connector)} agreed.`.replace(/^the/, 'The'));
const documentText = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\n\n'))
  .map(([sentences, separator]) => sentences.join(separator));
const corpus = fc.array(documentText, { minLength: 1, maxLength: 3 });

/** An operation chosen by position in the current actor list, so it can be made concrete as the model runs. */
type AbstractOperation =
  | { op: 'merge'; into: number; from: number[] }
  | { op: 'rename'; node: number; label: string }
  | { op: 'retype'; node: number; type: ActorType }
  | { op: 'split'; node: number; alias: number; label: string | undefined; type: ActorType | undefined }
  | { op: 'hide'; node: number }
  | { op: 'missing' };
const label = fc.constantFrom('China', 'Russia', 'Kazakhstan', 'Xi Jinping', 'A New Name', 'Tokayev');
const actorType = fc.constantFrom(...ACTOR_TYPES);
const abstractOperation: fc.Arbitrary<AbstractOperation> = fc.oneof(
  fc.record({ op: fc.constant('merge' as const), into: fc.nat(), from: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('rename' as const), node: fc.nat(), label }),
  fc.record({ op: fc.constant('retype' as const), node: fc.nat(), type: actorType }),
  fc.record({ op: fc.constant('split' as const), node: fc.nat(), alias: fc.nat(), label: fc.option(label, { nil: undefined }), type: fc.option(actorType, { nil: undefined }) }),
  fc.record({ op: fc.constant('hide' as const), node: fc.nat() }),
  fc.constant({ op: 'missing' as const }),
);

interface ModelActor { label: string; type: ActorType }

/** Runs the operations on the model; returns the concrete operations, the owner of every surviving mention and how many applied. */
function runModel(graph: Graph, abstract: readonly AbstractOperation[]) {
  const text = new Map(graph.passages.map((passage) => [passage.id, passage.text]));
  const actors = new Map<string, ModelActor>(graph.nodes.map((node) => [node.id, { label: node.label, type: node.type }]));
  const owner = new Map<string, string>();
  const surface = new Map<string, string>();
  for (const node of graph.nodes) {
    for (const mention of node.mentions) {
      owner.set(mentionKey(mention), node.id);
      surface.set(mentionKey(mention), text.get(mention.passageId)!.slice(mention.start, mention.end));
    }
  }
  const ids = () => [...actors.keys()].sort();
  const pick = (index: number) => ids()[index % Math.max(1, ids().length)] ?? 'state:nobody';
  const mentionsOf = (id: string) => [...owner].filter(([, who]) => who === id).map(([key]) => key);
  const operations: OverrideOperation[] = [];
  let applied = 0;
  for (const step of abstract) {
    if (step.op === 'missing') {
      operations.push({ op: 'hide', id: 'state:atlantis' });
      continue;
    }
    if (step.op === 'merge') {
      const into = pick(step.into);
      const from = step.from.map(pick);
      operations.push({ op: 'merge', into, from });
      const sources = [...new Set(from)].filter((id) => id !== into && actors.has(id));
      if (!actors.has(into) || sources.length === 0) continue;
      for (const id of sources) {
        for (const key of mentionsOf(id)) owner.set(key, into);
        actors.delete(id);
      }
      applied++;
    } else if (step.op === 'rename' || step.op === 'retype') {
      const id = pick(step.node);
      operations.push(step.op === 'rename' ? { op: 'rename', id, label: step.label } : { op: 'retype', id, type: step.type });
      const actor = actors.get(id);
      if (!actor) continue;
      const next: ModelActor = step.op === 'rename' ? { ...actor, label: step.label } : { ...actor, type: step.type };
      const nextId = nodeId(next.type, next.label);
      if (nextId !== id && actors.has(nextId)) continue;
      for (const key of mentionsOf(id)) owner.set(key, nextId);
      actors.delete(id);
      actors.set(nextId, next);
      applied++;
    } else if (step.op === 'split') {
      const id = pick(step.node);
      const actor = actors.get(id);
      const mine = mentionsOf(id);
      const written = [...new Set(mine.map((key) => surface.get(key)!))].sort();
      const alias = written[step.alias % Math.max(1, written.length)] ?? 'Nobody';
      operations.push({ op: 'split', id, alias, ...(step.label ? { label: step.label } : {}), ...(step.type ? { type: step.type } : {}) });
      const moved = mine.filter((key) => surface.get(key) === alias);
      if (!actor || moved.length === 0 || moved.length === mine.length) continue;
      const target: ModelActor = { label: step.label ?? alias, type: step.type ?? actor.type };
      const targetId = nodeId(target.type, target.label);
      if (!actors.has(targetId)) actors.set(targetId, target);
      for (const key of moved) owner.set(key, targetId);
      applied++;
    } else {
      const id = pick(step.node);
      operations.push({ op: 'hide', id });
      if (!actors.has(id)) continue;
      for (const key of mentionsOf(id)) owner.delete(key);
      actors.delete(id);
      applied++;
    }
  }
  return { operations, owner, actors, applied };
}

describe('applyOverrides over generated corpora (fast-check)', { timeout: 120_000 }, () => {
  it('puts every mention where the model says, loses none and doubles none, and keeps the graph sound', () => {
    fc.assert(
      fc.property(corpus, fc.array(abstractOperation, { minLength: 1, maxLength: 8 }), (texts, abstract) => {
        const files = texts.map((text, index) => ({ path: `doc${index}.txt`, bytes: new TextEncoder().encode(text) }));
        const graph = extractGraph(files).graph;
        const model = runModel(graph, abstract);
        const result = applyOverrides(graph, { format: 'silkmap-overrides', version: 1, operations: model.operations });

        const owner = new Map<string, string>();
        for (const node of result.graph.nodes) {
          for (const mention of node.mentions) {
            expect(owner.has(mentionKey(mention)), `mention ${mentionKey(mention)} appears twice`).toBe(false);
            owner.set(mentionKey(mention), node.id);
          }
        }
        expect(owner).toEqual(model.owner);
        expect(result.applied).toBe(model.applied);
        expect(result.warnings).toHaveLength(model.operations.length - model.applied);
        expect(new Map(result.graph.nodes.map((node) => [node.id, { label: node.label, type: node.type }]))).toEqual(model.actors);
        expectSoundGraph(result.graph);
      }),
      // Fewer runs under mutation testing (vitest.mutation.config.ts), where every mutant runs this.
      { numRuns: Number(process.env.SILKMAP_PROPERTY_RUNS ?? 120) },
    );
  });
});
