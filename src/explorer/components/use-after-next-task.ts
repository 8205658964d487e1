import { useEffect, useState } from 'react';
import { nextTask } from '../store/index.ts';

/**
 * False in the first render for a new `key` when `defer` is set, true from a task later.
 * Lets a heavy part of the page (the actors table of a 10,000-actor graph) render in a task
 * of its own instead of lengthening the one that puts the graph on screen.
 */
export function useAfterNextTask(key: unknown, defer: boolean): boolean {
  const [readyFor, setReadyFor] = useState<unknown>(defer ? undefined : key);
  useEffect(() => {
    if (!defer) return undefined;
    let live = true;
    void nextTask().then(() => { if (live) setReadyFor(key); });
    return () => { live = false; };
  }, [key, defer]);
  return !defer || readyFor === key;
}
