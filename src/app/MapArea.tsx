import { Suspense, useCallback, type ReactNode } from 'react';
import { useMapFailure, useRegionFiguresFailure } from '../data-hooks/failures';
import { useMapData } from '../data-hooks/map-data';
import { useMapMetric } from '../data-hooks/metric';
import { useMunicipalities, useSelected } from '../data-hooks/municipalities';
import { useRegionFigures } from '../data-hooks/region-figures';
import { MapControls, MapView } from '../features/map';
import { YearControl } from '../features/series';
import { Legend, useLegend, useMapTitle } from '../features/statistics';
import { useI18n } from '../i18n';
import { coverRef } from '../map/session';
import { correctView } from '../state/history';
import { useImportedMetrics } from '../state/imported-metrics';
import { useViewStore } from '../state/store';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LegendBox } from './LegendBox';
import { useMapLooks } from './useMapLooks';

/**
 * The top left corner of the map: its title (what it shows, the year, the filters) and, for a
 * measure over time, the year control under it. Its height is told to the map area
 * (`--map-top`), so that an open legend below stops short of it.
 */
function MapTop({ children }: { children: ReactNode }) {
  const title = useMapTitle();
  const measure = useCallback((element: HTMLDivElement | null) => {
    const area = element?.parentElement;
    if (!element || !area) return undefined;
    const observer = new ResizeObserver(() =>
      area.style.setProperty('--map-top', `${element.offsetHeight}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      area.style.removeProperty('--map-top');
    };
  }, []);
  return (
    <div className="map-overlay map-top" ref={measure}>
      {title ? (
        <p className="map-title" id="map-title" data-testid="map-title" ref={coverRef}>
          {title}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/**
 * The map with its legend and buttons over it, and a text summary of both for screen readers
 * (the canvas is described by it). Without WebGL only the legend and the summary are left.
 */
export function MapArea({
  webgl,
  hidden,
  inert,
}: {
  webgl: boolean;
  hidden: boolean;
  /** Under the open drawer: out of reach of the keyboard, so focus never goes behind it. */
  inert?: boolean;
}) {
  const { t } = useI18n();
  const looks = useMapLooks();
  const embed = useViewStore((s) => s.embed);
  const mapData = useMapData();
  const failure = useMapFailure();
  const metric = useMapMetric();
  const legend = useLegend();
  // An imported metric a link asked for that this browser does not have (the map fell back).
  const missingImport = useImportedMetrics((s) => s.missingFromLink);
  const selected = useSelected();
  const focusCount = useMunicipalities().list.filter((m) => m.focus).length;
  // The arrivals come from the report's figures: without them the legend would say "no data".
  const arrivals = metric?.builtIn === 'arrivals';
  const figuresFailure = useRegionFiguresFailure();
  const figures = useRegionFigures();
  const legendFailure = arrivals ? figuresFailure : null;
  const legendLoading = arrivals && !figures;
  return (
    <section
      className={`map-area${hidden ? ' map-area--hidden' : ''}`}
      // In an embed the frame's main is the map (EmbedLayout): no second landmark inside it.
      aria-label={embed ? undefined : t('map.label')}
      inert={inert}
    >
      {failure ? (
        <ErrorNotice {...failure} />
      ) : !webgl ? null : mapData ? (
        <ErrorBoundary fallback={(reset) => <ErrorNotice what={t('map.label')} onRetry={reset} />}>
          <MapView data={mapData} looks={looks} />
          <MapControls />
        </ErrorBoundary>
      ) : (
        <div className="map-skeleton" aria-busy="true">
          {t('map.loading')}
        </div>
      )}
      <MapTop>
        {metric?.imported?.seriesRecord ? (
          // A measure over time: its year on the map, loaded with it.
          <Suspense fallback={null}>
            <YearControl cover={coverRef} correct={correctView} />
          </Suspense>
        ) : null}
      </MapTop>
      {legendFailure ? (
        // Never folded away: the error and its retry stay in sight.
        <div className="map-overlay map-overlay--legend" ref={coverRef}>
          <ErrorNotice {...legendFailure} />
        </div>
      ) : legendLoading ? (
        <div className="map-overlay map-overlay--legend" ref={coverRef}>
          <p className="skeleton-text">{t('data.loading')}</p>
        </div>
      ) : legend ? (
        <LegendBox
          title={legend.unit ? `${legend.title} (${legend.unit})` : legend.title}
          // Outside the fold: the reader learns why the map fell back even with the legend folded.
          notice={
            missingImport ? (
              <p className="notice" data-testid="legend-notice">
                {t('import.notHere', { name: missingImport })}
              </p>
            ) : null
          }
        >
          <Legend model={legend} links={looks.linksVisible} />
        </LegendBox>
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
}
