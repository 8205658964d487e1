/**
 * Scores a graph's nodes against a gold annotation. Pure: no I/O.
 *
 * A node matches a gold actor when any of the node's surface forms (label or alias)
 * equals any of the actor's (label or alias) after normaliseSurface. From that relation:
 * precision over nodes, recall over gold actors, split actors (matched by two or more
 * nodes), merged nodes (matching two or more actors) and type accuracy (the type of each
 * matched actor's main node, the one with the most mentions).
 */
import { BARS } from './bars.ts';
import { normaliseSurface } from './normalise.ts';
import { ACTOR_TYPES } from '../../graph-format/index.ts';
import type { EvalReport, GoldActor, GoldSet, NodeSummary, Ratio, ScoredNode } from './types.ts';

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

function surfaceForms(label: string, aliases: string[]): Set<string> {
  return new Set([label, ...aliases].map(normaliseSurface).filter((form) => form.length > 0));
}

function summarise(node: ScoredNode): NodeSummary {
  return { label: node.label, type: node.type, aliases: [...node.aliases], mentionCount: node.mentionCount };
}

/** The node that stands for an actor: most mentions, then label order, so ties are deterministic. */
function mainNode(nodes: ScoredNode[]): ScoredNode | undefined {
  return [...nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.label.localeCompare(b.label))[0];
}

const byLabel = <T extends { label: string }>(a: T, b: T): number => a.label.localeCompare(b.label);

export function score(graph: { nodes: ScoredNode[] }, gold: GoldSet): EvalReport {
  const goldByForm = new Map<string, GoldActor>();
  for (const actor of gold.actors) {
    for (const form of surfaceForms(actor.label, actor.aliases)) goldByForm.set(form, actor);
  }

  const nodesByActor = new Map<GoldActor, ScoredNode[]>(gold.actors.map((actor) => [actor, []]));
  const actorsByNode = new Map<ScoredNode, Set<GoldActor>>();
  for (const node of graph.nodes) {
    const matched = new Set<GoldActor>();
    for (const form of surfaceForms(node.label, node.aliases)) {
      const actor = goldByForm.get(form);
      if (actor !== undefined) matched.add(actor);
    }
    actorsByNode.set(node, matched);
    for (const actor of matched) nodesByActor.get(actor)?.push(node);
  }

  const matchingNodes = graph.nodes.filter((node) => (actorsByNode.get(node)?.size ?? 0) > 0);
  const matchedActors = gold.actors.filter((actor) => (nodesByActor.get(actor)?.length ?? 0) > 0);
  const splitActors = matchedActors.filter((actor) => (nodesByActor.get(actor)?.length ?? 0) >= 2);

  const wrongTypes: EvalReport['wrongTypes'] = [];
  for (const actor of matchedActors) {
    const main = mainNode(nodesByActor.get(actor) ?? []);
    if (main !== undefined && main.type !== actor.type) {
      wrongTypes.push({ gold: actor.label, goldType: actor.type, node: main.label, nodeType: main.type });
    }
  }

  const precision = ratio(matchingNodes.length, graph.nodes.length);
  const recall = ratio(matchedActors.length, gold.actors.length);
  const split = ratio(splitActors.length, gold.actors.length);
  const typeAccuracy = ratio(matchedActors.length - wrongTypes.length, matchedActors.length);

  const nonActorForms = new Set(gold.notActors.map((n) => normaliseSurface(n.text)));
  const spurious = graph.nodes.filter((node) => (actorsByNode.get(node)?.size ?? 0) === 0);

  const report: EvalReport = {
    counts: { nodes: graph.nodes.length, goldActors: gold.actors.length },
    recallByType: ACTOR_TYPES.map((type) => ({
      type,
      goldActors: gold.actors.filter((a) => a.type === type).length,
      matched: matchedActors.filter((a) => a.type === type).length,
    })),
    precision: { ...precision, bar: { rule: `>= ${BARS.precision}`, met: (precision.value ?? 0) >= BARS.precision } },
    recall: { ...recall, bar: { rule: `>= ${BARS.recall}`, met: (recall.value ?? 0) >= BARS.recall } },
    split: { ...split, bar: { rule: `< ${BARS.splitBelow}`, met: split.value !== null && split.value < BARS.splitBelow } },
    typeAccuracy: {
      ...typeAccuracy,
      bar: { rule: `>= ${BARS.typeAccuracy}`, met: (typeAccuracy.value ?? 0) >= BARS.typeAccuracy },
    },
    merged: graph.nodes
      .filter((node) => (actorsByNode.get(node)?.size ?? 0) >= 2)
      .map((node) => ({ node: summarise(node), gold: [...(actorsByNode.get(node) ?? [])].map((a) => a.label).sort() }))
      .sort((a, b) => byLabel(a.node, b.node)),
    missed: gold.actors
      .filter((actor) => (nodesByActor.get(actor)?.length ?? 0) === 0)
      .map((actor) => ({ label: actor.label, type: actor.type, aliases: [...actor.aliases] }))
      .sort(byLabel),
    spurious: spurious.map(summarise).sort((a, b) => b.mentionCount - a.mentionCount || byLabel(a, b)),
    rejectedNonActors: spurious
      .filter((node) => [...surfaceForms(node.label, node.aliases)].some((form) => nonActorForms.has(form)))
      .map((node) => node.label)
      .sort(),
    splits: splitActors
      .map((actor) => ({ gold: actor.label, nodes: (nodesByActor.get(actor) ?? []).map(summarise).sort(byLabel) }))
      .sort((a, b) => a.gold.localeCompare(b.gold)),
    wrongTypes: wrongTypes.sort((a, b) => a.gold.localeCompare(b.gold)),
    allBarsMet: false,
  };
  report.allBarsMet = report.precision.bar.met && report.recall.bar.met && report.split.bar.met && report.typeAccuracy.bar.met;
  return report;
}
