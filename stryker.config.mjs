// Mutation testing of the core (`npm run test:mutation`): too slow for CI on two cores, run on
// demand. `npm run test:mutation -- --mutate 'src/graph-format/**/*.ts'` runs one part.
// The TypeScript checker is installed but not enabled: it drives the TypeScript compiler API,
// which TypeScript 7 (the native compiler this project uses) does not have.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // The tests run without module isolation (vitest.mutation.config.ts), so a mutant in code
  // that runs only at import time could not be activated: skip those (reported as ignored).
  ignoreStatic: true,
  mutate: [
    'src/graph-format/**/*.ts',
    '!src/graph-format/json-schema.ts',
    'src/extract/segment/**/*.ts',
    'src/extract/document-date.ts',
    'src/extract/recognise/**/*.ts',
    'src/extract/resolve/**/*.ts',
    'src/extract/graph/**/*.ts',
    'src/analysis/**/*.ts',
    'src/explorer/store/**/*.ts',
    'src/explorer/url/**/*.ts',
    'src/explorer/curation/{document,follow,slice,storage,surfaces}.ts',
  ],
  ignorePatterns: ['bench/results', '.cache', 'dist', 'reports'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 1,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  // Stryker rewrites the tsconfig through the TypeScript compiler API, which TypeScript 7 does
  // not have; pointing it at no file skips that step (vitest strips types without tsconfig).
  tsconfigFile: 'no-tsconfig-for-stryker.json',
};
