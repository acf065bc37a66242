import type { Project, RecordField } from '../../data/schemas';

/** Where a record's details come from: the report's page, or the last reviewed change. */
export type Provenance =
  | { kind: 'report'; page: number | null }
  | { kind: 'updated'; date: string; changes: RecordField[] };

/**
 * The provenance a reader sees: a record never changed is the report's (with its page); a record
 * with a history was last updated on the date of its newest entry, and the fields named are every
 * field a reviewed change touched since the report, in the order a record lists them.
 */
export function provenanceOf(project: Pick<Project, 'source' | 'history'>): Provenance {
  const history = project.history ?? [];
  const last = history.at(-1);
  if (!last) return { kind: 'report', page: project.source?.page ?? null };
  const changed = new Set(history.flatMap((entry) => entry.changes));
  return { kind: 'updated', date: last.date, changes: [...changed] };
}

/**
 * When a record's contacts were last stated: the date of the newest reviewed change that set
 * them, else the report's year ("2017").
 */
export function contactsDated(project: Pick<Project, 'history'>, reportYear: number): string {
  const set = (project.history ?? []).filter((entry) => entry.changes.includes('contacts'));
  return set.at(-1)?.date ?? String(reportYear);
}

/** Contact details stated more than two years before `now` may be out of date. */
export function mayBeOutOfDate(dated: string, now: Date = new Date()): boolean {
  const [year = 0, month = 1, day = 1] = dated.split('-').map(Number);
  const stated = Date.UTC(year, month - 1, day);
  const twoYearsAgo = Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate());
  return stated < twoYearsAgo;
}

/** A project the catalogue marks as ended. */
export const hasEnded = (project: Pick<Project, 'status'>) => project.status === 'completed';
