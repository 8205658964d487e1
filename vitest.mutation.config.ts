import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run test:mutation`): the unit and property
 * tests of the core, without those that start processes or browsers or take minutes (the CLI,
 * fault and random-bytes tests), which would make a run of thousands of mutants take days on
 * two cores. `npm test` still runs everything.
 */
/** SILKMAP_MUTATION_TESTS=glob,glob narrows the run to those node tests (a part and its own tests). */
const only = process.env.SILKMAP_MUTATION_TESTS?.split(',');

export default defineConfig({
  plugins: [react()],
  test: {
    // A loaded two-core machine runs each mutant slowly; a slow test is not a failed one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { SILKMAP_PROPERTY_RUNS: '25' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: only ?? [
            'tests/graph-format/**/*.test.ts',
            'tests/analysis/**/*.test.ts',
            'tests/extract/{segment,recognise,resolve,comentions,pipeline,lexicon-names,generalisation,eval}.test.ts',
          ],
        },
      },
      ...(only ? [] : [{
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/explorer/setup.ts'],
          include: ['tests/explorer/{url,store,curation,names}.test.{ts,tsx}'],
        },
      }]),
    ],
  },
});
