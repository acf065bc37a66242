import { lazy, Suspense, useRef, useState } from 'react';
import { useCatalogue } from '../data-hooks/catalogue';
import { useCatalogueFailure, useRegionFiguresFailure } from '../data-hooks/failures';
import { useSelected } from '../data-hooks/municipalities';
import { useRegionFigures } from '../data-hooks/region-figures';
import { useCatalogueQuery, useResults } from '../data-hooks/results';
import { activeFilterCount } from '../domain/catalogue/results';
import { FilterBar, SearchBox } from '../features/catalogue';
import { loadProjectList } from '../features/list';
import { LinksToggle, useMapSession } from '../features/map';
import { MunicipalityPicker } from '../features/municipality';
import { loadRegionFiguresView } from '../features/region-figures';
import { MapTools, MetricSwitcher } from '../features/statistics';
import { useI18n } from '../i18n';
import { coverRef } from '../map/session';
import { useViewStore } from '../state/store';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PHONE_LAYOUT, useMediaQuery } from '../ui/useMediaQuery';
import { DrawerToggle } from './DrawerToggle';
import { EmbedLayout } from './EmbedLayout';
import { FactSheetPage } from './FactSheetPage';
import { Header } from './Header';
import { MapArea } from './MapArea';
import { SidePanel } from './SidePanel';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useEscapeToClose } from './useEscapeToClose';
import { useFocusReturn } from './useFocusReturn';
import { useSidePanel } from './useSidePanel';
import { ViewSwitch } from './ViewSwitch';

const RegionFiguresView = lazy(loadRegionFiguresView);
// The list view is one click away from the map: its code loads when it is first shown.
const ProjectList = lazy(loadProjectList);

/**
 * The layout: header and toolbar, the sidebar of tools and filters, the map (or the list, or the
 * region in figures), and the side panel. What each part shows is computed in the hooks beside
 * this file and in the features; here is only the choice of what to show.
 */
