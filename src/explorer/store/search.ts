import { memoByReference } from './memo.ts';
import type { GraphModel } from './types.ts';

interface SearchEntry { node: number; label: string; names: string[]; initials: string }

/** Initials of the capitalised words of a name: "Shanghai Cooperation Organisation" → "sco". */
function initialsOf(label: string): string {
  const words = label.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0]).join('').toLowerCase() : '';
}

const searchIndex = memoByReference((model: GraphModel): SearchEntry[] => model.graph.nodes.map((node, index) => ({
  node: index,
  label: node.label.toLowerCase(),
  names: [node.label, ...node.aliases].map((name) => name.toLowerCase()),
  initials: initialsOf(node.label),
})));

/** Lower is better; Infinity means no match. */
function rank(entry: SearchEntry, query: string): number {
  if (entry.label === query) return 0;
  if (entry.names.includes(query) || entry.initials === query) return 1;
  if (entry.label.startsWith(query)) return 2;
  if (entry.names.some((name) => name.startsWith(query))) return 3;
  if (entry.names.some((name) => name.split(/[\s-]+/).some((word) => word.startsWith(query)))) return 4;
  if (entry.names.some((name) => name.includes(query))) return 5;
  return Infinity;
}

/**
 * Actors matching a query over labels, aliases and initials, best first; ties go to the
 * more mentioned actor. Returns node indices.
 */
export function searchActors(model: GraphModel, rawQuery: string, limit = 8): number[] {
  const query = rawQuery.trim().toLowerCase();
  if (!query) return [];
  const scored: { node: number; rank: number }[] = [];
  for (const entry of searchIndex(model)) {
    const value = rank(entry, query);
    if (value !== Infinity) scored.push({ node: entry.node, rank: value });
  }
  const nodes = model.graph.nodes;
  scored.sort((a, b) => a.rank - b.rank || nodes[b.node]!.mentionCount - nodes[a.node]!.mentionCount || a.node - b.node);
  return scored.slice(0, limit).map((entry) => entry.node);
}
