import type { LegendModel } from '../domain/metrics/legend';
import type { ResolvedMetric } from '../domain/metrics/registry';
import { MapView } from '../features/map/MapView';
import { Legend } from '../features/statistics/Legend';
import { useI18n } from '../i18n';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { AppData } from './useAppData';
import { useMapLooks } from './useMapLooks';

/**
 * The map with its legend over it, and a text summary of both for screen readers (the canvas
 * is described by it). Without WebGL only the legend and the summary are left.
 */
export function MapArea({
  data,
  metric,
  legend,
  missingImport,
  webgl,
  hidden,
}: {
  data: AppData;
  metric: ResolvedMetric | null;
  legend: LegendModel | null;
  missingImport: string | null;
  webgl: boolean;
  hidden: boolean;
}) {
  const { t } = useI18n();
  const looks = useMapLooks(data, metric);
  const failure = data.failures.map;
  // The arrivals come from the report's figures: without them the legend would say "no data".
  const arrivals = metric?.builtIn === 'arrivals';
  const legendFailure = arrivals ? data.failures.regionFigures : null;
  const legendLoading = arrivals && !data.regionFigures;
  const focusCount = data.municipalities.filter((m) => m.focus).length;
  return (
    <section className={`map-area${hidden ? ' map-area--hidden' : ''}`} aria-label={t('map.label')}>
      {failure ? (
        <ErrorNotice {...failure} />
      ) : !webgl ? null : data.mapData ? (
        <ErrorBoundary fallback={(reset) => <ErrorNotice what={t('map.label')} onRetry={reset} />}>
          <MapView data={data.mapData} looks={looks} />
        </ErrorBoundary>
      ) : (
        <div className="map-skeleton" aria-busy="true">
          {t('map.loading')}
        </div>
      )}
      {legendFailure ? (
        <div className="map-overlay map-overlay--legend">
          <ErrorNotice {...legendFailure} />
        </div>
      ) : legendLoading ? (
        <div className="map-overlay map-overlay--legend">
          <p className="skeleton-text">{t('data.loading')}</p>
        </div>
      ) : legend ? (
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
          selection: data.selected
            ? t('map.summarySelected', { name: data.selected.name })
            : t('map.summaryNone'),
        })}
      </p>
    </section>
  );
}
