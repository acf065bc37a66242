import { defineConfig } from 'vitest/config';

/**
 * The unit tests the mutation run (stryker.config.mjs) runs against each mutant: the tests of the
 * domain, the view state, the map session's pure parts and the data build's pure functions. The data build's end-to-end test
 * (scripts/data/build.test.ts, about 40 s: it builds everything from the raw sources) stays in
 * `npm test` only: run per mutant it would cost hours, and the functions it exercises have fast
 * tests of their own on the same real sources.
 */
export default defineConfig({
  test: {
    include: [
      'src/domain/**/*.test.ts',
      'src/state/**/*.test.ts',
      'src/map/**/*.test.ts',
      'scripts/data/**/*.test.ts',
    ],
    exclude: ['scripts/data/build.test.ts'],
    environment: 'node',
    // Tests that only check scale (a 5 MB import) skip themselves in this run.
    env: { MUTATION_RUN: '1' },
    testTimeout: 60_000,
  },
});
