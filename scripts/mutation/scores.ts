/**
 * The mutation score of each folder, from Stryker's JSON report (mutation-testing-report-schema).
 * Stryker's own threshold checks the score of all files together; the issue asks for 80 % in
 * each folder, so that a well-tested folder cannot carry a poorly tested one.
 */

/** The folders under mutation testing, each with its own score. */
export const FOLDERS = ['src/domain', 'src/state', 'scripts/data'] as const;

/** The lowest score a folder may have: below it, `npm run test:mutation` fails. */
export const MINIMUM_SCORE = 80;

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
  /** Ignored by a `Stryker disable` comment (an equivalent mutant, with its reason). */
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

/** The folders of the run whose score is below the minimum (folders not in the run are not judged). */
export function foldersBelow(scores: readonly FolderScore[], minimum = MINIMUM_SCORE): string[] {
  return scores.filter((s) => s.score !== null && s.score < minimum).map((s) => s.folder);
}

/** The scores as a Markdown table, as the README shows them. */
export function scoreTable(scores: readonly FolderScore[]): string {
  const rows = scores.map((s) =>
    [
      s.folder,
      s.score === null ? 'not in this run' : `${s.score.toFixed(1)} %`,
      s.killed,
      s.timeout,
      s.survived,
      s.noCoverage,
      s.ignored,
    ].join(' | '),
  );
  return [
    'folder | score | killed | timeout | survived | no coverage | ignored (equivalent)',
    '--- | --- | --- | --- | --- | --- | ---',
    ...rows,
  ]
    .map((row) => `| ${row} |`)
    .join('\n');
}
