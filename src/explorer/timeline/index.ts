export { Timeline } from './Timeline.tsx';
export { windowGraph, parseWindow, shiftWindow, type TimeWindow } from './window.ts';
export { buildHistogram } from './histogram.ts';
