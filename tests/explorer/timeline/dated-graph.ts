/**
 * A hand-made dated graph for the timeline tests. Each sentence names its actors by one
 * letter; the expected figures in the tests are worked out by hand from this table:
 *
 * | passage | document (date)   | post date  | sentence 0 | sentence 1 |
 * | p1      | d1 (2020-06)      | 2020-06-11 | A B        | C E        |
 * | p2      | d1 (2020-06)      | —          | A B        |            |
 * | p3      | d2 (none)         | —          | A B        | A D        |
 * | p4      | d3 (2021-03-15)   | —          | B C        | A B        |
 */
import { buildCoMentionEdges, validateGraph, type Graph, type GraphNode, type Passage } from '../../../src/graph-format/index.ts';

const LABELS: Record<string, string> = { A: 'Astana', B: 'Beijing', C: 'Cairo', D: 'Dushanbe', E: 'Erevan' };
const ROWS: { id: string; doc: string; postDate?: string; sentences: string[][] }[] = [
  { id: 'p1', doc: 'd1', postDate: '2020-06-11', sentences: [['A', 'B'], ['C', 'E']] },
  { id: 'p2', doc: 'd1', sentences: [['A', 'B']] },
  { id: 'p3', doc: 'd2', sentences: [['A', 'B'], ['A', 'D']] },
  { id: 'p4', doc: 'd3', sentences: [['B', 'C'], ['A', 'B']] },
];

export function datedGraph(): Graph {
  const passages: Passage[] = [];
  const mentions = new Map<string, GraphNode['mentions']>();
  for (const row of ROWS) {
    let text = '';
    const sentences: [number, number][] = [];
    for (const actors of row.sentences) {
      const start = text.length;
      for (const letter of actors) {
        const at = text.length;
        text += `${LABELS[letter]} `;
        const list = mentions.get(letter) ?? [];
        list.push({ passageId: row.id, start: at, end: at + LABELS[letter]!.length });
        mentions.set(letter, list);
      }
      text = `${text.trimEnd()}. `;
      sentences.push([start, text.length - 1]);
    }
    const passage: Passage = { id: row.id, documentId: row.doc, postIndex: 0, postTitle: row.doc, text: text.trimEnd(), sourceStart: 0, sourceEnd: text.length, sentences };
    if (row.postDate) passage.postDate = row.postDate;
    passages.push(passage);
  }
  const nodes: GraphNode[] = Object.keys(LABELS).map((letter) => {
    const list = mentions.get(letter) ?? [];
    return {
      id: `state:${letter.toLowerCase()}`, label: LABELS[letter]!, type: 'state', aliases: [LABELS[letter]!],
      mentionCount: list.length, documentCount: new Set(list.map((m) => passages.find((p) => p.id === m.passageId)!.documentId)).size, mentions: list,
    };
  });
  const graph: Graph = {
    format: 'silkmap-graph', version: 2, generator: { name: 'test', version: '0' },
    documents: [
      { id: 'd1', path: 'd1.txt', title: 'd1', date: '2020-06', length: 100 },
      { id: 'd2', path: 'd2.txt', title: 'd2', length: 100 },
      { id: 'd3', path: 'd3.txt', title: 'd3', date: '2021-03-15', length: 100 },
    ],
    passages, nodes, edges: buildCoMentionEdges(passages, nodes),
  };
  const result = validateGraph(graph);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.graph;
}
