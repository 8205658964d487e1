/** What the e2e tests read of the served graph, and the page regions they share. */
import type { Page } from 'playwright-core';

/** Where the browser tests leave their screenshots (made by each file's beforeAll). */
export const SCREENSHOTS = 'tests/e2e/screenshots';

export interface ServedNode { id: string; label: string; mentionCount: number; type: string }
export interface ServedGraph { nodes: ServedNode[]; edges: { source: string; target: string; weight: number }[] }

/** The graph's actors, most mentioned first (ties by id), so tests pick the same ones on any graph. */
export function actorsByMentions(graph: ServedGraph): ServedNode[] {
  return [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
}

export function evidence(page: Page) {
  return page.getByRole('region', { name: 'Evidence' });
}