export function App() {
  const { t, plural } = useI18n();
  const catalogue = useCatalogue();
  const results = useResults();
  const query = useCatalogueQuery();
  // The filter button counts the choices that are on (a search is one), not the matches.
  const activeFilters = activeFilterCount(query) + (query.query.trim() ? 1 : 0);
  const catalogueFailure = useCatalogueFailure();
  const figures = useRegionFigures();
  const figuresFailure = useRegionFiguresFailure();
  const selected = useSelected();
  const view = useViewStore((s) => s.view);
  const embed = useViewStore((s) => s.embed);
  const sheetOf = view === 'sheet' ? selected : undefined;
  // The meeting pack titles the document itself (its messages load with it).
  useDocumentLanguage(sheetOf?.name, view === 'sheets');
  const panelOpen = useViewStore((s) => Boolean(s.municipality || s.project || s.compare.length));
  // Without WebGL the map cannot be drawn: the list and tables carry everything instead (known
  // when the map fails to make its context).
  const webgl = useMapSession((s) => s.webgl);
  const shownView = !webgl && view === 'map' ? 'list' : view;
  const side = useSidePanel(shownView);
  // On a phone the filters and statistics tools are a drawer over the map; on a wide screen
  // they step aside into one while the comparison takes the room beside the map.
  const phone = useMediaQuery(PHONE_LAYOUT);
  const comparing = side?.kind === 'comparison';
  // The region in figures has no use for the project filters or the map's tools: no sidebar, and
  // the view takes its width.
  const figuresView = shownView === 'figures';
  const drawerMode = (phone || comparing) && !figuresView;
  const [drawerWanted, setDrawerOpen] = useState(false);
  const drawerOpen = drawerWanted && drawerMode;
  const drawerToggle = useRef<HTMLButtonElement>(null);
  const closeDrawer = () => {
    setDrawerOpen(false);
    drawerToggle.current?.focus();
  };
  useEscapeToClose(panelOpen && view !== 'sheet' && view !== 'sheets');
  useFocusReturn(panelOpen);

  const noWebgl = webgl ? null : (
    <p className="notice notice--banner" role="status">
      {t('map.noWebgl')}
    </p>
  );
  const mapArea = (
    <MapArea webgl={webgl} hidden={shownView !== 'map' && !embed} inert={drawerOpen} />
  );
  const loading = <p className="skeleton-text">{t('data.loading')}</p>;

  const code = useViewStore((s) => s.municipality);
  if (view === 'sheet' && code) return <FactSheetPage code={code} />;
  if (view === 'sheets') return <FactSheetPage />;
  if (embed) return <EmbedLayout banner={noWebgl}>{mapArea}</EmbedLayout>;

  // Tools for the map only where the map is shown.
  const mapTools =
    shownView === 'map' ? (
      <>
        <MetricSwitcher key="metric" />
        {/* Rendered before the data arrives too (disabled), so nothing below it jumps. */}
        <MapTools key="tools" />
        <LinksToggle key="links" />
      </>
    ) : null;
  const filters = (
    <>
      <SearchBox key="search" />
      {catalogueFailure ? (
        <ErrorNotice key="filters" {...catalogueFailure} />
      ) : catalogue ? (
        <FilterBar key="filters" />
      ) : (
        loading
      )}
    </>
  );
  const matching = results?.active ? results.projects.length : (catalogue?.projects.length ?? 0);

  return (
    <div className={`app${comparing ? ' app--comparing' : ''}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header>
        <div className="toolbar">
          <MunicipalityPicker />
          <ViewSwitch />
          {figuresView ? null : (
            <DrawerToggle
              ref={drawerToggle}
              open={drawerOpen}
              onToggle={() => setDrawerOpen(!drawerOpen)}
              active={activeFilters}
            />
          )}
        </div>
      </Header>
      {noWebgl}
      <main
        id="main"
        className={`layout${side ? ' layout--with-panel' : ''}${figuresView ? ' layout--no-sidebar' : ''}${drawerOpen ? ' layout--drawer-open' : ''}`}
        tabIndex={-1}
      >
        <p className="visually-hidden" role="status" aria-live="polite">
          {results?.active
            ? t('results.announce', {
                matches:
                  results.projects.length === 1
                    ? t('results.countOne')
                    : t('results.count', { count: results.projects.length }),
                places: t(`results.places.${plural(results.countByMunicipality.size)}`, {
                  count: results.countByMunicipality.size,
                }),
              })
            : ''}
        </p>
        {figuresView ? null : (
          <div
            id="sidebar"
            className={`sidebar${drawerOpen ? ' sidebar--open' : ''}`}
            ref={coverRef}
          >
            {/* What the map shows and its tools first, as one block (in the drawer too, above the
                some 35 filter chips), then the filters. */}
            {mapTools}
            {filters}
            {drawerMode && catalogue ? (
              <div className="sidebar__done">
                <button type="button" className="button sidebar__show" onClick={closeDrawer}>
                  {!results?.active
                    ? t('drawer.showMap')
                    : matching === 1
                      ? t('drawer.showOne')
                      : t('drawer.show', { count: matching })}
                </button>
              </div>
            ) : null}
          </div>
        )}
        {mapArea}
        {view === 'figures' ? (
          <section className="list-area">
            {figuresFailure ? (
              <ErrorNotice {...figuresFailure} />
            ) : figures ? (
              <Suspense fallback={loading}>
                <RegionFiguresView />
              </Suspense>
            ) : (
              loading
            )}
          </section>
        ) : null}
        {shownView === 'list' && catalogue && results ? (
          <section className="list-area">
            <Suspense fallback={loading}>
              <ProjectList />
            </Suspense>
          </section>
        ) : null}
        {side ? <SidePanel panel={side} inert={drawerOpen} /> : null}
      </main>
    </div>
  );
}
