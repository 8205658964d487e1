/**
 * The panels follow the view: Connections and Strongest links show only what the filters and
 * hidden hubs leave on screen, PMI needs support before it ranks a pair, clearing the selection
 * ends Focus, and community colours are never type colours. Expected values are worked out by
 * hand from tests/fixtures/graphs/small.json (listed in the comments).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { actorConnections, explorerStore, PMI_MIN_SENTENCES, selectVisibility, strongestVisibleLinks } from '../../src/explorer/store/index.ts';
import { edgesByStrength } from '../../src/explorer/store/strength.ts';
import { COMMUNITY_COLOURS, communityColour, TYPE_COLOURS } from '../../src/explorer/canvas/scales.ts';
import type { GraphModel } from '../../src/explorer/store/types.ts';
import { loadSmallGraph } from './helpers.ts';

const KAZAKHSTAN = 'state:kazakhstan';

function connectionsOf(model: GraphModel, id: string) {
  const { filters, selection } = explorerStore.getState();
  const result = actorConnections(model, id, filters, selectVisibility(model, filters, selection));
  return { labels: result.shown.map((c) => c.label), hidden: result.hidden };
}

function strongest(model: GraphModel, count = 10): string[] {
  const { filters } = explorerStore.getState();
  return strongestVisibleLinks(model, filters, selectVisibility(model, filters, null), count).map((edge) => model.graph.edges[edge]!.id);
}

describe('Connections follow the filters', () => {
  let model: GraphModel;
  beforeEach(() => {
    model = loadSmallGraph();
    explorerStore.getState().selectNode(KAZAKHSTAN);
  });

  it('lists all eight links of Kazakhstan by default, strongest first', () => {
    // Kazakhstan–Uzbekistan 4, China 3, Kyrgyzstan 2, Russia 2, then four links of one sentence.
    expect(connectionsOf(model, KAZAKHSTAN)).toEqual({
      labels: ['Uzbekistan', 'China', 'Kyrgyzstan', 'Russia', 'China National Petroleum Corporation', 'Eurasian Economic Union', 'Huawei', 'Kassym-Jomart Tokayev'],
      hidden: 0,
    });
  });

  it('leaves out neighbours of an unchecked type and counts them as hidden', () => {
    explorerStore.getState().toggleType('firm', false);
    const { labels, hidden } = connectionsOf(model, KAZAKHSTAN);
    expect(labels).not.toContain('Huawei');
    expect(labels).not.toContain('China National Petroleum Corporation');
    expect(hidden).toBe(2);
  });

  it('leaves out neighbours under the minimum mentions and links under the minimum weight', () => {
    // Mentions ≥ 3: China 7, Uzbekistan 5, Russia 5, Kyrgyzstan 4 stay; the firms, the EEU and Tokayev (2 each) go.
    explorerStore.getState().setFilters({ minMentions: 3 });
    expect(connectionsOf(model, KAZAKHSTAN)).toEqual({ labels: ['Uzbekistan', 'China', 'Kyrgyzstan', 'Russia'], hidden: 4 });
    // And links of at least 3 sentences: Uzbekistan (4) and China (3).
    explorerStore.getState().setFilters({ minEdgeWeight: 3 });
    expect(connectionsOf(model, KAZAKHSTAN)).toEqual({ labels: ['Uzbekistan', 'China'], hidden: 6 });
  });

  it('leaves out hidden hubs (the selected hub itself stays)', () => {
    // 12 linked actors: a hub has ≥ 0.35 × 11 = 3.85 links: Huawei 4, China 6, Kazakhstan 8, Kyrgyzstan 6, Russia 5, Uzbekistan 7.
    explorerStore.getState().setFilters({ hubs: 'hide' });
    expect(connectionsOf(model, KAZAKHSTAN)).toEqual({
      labels: ['China National Petroleum Corporation', 'Eurasian Economic Union', 'Kassym-Jomart Tokayev'], hidden: 5,
    });
  });
});

describe('Strongest links follow the filters', () => {
  it('ranks by sentences, and without hubs keeps only the links between the others', () => {
    const model = loadSmallGraph();
    expect(strongest(model, 2)).toEqual(['state:kazakhstan|state:uzbekistan', 'state:china|state:kazakhstan']);
    explorerStore.getState().setFilters({ hubs: 'hide' });
    // Every link touching a hub (Huawei, China, Kazakhstan, Kyrgyzstan, Russia, Uzbekistan) is gone; two one-sentence links remain (graph order).
    expect(strongest(model)).toEqual(['organisation:shanghai-cooperation-organisation|person:xi-jinping', 'person:kassym-jomart-tokayev|person:xi-jinping']);
  });

  it('leaves out links of an unchecked type', () => {
    const model = loadSmallGraph();
    explorerStore.getState().toggleType('state', false);
    expect(strongest(model)).toEqual([
      'firm:huawei|person:shavkat-mirziyoyev', 'organisation:shanghai-cooperation-organisation|person:xi-jinping', 'person:kassym-jomart-tokayev|person:xi-jinping',
    ]);
  });
});

describe('PMI needs support before it ranks a pair', () => {
  /** Hand-set scores: a one-sentence pair gets the highest PMI, as rare pairs do on a real corpus. */
  function withScores(): GraphModel {
    const model = loadSmallGraph();
    model.pmi.fill(0.5);
    const edge = (id: string) => model.edgeIndex.get(id)!;
    model.pmi[edge('firm:huawei|person:shavkat-mirziyoyev')] = 5; // 1 sentence
    model.pmi[edge('state:china|state:kazakhstan')] = 2; // 3 sentences
    model.pmi[edge('state:kazakhstan|state:uzbekistan')] = 1; // 4 sentences
    model.pmi[edge('organisation:eurasian-economic-union|state:russia')] = 4; // 2 sentences
    explorerStore.getState().setFilters({ weightMode: 'pmi' });
    return model;
  }

  it('is three sentences', () => { expect(PMI_MIN_SENTENCES).toBe(3); });

  it('lists as strongest associations only pairs with enough sentences, by PMI', () => {
    const model = withScores();
    expect(strongest(model)).toEqual(['state:china|state:kazakhstan', 'state:kazakhstan|state:uzbekistan']);
  });

  it('puts supported pairs first in Connections, then the rest by PMI', () => {
    const model = withScores();
    explorerStore.getState().selectNode('state:russia');
    // Russia: Kazakhstan 2 sentences (0.5), EEU 2 (4), China 1, Kyrgyzstan 1, Uzbekistan 1 (0.5 each): none has support,
    // so PMI decides, then sentences, then name.
    expect(connectionsOf(model, 'state:russia').labels).toEqual(['Eurasian Economic Union', 'Kazakhstan', 'China', 'Kyrgyzstan', 'Uzbekistan']);
    explorerStore.getState().selectNode(KAZAKHSTAN);
    expect(connectionsOf(model, KAZAKHSTAN).labels.slice(0, 2)).toEqual(['China', 'Uzbekistan']);
  });

  it('orders the drawn links the same way: supported pairs first', () => {
    const model = withScores();
    const order = Array.from(edgesByStrength(model, 'pmi').subarray(0, 3), (edge) => model.graph.edges[edge]!.id);
    // Then the unsupported ones by PMI: Huawei–Mirziyoyev (5) before the EEU–Russia (4).
    expect(order).toEqual(['state:china|state:kazakhstan', 'state:kazakhstan|state:uzbekistan', 'firm:huawei|person:shavkat-mirziyoyev']);
  });
});

