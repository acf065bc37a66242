// @ts-check
/**
 * Mutation testing (StrykerJS 9; version 10 needs Node 22): `npm run test:mutation`, which runs
 * Stryker through scripts/mutation/run.ts (it points the data build's tests at the raw sources by
 * an absolute path and checks the score of each folder). docs/testing.md, "Mutation testing", explains it.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/domain/**/*.ts',
    'src/state/**/*.ts',
    // The map session's rules, feature-state, session object, style and geometry; not the glue
    // that needs MapLibre's WebGL map (docs/testing.md: what is left out of src/map, and why).
    'src/map/**/*.ts',
    '!src/map/controller.ts',
    '!src/map/camera-driver.ts',
    '!src/map/maplibre.ts',
    '!src/map/tooltips.ts',
    '!src/map/snapshot.ts',
    '!src/map/test-hooks.ts',
    '!src/map/types.ts',
    // The data build's pure functions (not the orchestration in build.ts, the downloads in
    // fetch-source.ts or the basemap, which reads whole npm packages).
    'scripts/data/{config,errors,geometry,municipalities,neighbours,register,statistics,validate}.ts',
    '!**/*.test.ts',
    '!**/*.fixture.ts',
  ],
  // Each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  // Static mutants (in code that runs once, when a module loads: constants, schema and table
  // definitions) can be told apart only by rerunning every test for each of them: 610 of 3 230
  // mutants took four fifths of the time (over three hours on two cores). They are reported as
  // ignored, not counted in the score; `-- --ignoreStatic false` runs them too.
  ignoreStatic: true,
  // Two workers: the machine this was tuned on has two cores, shared. Pass --concurrency N for more.
  concurrency: 2,
  // Under load a test can be slow; a mutant is counted as a timeout (killed) only when it loops.
  timeoutMS: 20_000,
  // Results are kept and only what changed is run again; `-- --force` runs every mutant.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  // Colours of the report only: scripts/mutation/run.ts checks src/domain, src/state and src/map against
  // 80 % each (the total, with the data build's functions in it, would be the wrong bar).
  thresholds: { high: 90, low: 80, break: null },
  // Not copied into the sandbox: build output, caches and reports.
  ignorePatterns: [
    'dist',
    'public/data',
    '.cache',
    'test-results',
    'playwright-report',
    'bench/results',
    'reports',
  ],
  tempDirName: '.stryker-tmp',
};
