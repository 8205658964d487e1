import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { explorerStore, nextTask, useExplorer } from '../store/index.ts';
import { formatCount } from '../store/numbers.ts';
import { buildHistogram, histogramReady, prepareHistogram, type Bin, type Histogram } from './histogram.ts';
import { startTimelineUrlSync } from './url.ts';
import { isDay, parseWindow, shiftWindow, type TimeWindow } from './window.ts';
import { prepareWindowIndex } from './window-index.ts';
import type { Graph } from '../../graph-format/index.ts';
import './timeline.css';

/** How long each step of Play shows the network before moving on. */
export const PLAY_STEP_MS = 1500;
/** The window Play starts with when none is set: a year of months, or a third of a shorter span. */
function playWidth(binCount: number, unit: Histogram['unit']): number {
  return unit === 'year' ? 1 : Math.max(1, Math.min(12, Math.floor(binCount / 3)));
}

const CHART_HEIGHT = 56;

function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function binsInWindow(bins: readonly Bin[], window: TimeWindow | null): [number, number] | null {
  if (!window) return null;
  const first = bins.findIndex((bin) => bin.to >= window.from);
  let last = -1;
  for (let i = bins.length - 1; i >= 0; i--) if (bins[i]!.from <= window.to) { last = i; break; }
  return first < 0 || last < first ? null : [first, last];
}

function Chart({ histogram, window }: { histogram: Histogram; window: TimeWindow | null }) {
  const { bins } = histogram;
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const [brush, setBrush] = useState<[number, number] | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const binAt = (event: PointerEvent<SVGSVGElement>): number => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(((event.clientX - box.left) / box.width) * bins.length)));
  };
  const shown = brush ? [Math.min(...brush), Math.max(...brush)] : binsInWindow(bins, window);
  const finish = () => {
    if (!brush) return;
    const [a, b] = [Math.min(...brush), Math.max(...brush)];
    setBrush(null);
    explorerStore.getState().setTimeWindow({ from: bins[a]!.from, to: bins[b]!.to });
  };
  return (
    <svg
      ref={svg}
      className="timeline-chart"
      viewBox={`0 0 ${bins.length} ${CHART_HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Linking sentences per ${histogram.unit}, ${bins[0]?.key ?? ''} to ${bins[bins.length - 1]?.key ?? ''}; drag across it to set the window`}
      onPointerDown={(event) => { event.currentTarget.setPointerCapture?.(event.pointerId); const bin = binAt(event); setBrush([bin, bin]); }}
      onPointerMove={(event) => { if (brush) setBrush([brush[0], binAt(event)]); }}
      onPointerUp={finish}
      onPointerCancel={() => setBrush(null)}
    >
      {shown && <rect className="timeline-window" x={shown[0]} y={0} width={shown[1]! - shown[0]! + 1} height={CHART_HEIGHT} />}
      {bins.map((bin, index) => {
        const height = (bin.count / max) * (CHART_HEIGHT - 2);
        // A few sentences of the selection among hundreds would be invisible at scale: at least 3 units tall.
        const selected = bin.selected > 0 ? Math.max(3, (bin.selected / max) * (CHART_HEIGHT - 2)) : 0;
        return (
          <g key={bin.key}>
            <title>{`${bin.key}: ${plural(bin.count, 'sentence')}${bin.selected ? `, ${bin.selected} of the selection` : ''}`}</title>
            <rect className="timeline-bar" x={index + 0.1} y={CHART_HEIGHT - height} width={0.8} height={height} />
            {selected > 0 && <rect className="timeline-bar-selected" x={index + 0.1} y={CHART_HEIGHT - selected} width={0.8} height={selected} />}
          </g>
        );
      })}
    </svg>
  );
}

function WindowInputs({ window }: { window: TimeWindow | null }) {
  const [from, setFrom] = useState(window?.from ?? '');
  const [to, setTo] = useState(window?.to ?? '');
  useEffect(() => { setFrom(window?.from ?? ''); setTo(window?.to ?? ''); }, [window]);
  const commit = (nextFrom: string, nextTo: string) => {
    if (nextFrom === '' && nextTo === '') { explorerStore.getState().setTimeWindow(null); return; }
    const parsed = parseWindow(nextFrom, nextTo);
    if (parsed) explorerStore.getState().setTimeWindow(parsed);
  };
  return (
    <>
      <label>From <input type="date" value={from} max={isDay(to) ? to : undefined} onChange={(event) => { setFrom(event.target.value); commit(event.target.value, to); }} /></label>
      <label>To <input type="date" value={to} min={isDay(from) ? from : undefined} onChange={(event) => { setTo(event.target.value); commit(from, event.target.value); }} /></label>
    </>
  );
}

