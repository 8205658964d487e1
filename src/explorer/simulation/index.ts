export { createLayoutSimulation, phyllotaxis, layoutSettings, writePositions, type LayoutInput, type LayoutNode } from './forces.ts';
export { useLayout, layoutInputFor, LayoutHandle } from './useLayout.ts';
