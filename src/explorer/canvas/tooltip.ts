/** The tooltip over the network: what a click at the pointer would select, an actor or a link. */
import type { GraphModel } from '../store/types.ts';
import { TYPE_NAMES } from './scales.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Kazakhstan, state, 26 links": the tooltip's facts, for the keyboard's live region. */
export function describeNode(model: GraphModel, node: number): string {
  const actor = model.graph.nodes[node]!;
  return `${actor.label}, ${TYPE_NAMES[actor.type].toLowerCase()}, ${plural(model.degree[node]!, 'link')}`;
}

export class Tooltip {
  constructor(private readonly element: HTMLElement | null, private readonly canvas: HTMLCanvasElement, private readonly model: GraphModel) {}

  /** The actor's name, type and counts just below and right of `at` (client pixels). */
  showNode(node: number, at: { clientX: number; clientY: number }): void {
    const actor = this.model.graph.nodes[node]!;
    this.show(actor.label, TYPE_NAMES[actor.type],
      `${plural(actor.mentionCount, 'mention')} · ${plural(actor.documentCount, 'document')} · ${plural(this.model.degree[node]!, 'link')}`, at);
  }

  /** The link's two actors and its sentence count. */
  showEdge(edge: number, at: { clientX: number; clientY: number }): void {
    const nodes = this.model.graph.nodes;
    const link = this.model.graph.edges[edge]!;
    this.show(`${nodes[this.model.edgeSource[edge]!]!.label} — ${nodes[this.model.edgeTarget[edge]!]!.label}`, 'Link',
      `${plural(link.weight, 'sentence')} · ${plural(link.documentCount, 'document')}`, at);
  }

  hide(): void { if (this.element) this.element.hidden = true; }

  private show(name: string, kind: string, counts: string, at: { clientX: number; clientY: number }): void {
    const element = this.element;
    if (!element) return;
    element.hidden = false;
    element.querySelector('[data-field="name"]')!.textContent = name;
    element.querySelector('[data-field="type"]')!.textContent = kind;
    element.querySelector('[data-field="counts"]')!.textContent = counts;
    const rect = this.canvas.getBoundingClientRect();
    element.style.transform = `translate(${Math.round(at.clientX - rect.left + 14)}px, ${Math.round(at.clientY - rect.top + 14)}px)`;
  }
}
