import { lazy, Suspense, type ReactNode } from 'react';
import type { MetricContext } from '../domain/metrics/registry';
import { ProjectDetail } from '../features/catalogue/ProjectDetail';
import { ResultsList } from '../features/catalogue/ResultsList';
import { MunicipalityPanel } from '../features/municipality/MunicipalityPanel';
import { MunicipalityProjects } from '../features/municipality/MunicipalityProjects';
import { MunicipalityStatistics } from '../features/municipality/MunicipalityStatistics';
import { useI18n } from '../i18n';
import { BottomSheet } from '../ui/BottomSheet';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { AppData } from './useAppData';
import type { SidePanel as Panel } from './useSidePanel';

// Loaded on first use (CompareButton starts loading it when it is about to be used).
const ComparisonView = lazy(() => import('../features/compare/ComparisonView'));

/** The side panel chosen by useSidePanel, in its frame: a column, or a bottom sheet on a phone. */
export function SidePanel({
  panel,
  data,
  context,
  inert,
}: {
  panel: NonNullable<Panel>;
  data: AppData;
  context: MetricContext | null;
  /** Under the open drawer: out of reach of the keyboard. */
  inert?: boolean;
}) {
  const { t } = useI18n();
  const { catalogue, municipalities, byCode, results } = data;
  let content: ReactNode;
  if (panel.kind === 'project') {
    const { project } = panel;
    content = (
      <ProjectDetail
        key={project.id}
        project={project}
        catalogue={panel.catalogue}
        municipalities={byCode}
      />
    );
  } else if (panel.kind === 'project-not-found') {
    content = (
      <aside className="panel" aria-label={t('project.notFound')}>
        <p className="notice">{t('project.notFound')}</p>
      </aside>
    );
  } else if (panel.kind === 'comparison') {
    content = (
      <Suspense fallback={<p className="panel skeleton-text">{t('data.loading')}</p>}>
        <ComparisonView
          municipalities={municipalities}
          byCode={byCode}
          catalogue={panel.catalogue}
          results={results}
        />
      </Suspense>
    );
  } else if (panel.kind === 'municipality') {
    const { municipality } = panel;
    content = (
      <MunicipalityPanel key={municipality.code} municipality={municipality} byCode={byCode}>
        {context && municipality.focus ? (
          <MunicipalityStatistics code={municipality.code} context={context} />
        ) : null}
        {catalogue ? (
          <MunicipalityProjects
            code={municipality.code}
            catalogue={catalogue}
            matching={results?.active ? results.ids : undefined}
          />
        ) : null}
      </MunicipalityPanel>
    );
  } else {
    content = (
      <ResultsList results={panel.results} catalogue={panel.catalogue} municipalities={byCode} />
    );
  }
  const contentKey =
    panel.kind === 'project'
      ? `p:${panel.project.id}`
      : panel.kind === 'municipality'
        ? `m:${panel.municipality.code}`
        : panel.kind;
  return (
    <BottomSheet contentKey={contentKey} inert={inert}>
      <ErrorBoundary fallback={(reset) => <ErrorNotice what={t('error.view')} onRetry={reset} />}>
        {content}
      </ErrorBoundary>
    </BottomSheet>
  );
}
