/** The timeline slice of the explorer store, apart from its code so the store's state type imports no slice. */
import type { GraphModel } from '../store/types.ts';
import type { TimeWindow } from './window.ts';

export interface TimelineSlice {
  timeWindow: TimeWindow | null;
  /** The full model while a window is set (null otherwise). */
  timelineBase: GraphModel | null;
  /** Linking sentences with no date, left out while a window is set. */
  undatedHidden: number;
  playing: boolean;
  setTimeWindow: (window: TimeWindow | null) => void;
  setPlaying: (playing: boolean) => void;
}