describe('Clear selection', () => {
  it('ends Focus and keeps the other filters', () => {
    loadSmallGraph();
    const store = explorerStore.getState();
    store.selectNode(KAZAKHSTAN);
    store.setFilters({ focus: 2, minMentions: 2 });
    explorerStore.getState().clearSelection();
    expect(explorerStore.getState().selection).toBeNull();
    expect(explorerStore.getState().filters).toMatchObject({ focus: 0, minMentions: 2 });
  });
});

/** CIELAB (D65) from sRGB hex, written out here from the CIE formulas to check the palette independently. */
function lab(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255].map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function distance(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('community colours', () => {
  it('never reuse or resemble a type colour (ΔE*ab ≥ 25 from each), and differ from each other', () => {
    const types = Object.values(TYPE_COLOURS);
    expect(COMMUNITY_COLOURS.length).toBeGreaterThanOrEqual(8);
    for (const colour of COMMUNITY_COLOURS) {
      expect(types.map((type) => type.toLowerCase())).not.toContain(colour.toLowerCase());
      for (const type of types) expect(distance(colour, type), `${colour} vs ${type}`).toBeGreaterThanOrEqual(25);
      for (const other of COMMUNITY_COLOURS) if (other !== colour) expect(distance(colour, other), `${colour} vs ${other}`).toBeGreaterThanOrEqual(20);
    }
    // The old Tableau blue (community 1 looked like State) is 13 units from State: the check would catch it.
    expect(distance('#4e79a7', TYPE_COLOURS.state)).toBeLessThan(25);
  });

  it('cycles beyond the palette', () => {
    expect(communityColour(COMMUNITY_COLOURS.length)).toBe(communityColour(0));
    expect(communityColour(1)).not.toBe(communityColour(0));
  });
});