function usePlayback(histogram: Histogram) {
  const playing = useExplorer((state) => state.playing);
  useEffect(() => {
    if (!playing) return undefined;
    const { bins, unit } = histogram;
    const stepMonths = unit === 'year' ? 12 : 1;
    const last = bins[bins.length - 1];
    const first = bins[0];
    if (!first || !last) { explorerStore.getState().setPlaying(false); return undefined; }
    const state = explorerStore.getState();
    if (!state.timeWindow || state.timeWindow.from >= last.from) {
      const width = playWidth(bins.length, unit);
      state.setTimeWindow({ from: first.from, to: bins[width - 1]!.to });
    }
    const timer = setInterval(() => {
      const current = explorerStore.getState().timeWindow;
      if (!current || current.to >= last.to) { explorerStore.getState().setPlaying(false); return; }
      explorerStore.getState().setTimeWindow(shiftWindow(current, stepMonths));
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, histogram]);
  return playing;
}

/**
 * The histogram reads every link's evidence: about a second on a real corpus (60,000 links), which
 * kept the network's first frame waiting. On graphs with more links than this it waits for that
 * frame (the canvas's `silkmap:first-draw` event) and then for the layout to come to rest
 * (`silkmap:layout-settled`), each for a few seconds at most, and then reads them in short
 * slices (prepareHistogram). Read in one go right after the first frame, it was a 235 ms task
 * after a 10,000-actor graph's first draw and the longest of the tasks that dropped frames
 * while a real corpus's network was being laid out.
 */
const WAIT_FOR_DRAW_LINKS = 10_000;
const FIRST_DRAW_EVENT = 'silkmap:first-draw';
const LAYOUT_SETTLED_EVENT = 'silkmap:layout-settled';
const LONGEST_WAIT_MS = 5000;

function useNetworkAtRest(wait: boolean): boolean {
  const [atRest, setAtRest] = useState(() => !wait);
  useEffect(() => {
    if (atRest || !wait) return undefined;
    let drawn = false;
    let settled = false;
    let afterDraw: ReturnType<typeof setTimeout> | undefined;
    const check = () => { if (drawn && settled) setAtRest(true); };
    const onDrawn = () => {
      if (drawn) return;
      drawn = true;
      afterDraw = setTimeout(() => { settled = true; check(); }, LONGEST_WAIT_MS);
      check();
    };
    const onSettled = () => { settled = true; check(); };
    if (performance.getEntriesByName(FIRST_DRAW_EVENT).length > 0) onDrawn();
    addEventListener(FIRST_DRAW_EVENT, onDrawn);
    addEventListener(LAYOUT_SETTLED_EVENT, onSettled);
    const noDraw = setTimeout(onDrawn, LONGEST_WAIT_MS);
    return () => {
      removeEventListener(FIRST_DRAW_EVENT, onDrawn);
      removeEventListener(LAYOUT_SETTLED_EVENT, onSettled);
      clearTimeout(noDraw);
      clearTimeout(afterDraw);
    };
  }, [atRest, wait]);
  return atRest || !wait;
}

/** Whether the graph's histogram can be built at once: small graphs always; big ones once prepareHistogram has read them in slices. */
function useHistogramReady(graph: Graph | undefined, big: boolean, drawn: boolean): boolean {
  const [preparedFor, setPreparedFor] = useState<Graph | null>(null);
  useEffect(() => {
    if (!graph || !big || !drawn || histogramReady(graph)) return undefined;
    let current = true;
    void prepareHistogram(graph, nextTask).then(() => { if (current) setPreparedFor(graph); });
    return () => { current = false; };
  }, [graph, big, drawn]);
  if (!graph || !drawn) return false;
  return !big || preparedFor === graph || histogramReady(graph);
}

/** The corpus over time, the window that filters the network, and Play. */
export function Timeline() {
  const model = useExplorer((state) => state.model);
  const base = useExplorer((state) => state.timelineBase) ?? model;
  const selection = useExplorer((state) => state.selection);
  const window = useExplorer((state) => state.timeWindow);
  const undatedHidden = useExplorer((state) => state.undatedHidden);
  const big = (base?.graph.edges.length ?? 0) > WAIT_FOR_DRAW_LINKS;
  const drawn = useNetworkAtRest(big);
  const ready = useHistogramReady(base?.graph, big, drawn);
  const histogram = useMemo(() => {
    if (!base || !ready) return null;
    const node = selection?.kind === 'node' ? base.nodeIndex.get(selection.id) : undefined;
    const edge = selection?.kind === 'edge' ? base.edgeIndex.get(selection.id) : undefined;
    const overlayEdges = node !== undefined ? base.incidentEdges[node] : edge !== undefined ? [edge] : [];
    return buildHistogram(base.graph, selection, overlayEdges);
  }, [base, selection, ready]);
  useEffect(() => startTimelineUrlSync(explorerStore), []);
  // A dated graph's window index, built in short slices once the chart is up, so that the first
  // window step does not pay for it (window-index.ts).
  const dated = (histogram?.bins.length ?? 0) > 0;
  useEffect(() => { if (base && dated) void prepareWindowIndex(base.graph, nextTask); }, [base, dated]);
  const playing = usePlayback(histogram ?? { unit: 'month', bins: [], undated: 0, dated: 0 });
  if (!histogram) return null;
  const { bins } = histogram;
  return (
    <section className="timeline" role="region" aria-label="Timeline">
      <div className="timeline-head">
        <h2>Timeline</h2>
        <p className="muted timeline-summary">
          {bins.length === 0
            ? 'No dated posts: this corpus gives no publication dates.'
            : `${plural(histogram.dated, 'dated linking sentence')} per ${histogram.unit}, ${bins[0]!.key} – ${bins[bins.length - 1]!.key}`}
          {selection && histogram.dated > 0 && <span className="timeline-key"> · <span className="timeline-key-swatch" aria-hidden="true" />selection: {plural(histogram.bins.reduce((sum, bin) => sum + bin.selected, 0), 'dated sentence')}</span>}
        </p>
        <div className="timeline-controls">
          <WindowInputs window={window} />
          <button type="button" aria-pressed={playing} disabled={bins.length === 0} onClick={() => explorerStore.getState().setPlaying(!playing)}>{playing ? 'Pause' : 'Play'}</button>
          {window && <button type="button" onClick={() => { explorerStore.getState().setPlaying(false); explorerStore.getState().setTimeWindow(null); }}>All dates</button>}
        </div>
      </div>
      {bins.length > 0 && <Chart histogram={histogram} window={window} />}
      {window && undatedHidden > 0 && <p className="muted timeline-undated" role="status">{plural(undatedHidden, 'undated sentence')} not shown</p>}
    </section>
  );
}
