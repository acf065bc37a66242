import { lazy, Suspense } from 'react';
import type { Project } from '../data/schemas';
import { provenanceOf } from '../domain/catalogue/provenance';
import { useI18n } from '../i18n';

// The names of the fields are not in the first download: they come with the first record shown
// with its changes.
const ProvenanceChanges = lazy(() => import('./ProvenanceChanges'));

/**
 * Where a record's details come from: "Uppgifter från rapporten 2017 (s. 9)", or "Uppdaterad
 * 2026-12-04, granskad" and, `detailed`, what changed.
 */
export function Provenance({
  project,
  year,
  detailed = false,
}: {
  project: Pick<Project, 'source' | 'history'>;
  /** The report's year. */
  year: number;
  detailed?: boolean;
}) {
  const { t } = useI18n();
  const p = provenanceOf(project);
  if (p.kind === 'report') {
    return (
      <span className="provenance">
        {t('record.fromReport', { year })}
        {p.page ? ` (${t('record.page', { page: p.page })})` : null}
      </span>
    );
  }
  return (
    <span className="provenance">
      {t('record.updated', { date: p.date })}
      {detailed ? (
        <Suspense fallback={null}>
          <ProvenanceChanges fields={p.changes} />
        </Suspense>
      ) : null}
    </span>
  );
}
