/** The force layout lives in src/layout (the extractor lays out a big graph's overview with it too); the explorer's name for it. */
export * from '../../layout/forces.ts';
