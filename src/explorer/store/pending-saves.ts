/**
 * The writes to IndexedDB a slice has started, as an explicit object that the slice owns (one
 * per store), rather than a variable of its module: `settled()` resolves once the last of
 * them is done (tests wait on it before they read what was kept).
 */
export class PendingSaves {
  private last: Promise<unknown> = Promise.resolve();

  /** Follows a save started now (it need not wait for the earlier ones). */
  track(save: Promise<unknown>): void {
    this.last = save;
  }

  /** Starts `write` once the save followed last has finished, so that writes keep their order. */
  chain(write: () => Promise<unknown>): Promise<unknown> {
    this.last = this.last.then(write);
    return this.last;
  }

  settled(): Promise<void> {
    return this.last.then(() => undefined);
  }
}
