/**
 * Linking sentences over time: every distinct sentence that is evidence for at least one
 * link, counted in the month (or, over long spans, the year) of its post's date.
 */
import type { Graph } from '../../graph-format/index.ts';
import { documentDates, firstDay, passageDate } from './window.ts';

/** Above this many months the bins are years, so bars stay wide enough to see and brush. */
export const MAX_MONTH_BINS = 96;

export interface Bin {
  /** YYYY-MM or YYYY. */
  key: string;
  /** First and last day the bin covers (YYYY-MM-DD). */
  from: string;
  to: string;
  count: number;
  /** Sentences of the selected actor or link in this bin. */
  selected: number;
}

export interface Histogram {
  unit: 'month' | 'year';
  bins: Bin[];
  undated: number;
  dated: number;
}

/** Which sentences to overlay: those of one actor (any of its links) or of one link. */
export type Overlay = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface DatedSentences {
  unit: Histogram['unit'];
  bins: Bin[];
  /** Bin of each dated linking sentence, keyed by passage id + sentence index. */
  binOf: Map<string, number>;
  undated: number;
  dated: number;
}

/** The dated sentences of a graph, worked out once per graph (a selection only adds the overlay). */
const datedByGraph = new WeakMap<Graph, DatedSentences>();

const sentenceKey = (passageId: string, sentence: number): string => `${passageId}\u0000${sentence}`;

/**
 * `overlayEdges`, when the caller has an index of the graph's links (the explorer's model),
 * names the overlay's links by position so they need not be searched for.
 */
export function buildHistogram(graph: Graph, overlay: Overlay = null, overlayEdges?: ArrayLike<number>): Histogram {
  let base = datedByGraph.get(graph);
  if (!base) datedByGraph.set(graph, (base = datedSentences(graph)));
  const { unit, bins, binOf, undated, dated } = base;
  // No dated sentences, no bars to overlay: a selection need not read its links' evidence.
  if (overlay === null || bins.length === 0) return { unit, bins, undated, dated };
  const overlaid = new Set<string>();
  const edges = overlayEdges
    ? Array.from(overlayEdges, (index) => graph.edges[index]!)
    : graph.edges.filter((edge) => (overlay.kind === 'edge' ? edge.id === overlay.id : edge.source === overlay.id || edge.target === overlay.id));
  for (const edge of edges) for (const item of edge.evidence) overlaid.add(sentenceKey(item.passageId, item.sentence));
  const selected = new Uint32Array(bins.length);
  for (const key of overlaid) {
    const bin = binOf.get(key);
    if (bin !== undefined) selected[bin]! += 1;
  }
  return { unit, bins: bins.map((bin, index) => ({ ...bin, selected: selected[index]! })), undated, dated };
}

function datedSentences(graph: Graph): DatedSentences {
  const dates = documentDates(graph);
  const passageDay = new Map<string, string | undefined>();
  for (const passage of graph.passages) {
    const date = passageDate(passage, dates);
    passageDay.set(passage.id, date === undefined ? undefined : firstDay(date));
  }
  const sentenceDay = new Map<string, string | undefined>();
  for (const edge of graph.edges) {
    for (const item of edge.evidence) sentenceDay.set(sentenceKey(item.passageId, item.sentence), passageDay.get(item.passageId));
  }
  let undated = 0;
  let first = '';
  let last = '';
  for (const day of sentenceDay.values()) {
    if (day === undefined) { undated++; continue; }
    if (first === '' || day < first) first = day;
    if (last === '' || day > last) last = day;
  }
  const binOf = new Map<string, number>();
  if (first === '') return { unit: 'month', bins: [], binOf, undated, dated: 0 };

  const [firstYear, firstMonth] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  const months = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  const unit = months > MAX_MONTH_BINS ? 'year' : 'month';
  const bins: Bin[] = [];
  const binIndex = new Map<string, number>();
  if (unit === 'year') {
    for (let year = firstYear; year <= lastYear; year++) {
      binIndex.set(String(year), bins.length);
      bins.push({ key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, count: 0, selected: 0 });
    }
  } else {
    for (let i = 0; i < months; i++) {
      const year = firstYear + Math.floor((firstMonth - 1 + i) / 12);
      const month = ((firstMonth - 1 + i) % 12) + 1;
      const key = `${year}-${String(month).padStart(2, '0')}`;
      binIndex.set(key, bins.length);
      bins.push({ key, from: `${key}-01`, to: lastDayOfMonth(year, month), count: 0, selected: 0 });
    }
  }
  let dated = 0;
  for (const [sentence, day] of sentenceDay) {
    if (day === undefined) continue;
    const index = binIndex.get(unit === 'year' ? day.slice(0, 4) : day.slice(0, 7))!;
    bins[index]!.count++;
    binOf.set(sentence, index);
    dated++;
  }
  return { unit, bins, binOf, undated, dated };
}
