/**
 * An actor's radius in layout units: its area grows with the value (mentions by default, sqrt
 * scale), with a smaller ceiling on big graphs. The explorer sizes its discs with it
 * (canvas/scales.ts) and a big graph's stored overview is laid out with the same sizes.
 */
export function radiusFor(nodeCount: number, value: number, max: number): number {
  const largest = nodeCount > 2000 ? 10 : 26;
  const smallest = nodeCount > 2000 ? 2.5 : 5;
  return smallest + (largest - smallest) * Math.sqrt(value / max);
}
