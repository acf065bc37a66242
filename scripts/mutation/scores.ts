/**
 * The mutation score of each folder, from Stryker's JSON report (mutation-testing-report-schema).
 * Stryker's own threshold checks the score of all files together; the issue asks for 80 % in
 * each folder, so that a well-tested folder cannot carry a poorly tested one.
 */

/** The folders under mutation testing, each with its own score. */
export const FOLDERS = ['src/domain', 'src/state', 'src/map', 'scripts/data'] as const;

/** The lowest score a folder may have: below it, `npm run test:mutation` fails. */
export const MINIMUM_SCORE = 80;

/**
 * The folders held to the minimum: the domain and the view state (where a wrong figure or a
 * wrong link would start), and the map session's rules (where a wrong framing would). The data build's functions are reported beside them but not held to
 * it: most of their mutants are reached only by the end-to-end data build test, which the
 * mutation run leaves out (40 s per mutant), so their score says more about that choice than
 * about the tests.
 */
export const CHECKED_FOLDERS: readonly string[] = ['src/domain', 'src/state', 'src/map'];

export type MutantStatus =
  | 'Killed'
  | 'Survived'
  | 'NoCoverage'
  | 'Timeout'
  | 'CompileError'
  | 'RuntimeError'
  | 'Ignored'
  | 'Pending';

export interface MutationReport {
  files: Record<string, { mutants: readonly { status: MutantStatus }[] }>;
}

export interface FolderScore {
  folder: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /**
   * Ignored: static mutants (code run once as a module loads; see stryker.config.mjs) and those
   * a `Stryker disable` comment marks equivalent, with its reason.
   */
  ignored: number;
  /** Mutants that did not compile or crashed the runner: left out of the score, as Stryker does. */
  errors: number;
  /** Detected (killed or timed out) in percent of the valid mutants; null when there are none. */
  score: number | null;
}

/** The score of each folder, as Stryker computes it: (killed + timeout) / (valid mutants). */
export function folderScores(
  report: MutationReport,
  folders: readonly string[] = FOLDERS,
): FolderScore[] {
  return folders.map((folder) => {
    const counts = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
    for (const [file, { mutants }] of Object.entries(report.files)) {
      if (!file.startsWith(`${folder}/`)) continue;
      for (const { status } of mutants) {
        if (status === 'Killed') counts.killed++;
        else if (status === 'Timeout') counts.timeout++;
        else if (status === 'Survived') counts.survived++;
        else if (status === 'NoCoverage') counts.noCoverage++;
        else if (status === 'Ignored') counts.ignored++;
        else if (status === 'CompileError' || status === 'RuntimeError') counts.errors++;
      }
    }
    const detected = counts.killed + counts.timeout;
    const valid = detected + counts.survived + counts.noCoverage;
    return { folder, ...counts, score: valid === 0 ? null : (detected / valid) * 100 };
  });
}

/**
 * The checked folders of the run whose score is below the minimum (folders not in the run, or not
 * checked, are not judged).
 */
export function foldersBelow(
  scores: readonly FolderScore[],
  minimum = MINIMUM_SCORE,
  checked: readonly string[] = CHECKED_FOLDERS,
): string[] {
  return scores
    .filter((s) => checked.includes(s.folder) && s.score !== null && s.score < minimum)
    .map((s) => s.folder);
}

/** The scores as a Markdown table, as docs/testing.md shows them. */
export function scoreTable(scores: readonly FolderScore[]): string {
  const rows = scores.map((s) =>
    [
      s.folder,
      s.score === null
        ? 'not in this run'
        : `${s.score.toFixed(1)} %${CHECKED_FOLDERS.includes(s.folder) ? '' : ' (reported, not checked)'}`,
      s.killed,
      s.timeout,
      s.survived,
      s.noCoverage,
      s.ignored,
    ].join(' | '),
  );
  return [
    'folder | score | killed | timeout | survived | no coverage | ignored (static or equivalent)',
    '--- | --- | --- | --- | --- | --- | ---',
    ...rows,
  ]
    .map((row) => `| ${row} |`)
    .join('\n');
}
