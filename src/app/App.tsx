import { lazy, Suspense, useState } from 'react';
import { FilterBar } from '../features/catalogue/FilterBar';
import { ProjectList } from '../features/catalogue/ProjectList';
import { SearchBox } from '../features/catalogue/SearchBox';
import { LinksToggle } from '../features/map/LinksToggle';
import { MunicipalityPicker } from '../features/municipality/MunicipalityPicker';
import { MapTools } from '../features/statistics/MapTools';
import { MetricSwitcher } from '../features/statistics/MetricSwitcher';
import { useI18n } from '../i18n';
import { supportsWebgl } from '../map/webgl';
import { useViewStore } from '../state/store';
import { ErrorNotice } from '../ui/ErrorNotice';
import { EmbedLayout } from './EmbedLayout';
import { FactSheetPage } from './FactSheetPage';
import { Header } from './Header';
import { MapArea } from './MapArea';
import { SidePanel } from './SidePanel';
import { useAppData } from './useAppData';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useEscapeToClose } from './useEscapeToClose';
import { useFocusReturn } from './useFocusReturn';
import { useLegend } from './useLegend';
import { useMetric } from './useMetric';
import { useSidePanel } from './useSidePanel';
import { ViewSwitch } from './ViewSwitch';

const RegionFiguresView = lazy(() => import('../features/region-figures/RegionFiguresView'));

/**
 * The layout: header and toolbar, the sidebar of tools and filters, the map (or the list, or the
 * region in figures), and the side panel. What each part shows is computed in the hooks beside
 * this file and in the features; here is only the choice of what to show.
 */
export function App() {
  const { t } = useI18n();
  const data = useAppData();
  const { context, metric, missingImport } = useMetric(data);
  const legend = useLegend(metric, data.results, data.selected);
  const view = useViewStore((s) => s.view);
  const embed = useViewStore((s) => s.embed);
  const sheetOf = view === 'sheet' ? data.selected : undefined;
  useDocumentLanguage(sheetOf?.name);
  const panelOpen = useViewStore((s) => Boolean(s.municipality || s.project || s.compare.length));
  // Without WebGL the map cannot be drawn: the list and tables carry everything instead.
  const [webgl] = useState(supportsWebgl);
  const shownView = !webgl && view === 'map' ? 'list' : view;
  const side = useSidePanel(data, shownView);
  // On a phone the filters and statistics tools are a drawer over the map.
  const [drawerOpen, setDrawerOpen] = useState(false);
  useEscapeToClose(panelOpen && view !== 'sheet');
  useFocusReturn(panelOpen);

  const { catalogue, results } = data;
  const noWebgl = webgl ? null : (
    <p className="notice notice--banner" role="status">
      {t('map.noWebgl')}
    </p>
  );
  const mapArea = (
    <MapArea
      data={data}
      metric={metric}
      legend={legend}
      missingImport={missingImport}
      webgl={webgl}
      hidden={shownView !== 'map' && !embed}
    />
  );
  const loading = <p className="skeleton-text">{t('data.loading')}</p>;

  const code = useViewStore((s) => s.municipality);
  if (view === 'sheet' && code) return <FactSheetPage code={code} data={data} />;
  if (embed) return <EmbedLayout banner={noWebgl}>{mapArea}</EmbedLayout>;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="toolbar">
        <MunicipalityPicker municipalities={data.municipalities} />
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
      {noWebgl}
      <main id="main" className={`layout${side ? ' layout--with-panel' : ''}`} tabIndex={-1}>
        <div id="sidebar" className={`sidebar${drawerOpen ? ' sidebar--open' : ''}`}>
          <MetricSwitcher />
          {/* Rendered before the data arrives too (disabled), so nothing below it jumps. */}
          <MapTools metric={metric} context={context} legend={legend} />
          <LinksToggle />
          <SearchBox />
          {data.failures.catalogue ? (
            <ErrorNotice {...data.failures.catalogue} />
          ) : catalogue ? (
            <FilterBar catalogue={catalogue} searchIds={results?.searchIds ?? undefined} />
          ) : (
            loading
          )}
        </div>
        {mapArea}
        {view === 'figures' ? (
          <section className="list-area">
            {data.failures.regionFigures ? (
              <ErrorNotice {...data.failures.regionFigures} />
            ) : data.regionFigures ? (
              <Suspense fallback={loading}>
                <RegionFiguresView figures={data.regionFigures} />
              </Suspense>
            ) : (
              loading
            )}
          </section>
        ) : null}
        {shownView === 'list' && catalogue && results ? (
          <section className="list-area">
            <ProjectList
              projects={results.projects}
              catalogue={catalogue}
              municipalities={data.byCode}
            />
          </section>
        ) : null}
        {side ? <SidePanel panel={side} data={data} context={context} /> : null}
      </main>
    </div>
  );
}
