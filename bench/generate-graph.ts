/**
 * Synthetic graphs for the render benchmark: `nodes` actors in communities of ~50, each edge
 * mostly inside its community, sizes heavy-tailed like real mention counts. Deterministic
 * (seeded) and valid under the graph contract, with one passage per community to cite.
 */
import { edgeId, type ActorType, type Graph, type GraphEdge, type GraphNode } from '../src/graph-format/index.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: ActorType[] = ['state', 'organisation', 'firm', 'person'];

export function generateGraph(nodeCount: number, edgeCount: number, seed = 1): Graph {
  const random = mulberry32(seed);
  const communitySize = 50;
  const communities = Math.max(1, Math.ceil(nodeCount / communitySize));
  const passages: Graph['passages'] = [];
  for (let c = 0; c < communities; c++) {
    const text = `Actors of community ${c} met. They signed an agreement.`;
    passages.push({ id: `bench:p${c}`, documentId: 'bench', postIndex: c, postTitle: `Community ${c}`, text, sourceStart: 0, sourceEnd: text.length, sentences: [[0, 26], [27, text.length]] });
  }
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const community = i % communities;
    const label = `Actor ${i}`;
    const mentionCount = 1 + Math.floor(1 / (random() + 0.01));
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const mentions = Array.from({ length: Math.min(mentionCount, 3) }, () => ({ passageId: `bench:p${community}`, start: 0, end: 6 }));
    nodes.push({ id: `${type}:actor-${i}`, label, type, aliases: [label], mentionCount: mentions.length, documentCount: 1, mentions });
  }
  const edges = new Map<string, GraphEdge>();
  let attempts = 0;
  while (edges.size < edgeCount && attempts < edgeCount * 10) {
    attempts++;
    const a = Math.floor(random() * nodeCount);
    const sameCommunity = random() < 0.85;
    const b = sameCommunity
      ? (a % communities) + communities * Math.floor(random() * Math.ceil(nodeCount / communities))
      : Math.floor(random() * nodeCount);
    if (b >= nodeCount || a === b) continue;
    const source = nodes[a]!.id;
    const target = nodes[b]!.id;
    const id = edgeId(source, target);
    if (edges.has(id)) continue;
    const passageId = `bench:p${a % communities}`;
    edges.set(id, { id, source: source < target ? source : target, target: source < target ? target : source, weight: 1 + Math.floor(random() * random() * 20), documentCount: 1, evidence: [{ passageId, sentence: 0, start: 0, end: 26 }] });
  }
  return {
    format: 'silkmap-graph', version: 1, generator: { name: 'silkmap-bench', version: '1' },
    documents: [{ id: 'bench', path: 'bench.txt', title: 'Synthetic benchmark graph', length: 60 }],
    passages, nodes, edges: [...edges.values()],
  };
}
