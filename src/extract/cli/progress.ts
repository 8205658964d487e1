/** The progress bar on a terminal's stderr; nothing when output is piped or logged. */
import { SingleBar } from 'cli-progress';

export interface Progress {
  done(path: string): void;
  stop(): void;
}

export function progressBar(total: number): Progress {
  if (!process.stderr.isTTY) return { done: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: 'extract [{bar}] {value}/{total} {path}', stream: process.stderr, hideCursor: true, clearOnComplete: true });
  bar.start(total, 0, { path: '' });
  let count = 0;
  return {
    done: (path) => bar.update(++count, { path }),
    stop: () => bar.stop(),
  };
}
