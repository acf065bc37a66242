/**
 * `npm run test:mutation`: runs Stryker (stryker.config.mjs) and then checks the score of each
 * folder, failing below 80 % in any of them. Arguments go to Stryker, e.g.
 *   npm run test:mutation -- --mutate 'src/state/**\/*.ts,!src/state/**\/*.test.ts'
 *   npm run test:mutation -- --force          (every mutant again, not only what changed)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import {
  foldersBelow,
  folderScores,
  MINIMUM_SCORE,
  scoreTable,
  type MutationReport,
} from './scores.ts';

const root = path.resolve(import.meta.dirname, '../..');
const reportFile = path.join(root, 'reports/mutation/mutation.json');

// Stryker runs the tests in a copy of the project (.stryker-tmp/sandbox-…), where the data build's
// default ../shared/data would point inside .stryker-tmp: give it the raw sources by absolute path.
const env = {
  ...process.env,
  DATA_MIRROR: path.resolve(root, process.env.DATA_MIRROR ?? '../shared/data'),
};

// Some tests import the report and the SCB table as text by a relative path to ../shared (beside
// the checkout). From the sandbox, .stryker-tmp/sandbox-…/, that path lands in .stryker-tmp/shared:
// without this link those test files fail to load there, and the mutants only they would kill
// survive (their tests never ran).
const sandboxes = path.join(root, '.stryker-tmp');
mkdirSync(sandboxes, { recursive: true });
rmSync(path.join(sandboxes, 'shared'), { force: true, recursive: false });
symlinkSync(path.resolve(root, '../shared'), path.join(sandboxes, 'shared'), 'dir');

const started = Date.now();
const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: 'inherit',
});

let modified = 0;
try {
  modified = statSync(reportFile).mtimeMs;
} catch {
  // No report at all: Stryker failed before it wrote one.
}
if (modified < started) {
  console.error('test:mutation: Stryker wrote no report (see its output above)');
  process.exit(stryker.status || 1);
}

const scores = folderScores(JSON.parse(readFileSync(reportFile, 'utf8')) as MutationReport);
console.log(`\nMutation score per folder (minimum ${MINIMUM_SCORE} %):\n\n${scoreTable(scores)}\n`);
const below = foldersBelow(scores);
if (below.length > 0) {
  console.error(`test:mutation: below ${MINIMUM_SCORE} % in ${below.join(', ')}`);
  process.exit(1);
}
process.exit(stryker.status ?? 1);
