import { useEffect, useMemo, useRef, useState } from 'react';
import { BottomSheet } from '../ui/BottomSheet';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FilterBar } from '../features/catalogue/FilterBar';
import { Header } from './Header';
import { Legend, legendFor } from '../features/statistics/Legend';
import { MetricSwitcher } from '../features/statistics/MetricSwitcher';
import { MunicipalityStatistics } from '../features/municipality/MunicipalityStatistics';
import { MapTools } from '../features/statistics/MapTools';
import { MapView, type MapLooks } from '../features/map/MapView';
import { MunicipalityPanel } from '../features/municipality/MunicipalityPanel';
import { MunicipalityPicker } from '../features/municipality/MunicipalityPicker';
import { MunicipalityProjects } from '../features/municipality/MunicipalityProjects';
import { ProjectDetail } from '../features/catalogue/ProjectDetail';
import { ProjectList } from '../features/catalogue/ProjectList';
import { ResultsList } from '../features/catalogue/ResultsList';
import { SearchBox } from '../features/catalogue/SearchBox';
import { useCatalogueResults } from '../features/catalogue/useCatalogueResults';
import { ViewSwitch } from './ViewSwitch';
import { lazy, Suspense } from 'react';

const RegionFiguresView = lazy(() => import('../features/region-figures/RegionFiguresView'));
const ComparisonView = lazy(() => import('../features/compare/ComparisonView'));
import { useDataFile } from '../data/load';
import { indexCatalogue, municipalitiesOf } from '../domain/catalogue/catalogue';
import { cooperationLinks, linkFeatures } from '../domain/catalogue/links';
import { resolveMetric, type MetricContext } from '../domain/metrics/definitions';
import { byCode, municipalitiesFrom } from '../domain/municipality';
import { useI18n } from '../i18n';
import { supportsWebgl } from '../map/webgl';
import { useImportedMetrics } from '../state/imported-metrics';
import { useViewStore } from '../state/store';

