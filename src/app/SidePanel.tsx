import { lazy, Suspense, type ReactNode } from 'react';
import type { MetricContext } from '../domain/metrics/registry';
import { ResultsList } from '../features/catalogue/ResultsList';
import { useI18n } from '../i18n';
import { BottomSheet } from '../ui/BottomSheet';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import { afterMapReady } from '../state/map-ready';
import type { AppData } from './useAppData';
import type { SidePanel as Panel } from './useSidePanel';

// Loaded on first use (CompareButton starts loading it when it is about to be used).
const ComparisonView = lazy(() => import('../features/compare/ComparisonView'));
// The panels of a municipality and a project are not in the first download either: they load
// when first opened, and in any case once the map has drawn, so that a click finds them ready.
const loadMunicipalitySection = () => import('../features/municipality/MunicipalitySection');
const loadProjectDetail = () =>
  import('../features/catalogue/ProjectDetail').then((m) => ({ default: m.ProjectDetail }));
const MunicipalitySection = lazy(loadMunicipalitySection);
const ProjectDetail = lazy(loadProjectDetail);
afterMapReady(() => {
  void loadMunicipalitySection();
  void loadProjectDetail();
});

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
      <MunicipalitySection
        key={municipality.code}
        municipality={municipality}
        byCode={byCode}
        context={context}
        catalogue={catalogue}
        matching={results?.active ? results.ids : undefined}
      />
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
        <Suspense fallback={<p className="panel skeleton-text">{t('data.loading')}</p>}>
          {content}
        </Suspense>
      </ErrorBoundary>
    </BottomSheet>
  );
}
