import type { Graph } from '../graph-format/index.ts';
import { TYPE_COLOURS } from './colours.ts';
import { displayText, escapeXml, formatNumber } from './text.ts';
import type { Position } from './types.ts';

/** A d3-zoom transform: screen = position * k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface SvgOptions {
  graph: Graph;
  /** Layout positions by node id; actors without a position are not drawn. */
  positions: ReadonlyMap<string, Position>;
  /** Actors to draw (with the links between them); all when absent. */
  visibleNodeIds?: ReadonlySet<string>;
  /** Fill colour by node id; defaults to the colour of the actor type. */
  colours?: ReadonlyMap<string, string>;
  /** Radius in view pixels by node id; defaults to 5. */
  radii?: ReadonlyMap<string, number>;
  /** Actors whose label is written; all drawn actors when absent. */
  labelledNodeIds?: ReadonlySet<string>;
  /**
   * Where a label is written, in view coordinates: the left end and vertical middle of the text
   * (the explorer passes the spots its canvas chose, so labels do not collide); right of the
   * actor when absent.
   */
  labelPositions?: ReadonlyMap<string, Position>;
  /** Size of the view in CSS pixels. */
  width: number;
  height: number;
  /** Pixel ratio of the image (2 for a 2x export); the drawing itself is the same. */
  scale?: number;
  /** The view's pan and zoom, applied to positions; identity when absent. */
  transform?: ViewTransform;
  /** Background fill; transparent when absent. */
  background?: string;
  title?: string;
  /**
   * A selection as the explorer shows it: everything outside `nodeIds` (the selected actors
   * and their neighbours) and `edgeIds` (their links) is drawn faded underneath, the focus at
   * full strength on top, the selected actors ringed.
   */
  focus?: SvgFocus;
}

export interface SvgFocus {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  selectedNodeIds: ReadonlySet<string>;
}

const DEFAULT_RADIUS = 5;
const FONT_SIZE = 11;
/** Opacity of what lies outside a selection (the canvas dims its base layer to the same). */
const CONTEXT_OPACITY = 0.3;
const FOCUS_LINK_COLOUR = '#28303c';

/**
 * A standalone SVG of the current view: links as lines (wider for heavier links), actors
 * as circles with a <title> tooltip, then labels on a white halo. Everything is in
 * view coordinates (viewBox = width x height); `scale` only multiplies the pixel size.
 * Labels are stripped of control and bidi characters and escaped, so the file always
 * parses and a name cannot rearrange the text around it.
 */
export function renderSvg(options: SvgOptions): string {
  const { graph, positions, width, height } = options;
  const scale = options.scale ?? 1;
  const { x: dx, y: dy, k } = options.transform ?? { x: 0, y: 0, k: 1 };
  const visible = (id: string) => positions.has(id) && (options.visibleNodeIds?.has(id) ?? true);
  const at = (id: string): Position => {
    const position = positions.get(id)!;
    return { x: position.x * k + dx, y: position.y * k + dy };
  };
  const f = (value: number) => formatNumber(value);
  const a = escapeXml;

  const nodes = graph.nodes.filter((node) => visible(node.id));
  const edges = graph.edges.filter((edge) => visible(edge.source) && visible(edge.target));
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width * scale)}" height="${f(height * scale)}" viewBox="0 0 ${f(width)} ${f(height)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="${FONT_SIZE}">`,
    `<title>${a(displayText(options.title ?? 'Silkmap network'))}</title>`,
  ];
  if (options.background) lines.push(`<rect width="100%" height="100%" fill="${a(options.background)}"/>`);

  const focus = options.focus;
  if (!focus) {
    lines.push(...layer(nodes, edges));
  } else {
    // Faded like the dimmed canvas underneath, the selection and its links on top.
    lines.push(`<g class="context" opacity="${CONTEXT_OPACITY}">`,
      ...layer(nodes.filter((node) => !focus.nodeIds.has(node.id)), edges.filter((edge) => !focus.edgeIds.has(edge.id))), '</g>');
    lines.push('<g class="focus">', ...layer(nodes.filter((node) => focus.nodeIds.has(node.id)), edges.filter((edge) => focus.edgeIds.has(edge.id)), FOCUS_LINK_COLOUR));
    lines.push('<g class="selected" fill="none" stroke="#1d232b" stroke-width="2.5">');
    for (const node of nodes) {
      if (!focus.selectedNodeIds.has(node.id)) continue;
      const { x, y } = at(node.id);
      lines.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f((options.radii?.get(node.id) ?? DEFAULT_RADIUS) + 3)}"/>`);
    }
    lines.push('</g>', '</g>');
  }

  /** Links, then actors, then labels of one layer. */
  function layer(layerNodes: Graph['nodes'], layerEdges: Graph['edges'], linkColour = '#999999'): string[] {
    const out = [`<g class="links" stroke="${linkColour}" stroke-opacity="0.6" stroke-linecap="round">`];
    for (const edge of layerEdges) {
      const source = at(edge.source);
      const target = at(edge.target);
      out.push(`<line x1="${f(source.x)}" y1="${f(source.y)}" x2="${f(target.x)}" y2="${f(target.y)}" stroke-width="${f(1 + Math.log2(edge.weight))}"/>`);
    }
    out.push('</g>', '<g class="actors" stroke="#ffffff" stroke-width="1">');
    for (const node of layerNodes) {
      const { x, y } = at(node.id);
      const fill = options.colours?.get(node.id) ?? TYPE_COLOURS[node.type];
      const radius = options.radii?.get(node.id) ?? DEFAULT_RADIUS;
      out.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(radius)}" fill="${a(fill)}"><title>${a(displayText(node.label))}</title></circle>`);
    }
    out.push('</g>', '<g class="labels" fill="#222222" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">');
    for (const node of layerNodes) {
      if (options.labelledNodeIds && !options.labelledNodeIds.has(node.id)) continue;
      const placed = options.labelPositions?.get(node.id);
      const { x, y } = at(node.id);
      const radius = options.radii?.get(node.id) ?? DEFAULT_RADIUS;
      const [left, middle] = placed ? [placed.x, placed.y] : [x + radius + 3, y];
      out.push(`<text x="${f(left)}" y="${f(middle + FONT_SIZE / 3)}">${a(displayText(node.label))}</text>`);
    }
    out.push('</g>');
    return out;
  }
  lines.push('</svg>', '');
  return lines.join('\n');
}
