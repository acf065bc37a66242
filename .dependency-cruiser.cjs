/**
 * The direction of imports, checked by `npm run lint:deps` (part of `npm run lint` and so of
 * `npm test`). The layers, from the bottom:
 *
 *   src/data/schemas.ts   zod schemas of the data files; imports nothing but zod
 *   src/domain/           pure types and functions; no React, no state, no views
 *   src/data/load.ts      fetches and parses a data file
 *   src/map/              the MapLibre controller, layers as data, the theme; no React
 *   src/i18n/, src/state/ message catalogues; zustand view state and the URL codec
 *   src/data-hooks/       the data where it is read: TanStack Query, indexed, narrowed by the view
 *   src/ui/               shared view pieces; know no feature
 *   src/features/         what a user does, one folder each, entered only by its index.ts
 *   src/app/              the layout and the hooks that tie the features together
 *   src/editorial/        the editors' page (/redaktion, its own entry): schemas, domain, Language
 * Beside the app:
 *   scripts/              the data build: only the schema module and the domain from src/
 *   server/               the static server of the built app: Node and its own dependencies
 *   *.config.*            the tools' settings: may use server/ and scripts/, never the app
 */

const TESTS = '\\.(test|fixture)\\.tsx?$';
/** The tools' settings at the root of the checkout. */
const CONFIGS = '^[^/]+\\.config\\.(ts|js|mjs|cjs)$';

/**
 * Domain modules built and tested ahead of the views that will use them (figures over time: the
 * year and change views, the stored record of a series, peers by size). Each line goes when a
 * view imports its module; until then they are the only modules of src/ nothing reaches.
 */
const AWAITING_THEIR_VIEWS = [];

