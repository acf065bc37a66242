import { lazy, Suspense, useState } from 'react';
import type { MetricContext, ResolvedMetric } from '../../domain/metrics/definitions';
import { metricCsv } from '../../domain/metrics/export';
import { useI18n } from '../../i18n';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useViewStore } from '../../state/store';
import { download } from '../../ui/download';
import type { LegendModel } from './Legend';
import { currentMap } from '../map/MapView';
import { describeMetric } from './metric-text';
import { renderMapPng } from './map-png';

// Heavy views load on first use only.
const RankingChart = lazy(() => import('./RankingChart'));
const ImportDialog = lazy(() => import('./ImportDialog'));

/** Ranking chart, the user's own data, and exports of what the map shows. */
export function MapTools({
  metric,
  context,
  legend,
}: {
  metric: ResolvedMetric | null;
  context: MetricContext | null;
  legend: LegendModel | null;
}) {
  const { t } = useI18n();
  if (metric && context) return <ReadyMapTools metric={metric} context={context} legend={legend} />;
  // The same buttons, disabled, while the data loads: nothing jumps when it arrives.
  return (
    <section className="map-tools" aria-label={t('panel.statistics')} aria-busy="true">
      <div className="map-tools__row">
        {(['chart.show', 'import.open', 'export.csv', 'export.png'] as const).map((key) => (
          <button key={key} type="button" className="button button--quiet button--small" disabled>
            {t(key)}
          </button>
        ))}
      </div>
    </section>
  );
}

function ReadyMapTools({
  metric,
  context,
  legend,
}: {
  metric: ResolvedMetric;
  context: MetricContext;
  legend: LegendModel | null;
}) {
  const { t } = useI18n();
  const [chartOpen, setChartOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const imported = useImportedMetrics((s) => s.metrics);
  const remove = useImportedMetrics((s) => s.remove);
  const selected = useViewStore((s) => s.municipality);
  const setMetric = useViewStore((s) => s.setMetric);
  const { title, source } = describeMetric(metric, t);

  const exportCsv = () => {
    const csv = metricCsv(context.municipalities, metric.values, { metric: title, source });
    download(
      `integrationskartan-${metric.id.replace(/[^a-z0-9]+/gi, '-')}.csv`,
      new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }),
    );
  };
  const exportPng = async () => {
    const map = currentMap.value;
    if (!map || !legend) return;
    const blob = await renderMapPng(await map.snapshot(), legend, t('noData'));
    if (blob) download(`integrationskartan-${metric.id.replace(/[^a-z0-9]+/gi, '-')}.png`, blob);
  };

  return (
    <section className="map-tools" aria-label={t('panel.statistics')}>
      <div className="map-tools__row">
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={chartOpen}
          onClick={() => setChartOpen((o) => !o)}
        >
          {chartOpen ? t('chart.hide') : t('chart.show')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setImportOpen(true)}
        >
          {t('import.open')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={exportCsv}>
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void exportPng()}
          disabled={!currentMap.value}
        >
          {t('export.png')}
        </button>
      </div>
      {imported.length > 0 ? (
        <div>
          <h2 className="facet__legend">{t('import.yours')}</h2>
          <ul className="chip-list">
            {imported.map((m) => (
              <li key={m.id} className="imported-metric">
                <button type="button" className="chip" onClick={() => setMetric(m.id)}>
                  {m.name}
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--small"
                  aria-label={t('import.remove', { name: m.name })}
                  onClick={() => {
                    remove(m.id);
                    if (useViewStore.getState().metric === m.id) setMetric('projects');
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {chartOpen ? (
        <Suspense fallback={<p className="skeleton-text">{t('chart.loading')}</p>}>
          <RankingChart
            metric={metric}
            municipalities={context.municipalities}
            selected={selected}
            title={title}
            source={source}
          />
        </Suspense>
      ) : null}
      {importOpen ? (
        <Suspense fallback={null}>
          <ImportDialog
            municipalities={context.municipalities}
            onClose={() => setImportOpen(false)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
