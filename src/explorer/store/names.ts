/**
 * Name order for tables and lists: accents and case folded ("Émile" sorts with "emile"), ties by
 * the exact text. Not Intl.Collator or localeCompare: setting up the first collator takes
 * 17–50 ms on the main thread, a long task in the middle of a click, and the names here are
 * mostly Latin-script proper names, for which folding is what a reader expects.
 */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Compares names by their folded form, then exactly. */
export function compareNames(a: string, b: string): number {
  return compareFolded(foldName(a), foldName(b)) || compareFolded(a, b);
}

export function compareFolded(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
