import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run test:mutation`): the unit and property
 * tests of the core, without those that start processes or browsers or take minutes (the CLI,
 * fault and random-bytes tests), which would make a run of thousands of mutants take days on
 * two cores. `npm test` still runs everything.
 *
 * SILKMAP_MUTATION_TESTS=glob,glob narrows the run to those tests in node, and
 * SILKMAP_MUTATION_DOM_TESTS=glob,glob to those in jsdom (a part and its own tests). Explorer
 * logic tests that need no DOM are faster in node: setting up jsdom costs seconds per mutant.
 */
const nodeOnly = process.env.SILKMAP_MUTATION_TESTS?.split(',').filter(Boolean);
const domOnly = process.env.SILKMAP_MUTATION_DOM_TESTS?.split(',').filter(Boolean);
const narrowed = nodeOnly !== undefined || domOnly !== undefined;
/**
 * Tests left out of every mutant run: they take seconds each and repeat what faster tests of
 * the same code check (the big-model build in slices is checked against the one-go build,
 * whose small cases store.test.ts also checks). `npm test` still runs them.
 */
const SLOW_TESTS = ['builds a big model in short slices'];

/**
 * The whole core's run (`npm run test:mutation` without SILKMAP_MUTATION_*): the union of the
 * tests each part was measured with (README, Testing), explorer logic in node. The tests that
 * run the whole extractor (pipeline, eval, generalisation) are left out: each loads and runs
 * every stage, so a mutant would cost tens of seconds here.
 */
const nodeTests = narrowed ? nodeOnly ?? [] : [
  // Not codec.test.ts: its round trip runs the whole extractor (~10 s per codec mutant).
  'tests/graph-format/{validate,overrides,overrides-property,relations,relations-details,overview,overview-details,display-sentence,carry-relations,codec-decode,codec-encode}.test.ts',
  'tests/analysis/**/*.test.ts',
  'tests/extract/{segment,segment-details,segment-posts,dates,dates-details}.test.ts',
  'tests/extract/{recognise,recognise-parts,recognise-error-classes,recognise-round2-classes,recognise-round3-classes,recognise-orgs-classes,recognise-person-shapes,recognise-thing-shapes,recognise-body-names,recognise-body-lists,recognise-precision-classes,recognise-runs-details,recognise-things-details,recognise-run-details,first-names,lexicon-names}.test.ts',
  'tests/extract/{recognise-passes-details,recognise-passes-more,recognise-word-evidence,recognise-inflections,recognise-tagger}.test.ts',
  'tests/extract/{recognise-office-organ,recognise-acronym-shouting,recognise-mark-name-like}.test.ts',
  'tests/extract/{recognise-multi-word-name,recognise-leftover,recognise-name-context,recognise-open-complement,recognise-policy-banks}.test.ts',
  'tests/extract/{recognise-distributed-heads,recognise-person-shapes-details,recognise-organisation-name-end,recognise-names-in-run,recognise-continue-body-names,recognise-extend-body-names}.test.ts',
  'tests/extract/{resolve,resolve-variants,resolve-parts,resolve-keys-details,resolve-actors-details,comentions,graph-build,repeats}.test.ts',
  'tests/explorer/{store,store-changes,store-details,overview,names,view-panels,curation,curation-details,url-details}.test.ts',
  'tests/explorer/timeline/window.test.ts',
  // capital-use.ts's cases, moved out of resolve-parts, resolve-keys-details and resolve-variants (shape7).
  'tests/extract/resolve-capital-use.test.ts',
];
const domTests = narrowed ? domOnly ?? [] : [
  'tests/explorer/{url,url-property}.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    // A loaded two-core machine runs each mutant slowly; a slow test is not a failed one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { SILKMAP_PROPERTY_RUNS: '25' },
    testNamePattern: new RegExp(`^(?!.*(?:${SLOW_TESTS.join('|')}))`),
    // Without isolation the files of one run share their imports, so a mutant does not pay
    // for loading compromise and the lexicon once per test file. Mutants that only act at
    // import time (static) could then be missed: stryker.config.mjs ignores them.
    isolate: false,
    projects: [
      ...(nodeTests.length > 0 ? [{
        extends: true as const,
        test: { name: 'node', environment: 'node', include: nodeTests },
      }] : []),
      ...(domTests.length > 0 ? [{
        extends: true as const,
        test: { name: 'dom', environment: 'jsdom', setupFiles: ['tests/explorer/setup.ts'], include: domTests },
      }] : []),
    ],
  },
});
