/**
 * What the canvas draws, read from the drawing calls, not from the store: with the firms
 * filtered out, no disc and no label is drawn where a firm stands, and every other actor of the
 * small fixture is drawn at its own position (actors are placed on a known grid, 1 unit = 1 px).
 */
import { describe, expect, it } from 'vitest';
import { buildBasePlan } from '../../src/explorer/canvas/draw-plan.ts';
import { NetworkRenderer, type Viewport } from '../../src/explorer/canvas/renderer.ts';
import { nodeRadii } from '../../src/explorer/canvas/scales.ts';
import { buildGraphModel, DEFAULT_FILTERS, selectVisibility } from '../../src/explorer/store/index.ts';
import { countingContext, smallGraph } from './helpers.ts';

/** A 2D context that records where discs (arc centres) and labels (fillText) are drawn, in canvas pixels. */
function recordingContext() {
  const discs: [number, number][] = [];
  const labels: string[] = [];
  let transform = { a: 1, e: 0, f: 0 };
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, name) {
      if (name in target) return target[name];
      if (name === 'measureText') return (text: string) => ({ width: text.length * 7 });
      if (name === 'setTransform') return (a: number, _b: number, _c: number, _d: number, e: number, f: number) => { transform = { a, e, f }; };
      if (name === 'arc') return (x: number, y: number) => { discs.push([Math.round(x * transform.a + transform.e), Math.round(y * transform.a + transform.f)]); };
      if (name === 'fillText') return (text: string) => { labels.push(text); };
      if (name === 'getTransform') return () => ({ ...transform, b: 0, c: 0, d: transform.a });
      return () => undefined;
    },
    set(target, name, value) { target[name] = value; return true; },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, discs, labels };
}

describe('what the canvas draws', () => {
  const model = buildGraphModel(smallGraph());
  // Actor i stands at (100 + 60 i, 80 + 40 i): far enough apart that no two discs share a pixel.
  const positions = Float32Array.from({ length: model.graph.nodes.length * 2 }, (_, i) => (i % 2 === 0 ? 100 + 60 * (i / 2) : 80 + 40 * ((i - 1) / 2)));
  const view: Viewport = { width: 1000, height: 800, dpr: 1, x: 0, y: 0, k: 1 };
  const at = (label: string): string => {
    const index = model.graph.nodes.findIndex((node) => node.label === label);
    return `${positions[index * 2]},${positions[index * 2 + 1]}`;
  };

  it('draws no firm when firms are filtered out, and every other actor where it stands', () => {
    const filters = { ...DEFAULT_FILTERS, types: ['state', 'organisation', 'person'] as const };
    const recorded = recordingContext();
    new NetworkRenderer(recorded.ctx, countingContext().ctx, model).drawBase(view, positions, nodeRadii(model), buildBasePlan(model, selectVisibility(model, filters, null), filters.weightMode), false);
    const drawnAt = new Set(recorded.discs.map(([x, y]) => `${x},${y}`));
    // The small fixture's two firms: China National Petroleum Corporation and Huawei.
    expect(drawnAt.has(at('China National Petroleum Corporation'))).toBe(false);
    expect(drawnAt.has(at('Huawei'))).toBe(false);
    expect(recorded.labels.filter((label) => label === 'Huawei' || label.startsWith('China National'))).toEqual([]);
    const others = ['Eurasian Economic Union', 'Shanghai Cooperation Organisation', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Xi Jinping', 'China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Uzbekistan'];
    expect(others.filter((label) => !drawnAt.has(at(label)))).toEqual([]);
    expect(drawnAt.size).toBe(10);
  });

  it('draws all twelve actors with the default filters', () => {
    const recorded = recordingContext();
    new NetworkRenderer(recorded.ctx, countingContext().ctx, model).drawBase(view, positions, nodeRadii(model), buildBasePlan(model, selectVisibility(model, DEFAULT_FILTERS, null), DEFAULT_FILTERS.weightMode), false);
    expect(new Set(recorded.discs.map(([x, y]) => `${x},${y}`)).size).toBe(12);
    expect(recorded.discs.some(([x, y]) => `${x},${y}` === at('Huawei'))).toBe(true);
  });
});
