export { Timeline } from './timeline.tsx';
export { windowGraph, parseWindow, shiftWindow, type TimeWindow } from './window.ts';
export { buildHistogram } from './histogram.ts';