export function App() {
  const { t, language } = useI18n();
  const municipalitiesQuery = useDataFile('municipalities');
  const countiesQuery = useDataFile('counties');
  const basemapQuery = useDataFile('basemap');
  const catalogueQuery = useDataFile('catalogue');
  const selectedCode = useViewStore((s) => s.municipality);
  const projectId = useViewStore((s) => s.project);
  const view = useViewStore((s) => s.view);
  const linksVisible = useViewStore((s) => s.links);
  const setLinks = useViewStore((s) => s.setLinks);
  const embed = useViewStore((s) => s.embed);
  // Without WebGL the map cannot be drawn: the list and tables carry everything instead.
  const [webgl] = useState(supportsWebgl);
  const shownView = !webgl && view === 'map' ? 'list' : view;
  const metricId = useViewStore((s) => s.metric);
  const compare = useViewStore((s) => s.compare);
  // The municipality whose column the pointer or focus is on in the comparison.
  const [compareHover, setCompareHover] = useState<string | null>(null);
  // On a phone the filters and statistics tools are a drawer over the map.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const imported = useImportedMetrics((s) => s.metrics);
  // The report's county figures are fetched only when a view needs them.
  const regionFiguresQuery = useDataFile(
    'regionFigures',
    metricId === 'arrivals' || Boolean(selectedCode) || view === 'figures',
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('app.title')} – ${t('app.tagline')}`;
  }, [language, t]);

  const municipalities = useMemo(
    () => (municipalitiesQuery.data ? municipalitiesFrom(municipalitiesQuery.data) : []),
    [municipalitiesQuery.data],
  );
  const index = useMemo(() => byCode(municipalities), [municipalities]);
  const catalogue = useMemo(
    () => (catalogueQuery.data ? indexCatalogue(catalogueQuery.data) : null),
    [catalogueQuery.data],
  );
  const results = useCatalogueResults(catalogue, municipalities);
  const selected = selectedCode ? index.get(selectedCode) : undefined;
  const project = projectId && catalogue ? catalogue.byId.get(projectId) : undefined;

  useEscapeToClose(Boolean(selectedCode || projectId || compare.length));
  useFocusReturn(Boolean(selectedCode || projectId || compare.length));

  const mapData = useMemo(
    () =>
      municipalitiesQuery.data && countiesQuery.data && basemapQuery.data
        ? {
            municipalities: municipalitiesQuery.data,
            counties: countiesQuery.data,
            basemap: basemapQuery.data,
          }
        : null,
    [municipalitiesQuery.data, countiesQuery.data, basemapQuery.data],
  );

  const metricContext: MetricContext | null = useMemo(
    () =>
      results && countiesQuery.data
        ? {
            municipalities,
            projectCounts: results.countByMunicipality,
            counties: countiesQuery.data.counties,
            arrivals: regionFiguresQuery.data?.countyArrivals ?? null,
            imported,
          }
        : null,
    [municipalities, results, countiesQuery.data, regionFiguresQuery.data, imported],
  );
  // What colours the map: by default the number of (matching) projects per municipality.
  const metric = useMemo(
    () => (metricContext ? resolveMetric(metricId, metricContext) : null),
    [metricId, metricContext],
  );

  const links = useMemo(() => {
    if (!catalogue) return [];
    return cooperationLinks(catalogue.projects, new Set(index.keys()));
  }, [catalogue, index]);
  const linkGeometry = useMemo(
    () =>
      linkFeatures(links, (code) => {
        const m = index.get(code);
        return m ? [m.labelLon, m.labelLat] : undefined;
      }),
    [links, index],
  );

  const looks: MapLooks = useMemo(() => {
    const municipalityLooks = new Map(
      municipalities.map((m) => {
        const count = results?.countByMunicipality.get(m.code) ?? 0;
        return [
          m.code,
          {
            fill: metric?.view.colourOf(m.code) ?? undefined,
            // Hatched where the metric has no figure for a municipality of the focus.
            noData: Boolean(metric && m.focus && metric.view.colourOf(m.code) === null),
            dimmed: Boolean(results?.active) && count === 0,
          },
        ];
      }),
    );
    const linkLooks = new Map(
      links.map((l) => [
        l.id,
        {
          highlighted: l.project === projectId,
          dimmed: results?.active ? !results.ids.has(l.project) : false,
        },
      ]),
    );
    return {
      municipalities: municipalityLooks,
      highlighted: project
        ? municipalitiesOf(project)
        : compare.length
          ? compareHover
            ? [compareHover]
            : compare
          : [],
      links: linkGeometry,
      linkLooks,
      // A shared project shows its links even when the layer is off.
      linksVisible: linksVisible || Boolean(project && municipalitiesOf(project).length > 1),
    };
  }, [
    municipalities,
    results,
    metric,
    links,
    linkGeometry,
    projectId,
    project,
    linksVisible,
    compare,
    compareHover,
  ]);

  const legend = metric
    ? legendFor(
        metric,
        t,
        language,
        selected?.focus ? selected : null,
        metric.builtIn === 'projects'
          ? t('legend.projectsNote') + (results?.active ? ` (${t('panel.matching')})` : '')
          : undefined,
      )
    : null;
  const missingImport =
    metricId.startsWith('import:') && !imported.some((m) => m.id === metricId)
      ? metricId.slice(7)
      : null;

  const failed = [
    { query: municipalitiesQuery, what: t('data.what.municipalities') },
    { query: countiesQuery, what: t('data.what.municipalities') },
    { query: basemapQuery, what: t('data.what.basemap') },
    { query: catalogueQuery, what: t('data.what.catalogue') },
  ].filter((x) => x.query.isError);
  const mapFailed = failed.find((x) => x.query !== catalogueQuery);
  const catalogueFailed = failed.find((x) => x.query === catalogueQuery);
  const focusCount = municipalities.filter((m) => m.focus).length;

  let side: React.ReactNode = null;
  if (projectId && catalogue) {
    side = project ? (
      <ProjectDetail
        key={project.id}
        project={project}
        catalogue={catalogue}
        municipalities={index}
      />
    ) : (
      <aside className="panel" aria-label={t('project.notFound')}>
        <p className="notice">{t('project.notFound')}</p>
      </aside>
    );
  } else if (compare.length > 0 && catalogue && municipalities.length > 0) {
    side = (
      <Suspense fallback={<p className="panel skeleton-text">{t('data.loading')}</p>}>
        <ComparisonView
          municipalities={municipalities}
          byCode={index}
          catalogue={catalogue}
          results={results}
          onHoverMunicipality={setCompareHover}
        />
      </Suspense>
    );
  } else if (selected) {
    side = (
      <MunicipalityPanel key={selected.code} municipality={selected} byCode={index}>
        {metricContext && selected.focus ? (
          <MunicipalityStatistics code={selected.code} context={metricContext} />
        ) : null}
        {catalogue ? (
          <MunicipalityProjects
            code={selected.code}
            catalogue={catalogue}
            matching={results?.active ? results.ids : undefined}
          />
        ) : null}
      </MunicipalityPanel>
    );
  } else if (results?.active && catalogue && shownView !== 'list') {
    side = <ResultsList results={results} catalogue={catalogue} municipalities={index} />;
  }

  const mapArea = (
    <section
      className={`map-area${shownView !== 'map' && !embed ? ' map-area--hidden' : ''}`}
      aria-label={t('map.label')}
    >
      {mapFailed ? (
        <ErrorNotice
          what={mapFailed.what}
          detail={mapFailed.query.error?.message}
          onRetry={() => void mapFailed.query.refetch()}
        />
      ) : !webgl ? null : mapData ? (
        <ErrorBoundary fallback={(reset) => <ErrorNotice what={t('map.label')} onRetry={reset} />}>
          <MapView data={mapData} looks={looks} />
        </ErrorBoundary>
      ) : (
        <div className="map-skeleton" aria-busy="true">
          {t('map.loading')}
        </div>
      )}
      {legend ? (
        <div className="map-overlay map-overlay--legend">
          <Legend model={legend} />
          {missingImport ? (
            <p className="notice">{t('import.notHere', { name: missingImport })}</p>
          ) : null}
        </div>
      ) : null}
      <p id="map-summary" className="visually-hidden">
        {t('map.summary', {
          metric: legend?.title ?? '',
          legend: legend?.classes.map((c) => c.label).join('; ') ?? '',
          count: focusCount,
          selection: selected
            ? t('map.summarySelected', { name: selected.name })
            : t('map.summaryNone'),
        })}
      </p>
    </section>
  );

  if (embed) {
    // For an iframe on a municipality's page: the map and its legend, and a way to the full view.
    const full = new URLSearchParams(window.location.search);
    full.delete('embed');
    return (
      <div className="app app--embed">
        {!webgl ? (
          <p className="notice notice--banner" role="status">
            {t('map.noWebgl')}
          </p>
        ) : null}
        <main id="main" className="layout layout--embed">
          {mapArea}
          <a
            className="embed-link"
            href={`${window.location.pathname}?${full.toString()}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('embed.open')}
          </a>
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="toolbar">
        <MunicipalityPicker municipalities={municipalities} />
        <ViewSwitch />
        <button
          type="button"
          className="button button--quiet drawer-toggle"
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen((o) => !o)}
        >
          {drawerOpen ? t('drawer.close') : t('drawer.open')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {results?.active
          ? t('results.announce', {
              count: results.projects.length,
              municipalities: results.countByMunicipality.size,
            })
          : ''}
      </p>
      {!webgl ? (
        <p className="notice notice--banner" role="status">
          {t('map.noWebgl')}
        </p>
      ) : null}
      <main id="main" className={`layout${side ? ' layout--with-panel' : ''}`} tabIndex={-1}>
        <div id="sidebar" className={`sidebar${drawerOpen ? ' sidebar--open' : ''}`}>
          <MetricSwitcher />
          {/* Rendered before the data arrives too (disabled), so nothing below it jumps. */}
          <MapTools metric={metric} context={metricContext} legend={legend} />
          <label className="toggle">
            <input
              type="checkbox"
              checked={linksVisible}
              onChange={(e) => setLinks(e.target.checked)}
            />
            {t('layers.links')}
          </label>
          <SearchBox />
          {catalogueFailed ? (
            <ErrorNotice
              what={catalogueFailed.what}
              detail={catalogueFailed.query.error?.message}
              onRetry={() => void catalogueFailed.query.refetch()}
            />
          ) : catalogue ? (
            <FilterBar catalogue={catalogue} searchIds={results?.searchIds ?? undefined} />
          ) : (
            <p className="skeleton-text">{t('data.loading')}</p>
          )}
        </div>
        {mapArea}
        {view === 'figures' ? (
          <section className="list-area">
            {regionFiguresQuery.isError ? (
              <ErrorNotice
                what={t('view.figures')}
                detail={regionFiguresQuery.error?.message}
                onRetry={() => void regionFiguresQuery.refetch()}
              />
            ) : regionFiguresQuery.data ? (
              <Suspense fallback={<p className="skeleton-text">{t('data.loading')}</p>}>
                <RegionFiguresView figures={regionFiguresQuery.data} />
              </Suspense>
            ) : (
              <p className="skeleton-text">{t('data.loading')}</p>
            )}
          </section>
        ) : null}
        {shownView === 'list' && catalogue && results ? (
          <section className="list-area">
            <ProjectList projects={results.projects} catalogue={catalogue} municipalities={index} />
          </section>
        ) : null}
        {side ? (
          <BottomSheet>
            <ErrorBoundary
              fallback={(reset) => <ErrorNotice what={t('error.view')} onRetry={reset} />}
            >
              {side}
            </ErrorBoundary>
          </BottomSheet>
        ) : null}
      </main>
    </div>
  );
}

/** Escape closes the open project, or else the selected municipality. */
function useEscapeToClose(open: boolean) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const state = useViewStore.getState();
      if (state.project) state.openProject(null);
      else if (state.compare.length) state.setCompare([]);
      else state.selectMunicipality(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}

/**
 * When the side panel closes, focus goes back to where it was before it opened (the control that
 * opened it), or to the main content if that control is gone.
 */
function useFocusReturn(open: boolean) {
  const lastOutside = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && !target.closest?.('.panel')) lastOutside.current = target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    if (wasOpen.current && !open) {
      const target = lastOutside.current;
      if (target?.isConnected) target.focus({ preventScroll: true });
      else document.getElementById('main')?.focus({ preventScroll: true });
    }
    wasOpen.current = open;
  }, [open]);
}
