/**
 * Linking sentences over time: every distinct sentence that is evidence for at least one
 * link, counted in the month (or, over long spans, the year) of its post's date.
 */
import type { Graph } from '../../graph-format/index.ts';
import { finishSteps, runInSlices } from '../store/sliced-work.ts';
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
  /** Bin of each dated linking sentence, keyed by sentenceKey. */
  binOf: Map<number, number>;
  /** Position of each passage in graph.passages (sentence keys are built from it). */
  passageIndex: Map<string, number>;
  undated: number;
  dated: number;
}

/** The dated sentences of a graph, worked out once per graph (a selection only adds the overlay). */
const datedByGraph = new WeakMap<Graph, DatedSentences>();

/**
 * A sentence as one number: its passage's position times 2^20, plus its index in the passage.
 * Numbers, not `passageId + sentence` strings: building and hashing a string per evidence item
 * was most of the 235 ms task that followed a 10,000-actor graph's first draw.
 */
const SENTENCES_PER_PASSAGE = 1 << 20;
const sentenceKey = (passage: number, sentence: number): number => passage * SENTENCES_PER_PASSAGE + sentence;

/** Evidence items (or sentences, or passages) handled between two looks at the clock while slicing. */
const CHECK_EVERY = 512;

/**
 * `overlayEdges`, when the caller has an index of the graph's links (the explorer's model),
 * names the overlay's links by position so they need not be searched for.
 */
export function buildHistogram(graph: Graph, overlay: Overlay = null, overlayEdges?: ArrayLike<number>): Histogram {
  let base = datedByGraph.get(graph);
  if (!base) {
    datedByGraph.set(graph, (base = finishSteps(datedSentences(graph))));
  }
  const { unit, bins, binOf, passageIndex, undated, dated } = base;
  // No dated sentences, no bars to overlay: a selection need not read its links' evidence.
  if (overlay === null || bins.length === 0) return { unit, bins, undated, dated };
  const overlaid = new Set<number>();
  const edges = overlayEdges
    ? Array.from(overlayEdges, (index) => graph.edges[index]!)
    : graph.edges.filter((edge) => (overlay.kind === 'edge' ? edge.id === overlay.id : edge.source === overlay.id || edge.target === overlay.id));
  for (const edge of edges) for (const item of edge.evidence) overlaid.add(sentenceKey(passageIndex.get(item.passageId) ?? -1, item.sentence));
  const selected = new Uint32Array(bins.length);
  for (const key of overlaid) {
    const bin = binOf.get(key);
    if (bin !== undefined) selected[bin]! += 1;
  }
  return { unit, bins: bins.map((bin, index) => ({ ...bin, selected: selected[index]! })), undated, dated };
}

/** Whether buildHistogram(graph) would answer at once (the dated sentences are worked out). */
export function histogramReady(graph: Graph): boolean {
  return datedByGraph.has(graph);
}

/**
 * Works out a graph's dated sentences in slices of about `sliceMs`, awaiting `nextTask` in
 * between, so that the histogram of a big graph (every link's evidence: 60,000 links on a real
 * corpus) never makes one long task; buildHistogram then answers at once.
 */
export async function prepareHistogram(graph: Graph, nextTask: () => Promise<void>, sliceMs = 12): Promise<void> {
  if (datedByGraph.has(graph)) return;
  // buildHistogram may work them out at once meanwhile.
  const dated = await runInSlices(datedSentences(graph), nextTask, sliceMs, () => datedByGraph.has(graph));
  if (dated !== undefined && !datedByGraph.has(graph)) datedByGraph.set(graph, dated);
}

/** The dated sentences of a graph; yields every CHECK_EVERY items, so a caller can spread it over tasks. */
function* datedSentences(graph: Graph): Generator<void, DatedSentences> {
  const dates = documentDates(graph);
  const passageIndex = new Map<string, number>();
  /** First day of each passage's date as YYYYMMDD, 0 where undated. */
  const passageDay = new Int32Array(graph.passages.length);
  for (let index = 0; index < graph.passages.length; index++) {
    const passage = graph.passages[index]!;
    passageIndex.set(passage.id, index);
    const date = passageDate(passage, dates);
    passageDay[index] = date === undefined ? 0 : Number(firstDay(date).replaceAll('-', ''));
    if (index % CHECK_EVERY === CHECK_EVERY - 1) yield;
  }
  const sentenceDay = new Map<number, number>();
  let items = 0;
  for (const edge of graph.edges) {
    for (const item of edge.evidence) {
      const passage = passageIndex.get(item.passageId) ?? -1;
      sentenceDay.set(sentenceKey(passage, item.sentence), passage < 0 ? 0 : passageDay[passage]!);
    }
    items += edge.evidence.length;
    if (items >= CHECK_EVERY) { items = 0; yield; }
  }
  let undated = 0;
  let first = 0;
  let last = 0;
  for (const day of sentenceDay.values()) {
    if (day === 0) { undated++; continue; }
    if (first === 0 || day < first) first = day;
    if (day > last) last = day;
  }
  yield;
  const binOf = new Map<number, number>();
  if (first === 0) return { unit: 'month', bins: [], binOf, passageIndex, undated, dated: 0 };

  const firstYear = Math.floor(first / 10000), firstMonth = Math.floor(first / 100) % 100;
  const lastYear = Math.floor(last / 10000), lastMonth = Math.floor(last / 100) % 100;
  const months = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  const unit = months > MAX_MONTH_BINS ? 'year' : 'month';
  const bins: Bin[] = [];
  if (unit === 'year') {
    for (let year = firstYear; year <= lastYear; year++) bins.push({ key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, count: 0, selected: 0 });
  } else {
    for (let i = 0; i < months; i++) {
      const year = firstYear + Math.floor((firstMonth - 1 + i) / 12);
      const month = ((firstMonth - 1 + i) % 12) + 1;
      const key = `${year}-${String(month).padStart(2, '0')}`;
      bins.push({ key, from: `${key}-01`, to: lastDayOfMonth(year, month), count: 0, selected: 0 });
    }
  }
  let dated = 0;
  let seen = 0;
  for (const [sentence, day] of sentenceDay) {
    if (++seen % CHECK_EVERY === 0) yield;
    if (day === 0) continue;
    const year = Math.floor(day / 10000);
    const index = unit === 'year' ? year - firstYear : (year - firstYear) * 12 + (Math.floor(day / 100) % 100) - firstMonth;
    bins[index]!.count++;
    binOf.set(sentence, index);
    dated++;
  }
  return { unit, bins, binOf, passageIndex, undated, dated };
}
