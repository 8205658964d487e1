export { createLayoutSimulation, phyllotaxis, layoutSettings, writePositions, seedPositions, RESEED_ALPHA, type LayoutInput, type PreviousLayout, type LayoutNode } from './forces.ts';
export { useLayout, layoutInputFor, continuedLayoutInput, LayoutHandle } from './use-layout.ts';
