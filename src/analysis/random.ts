/**
 * mulberry32: a tiny seeded pseudo-random generator. Louvain visits nodes in a random
 * order; giving it a seeded generator makes the same graph always yield the same
 * communities (Math.random would change them on every page load).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