/** A forbidden import: from the modules `from` matches to the modules `to` matches. */
const forbid = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid(
      'no-circular',
      'A cycle makes two modules one: neither can be read, tested or moved alone.',
      {},
      { circular: true },
    ),
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Folders that import each other are one folder in two places.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
    forbid(
      'features-meet-at-their-doors',
      'A feature is used by another only through its door, src/features/<name>/index.ts.',
      { path: '^src/features/([^/]+)/' },
      {
        path: '^src/features/[^/]+/',
        pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'],
      },
    ),
    forbid(
      'features-are-entered-at-their-doors',
      'Outside src/features, a feature is used only through its door, src/features/<name>/index.ts.',
      { pathNot: '^src/features/' },
      { path: '^src/features/[^/]+/', pathNot: '^src/features/[^/]+/index\\.ts$' },
    ),
    forbid(
      'schemas-import-only-zod',
      'The schema module is shared by the data build (Node) and the app: zod and the codes only.',
      { path: '^src/data/schemas\\.ts$' },
      { pathNot: ['^node_modules/zod/', '^src/data/codes\\.ts$'] },
    ),
    forbid(
      'domain-is-pure',
      'The domain is pure functions and types: the schema module and small libraries, never ' +
        'React, the view state, the map or the views.',
      { path: '^src/domain/', pathNot: TESTS },
      {
        pathNot: [
          '^src/domain/',
          '^src/data/(schemas|codes)\\.ts$',
          '^node_modules/(zod|minisearch|simple-statistics|papaparse|read-excel-file)/',
        ],
      },
    ),
    forbid(
      'domain-tests-stay-in-the-domain',
      'Domain tests run on fixtures and the checked-in data: no views, no state, no build output.',
      { path: `^src/domain/.+${TESTS}` },
      {
        path: [
          '^src/(state|ui|features|app|map|data-hooks|i18n/index)',
          '^public/',
          '^node_modules/(react|react-dom|zustand|maplibre-gl)/',
        ],
      },
    ),
    forbid(
      'map-engine-without-react',
      'src/map drives MapLibre outside React: no React, no view state, no views.',
      { path: '^src/map/' },
      { path: ['^node_modules/(react|react-dom|zustand)/', '^src/(state|ui|features|app)/'] },
    ),
    forbid(
      'state-below-views',
      'The view state, the messages and the data loading know nothing of the views.',
      { path: '^src/(state|i18n|data|data-hooks)/' },
      // Their component tests mount in the shared test root. The map session (no React, no
      // MapLibre) tells the data hooks when the map has drawn: work nobody sees waits for it.
      {
        path: '^src/(ui|features|app|map)/',
        pathNot: ['^src/ui/test-root\\.fixture\\.tsx$', '^src/map/session\\.ts$'],
      },
    ),
    forbid(
      'data-files-below-the-hooks',
      "Loading a file knows nothing of who reads it: the view state and the indexes are the hooks'.",
      { path: '^src/data/' },
      { path: '^src/(data-hooks|state|i18n)/' },
    ),
    forbid(
      'ui-knows-no-feature',
      'Shared UI pieces serve every feature, so they import none.',
      { path: '^src/ui/' },
      { path: '^src/(features|app)/' },
    ),
    forbid(
      'features-below-app',
      'The app assembles the features; a feature never reaches up into it.',
      { path: '^src/features/' },
      { path: '^src/app/' },
    ),
    forbid(
      'scripts-use-schemas-and-domain-only',
      'The data build shares the schema module and the pure domain with the app, nothing else.',
      { path: '^scripts/' },
      { path: '^src/', pathNot: ['^src/domain/', '^src/data/schemas\\.ts$'] },
    ),
    forbid(
      'the-app-is-the-browser-side',
      'The app imports nothing of the Node side (the server, the scripts, the end-to-end tests).',
      { path: '^src/' },
      { path: '^(server|scripts|e2e)/' },
    ),
    forbid(
      'the-server-stands-alone',
      'The server serves the built files and the suggestions API: Node, its dependencies, its own ' +
        'modules, and from src/ only what is pure and shared with the app: the schemas, the ' +
        'domain and the one framing rule (src/state/url/embed.ts). Its tests may use the editors ' +
        "CLI (scripts/editor.ts) and the domain's fixtures.",
      { path: '^server/' },
      {
        path: '^(src|scripts|e2e)/',
        pathNot: [
          '^src/data/schemas\\.ts$',
          '^src/domain/',
          '^src/state/url/embed\\.ts$',
          '^scripts/editor\\.ts$',
        ],
      },
    ),
    forbid(
      'the-server-tests-use-the-editors-cli-only',
      'Only the tests and fixtures of the server reach into scripts/, and only for the editors CLI.',
      { path: '^server/', pathNot: TESTS },
      { path: '^scripts/' },
    ),
    forbid(
      'the-server-runs-on-dependencies',
      'What `npm start` runs must be a dependency, not a devDependency.',
      { path: '^server/', pathNot: TESTS },
      { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    ),
    forbid(
      'configs-stay-out-of-the-app',
      "The tools' settings may share the server's headers and the scripts, never the app or its tests.",
      { path: CONFIGS },
      { path: '^(src|e2e)/' },
    ),
    forbid(
      'no-dev-dependencies-in-the-app',
      'What the browser runs must be a dependency, not a devDependency.',
      { path: '^src/', pathNot: TESTS },
      // A triple-slash reference only brings types (vite-plugin-pwa's virtual module's).
      { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only', 'triple-slash-directive'] },
    ),
    forbid(
      'no-test-code-in-the-app',
      'Fixtures and tests are for tests.',
      { path: '^src/', pathNot: TESTS },
      { path: TESTS },
    ),
    forbid(
      'no-dead-modules',
      'A module that neither the app (src/main.tsx) nor the data build reaches is dead code.',
      { path: ['^src/main\\.tsx$', '^src/editorial/main\\.tsx$', '^scripts/(data|catalogue)/'] },
      {
        path: '^src/',
        // A worker is started by new Worker(new URL('./x.worker.ts', import.meta.url)), which
        // dependency-cruiser does not see as an import; its own imports are checked all the same.
        pathNot: [
          '^src/main\\.tsx$',
          '^src/editorial/main\\.tsx$',
          TESTS,
          '/fixtures/',
          '\\.d\\.ts$',
          '\\.css$',
          '\\.worker\\.ts$',
          ...AWAITING_THEIR_VIEWS,
        ],
        reachable: false,
      },
    ),
    forbid(
      'not-to-unresolvable',
      'An import that resolves to nothing is a typo or a missing dependency.',
      {},
      // virtual: modules are made by Vite plugins at build time (virtual:pwa-register).
      { couldNotResolve: true, pathNot: '^virtual:' },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    // Type-only imports count: a cycle through types is a cycle all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    // Resolve packages as the bundler does (maplibre-gl has only an exports map).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
