import { lazy, Suspense, type ReactNode } from 'react';
import type { SidePanel as Panel } from '../domain/side-panel';
import { loadProjectDetail, ResultsList } from '../features/catalogue';
import { loadComparisonView } from '../features/compare';
import { loadMunicipalitySection } from '../features/municipality';
import { useI18n } from '../i18n';
import { afterMapReady } from '../map/session';
import { BottomSheet } from '../ui/BottomSheet';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';

// Loaded on first use (CompareButton starts loading it when it is about to be used).
const ComparisonView = lazy(loadComparisonView);
// The panels of a municipality and a project are not in the first download either: they load
// when first opened, and in any case once the map has drawn, so that a click finds them ready.
const MunicipalitySection = lazy(loadMunicipalitySection);
const ProjectDetail = lazy(loadProjectDetail);
afterMapReady(() => {
  void loadMunicipalitySection();
  void loadProjectDetail();
});

/** The side panel chosen by useSidePanel, in its frame: a column, or a bottom sheet on a phone. */
export function SidePanel({
  panel,
  inert,
}: {
  panel: NonNullable<Panel>;
  /** Under the open drawer: out of reach of the keyboard. */
  inert?: boolean;
}) {
  const { t } = useI18n();
  let content: ReactNode;
  if (panel.kind === 'project') {
    content = <ProjectDetail key={panel.project.id} project={panel.project} />;
  } else if (panel.kind === 'project-not-found') {
    content = (
      <aside className="panel" aria-label={t('project.notFound')}>
        <p className="notice">{t('project.notFound')}</p>
      </aside>
    );
  } else if (panel.kind === 'comparison') {
    content = (
      <Suspense fallback={<p className="panel skeleton-text">{t('data.loading')}</p>}>
        <ComparisonView />
      </Suspense>
    );
  } else if (panel.kind === 'municipality') {
    const { municipality } = panel;
    content = <MunicipalitySection key={municipality.code} municipality={municipality} />;
  } else {
    content = <ResultsList results={panel.results} />;
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
