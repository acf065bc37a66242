import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useMapMetric, useMetricContext } from '../../data-hooks/metric';
import { describeMetric } from '../../domain/metrics/metric-text';
import { DEFAULT_METRIC, type ResolvedMetric } from '../../domain/metrics/registry';
import { useI18n } from '../../i18n';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useViewStore } from '../../state/store';
import { download } from '../../ui/download';
import { useMapSession } from '../map';
import { useLegend } from './useLegend';
import { useMapTitle } from './useMapTitle';

// Heavy views load on first use only.
const RankingChart = lazy(() => import('./RankingChart'));
const ImportDialog = lazy(() => import('./ImportDialog'));
const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** What the browser's storage did not do: a save or a removal it refused, what it could not read. */
function StorageNotices() {
  const { t } = useI18n();
  const failure = useImportedMetrics((s) => s.storageFailure);
  const unreadable = useImportedMetrics((s) => s.unreadableCount);
  const dismiss = useImportedMetrics((s) => s.dismissStorageFailure);
  return (
    <>
      {failure ? (
        <div className="notice notice--error notice--inline" role="alert">
          <p>
            {failure.action === 'remove'
              ? t('import.storage.removeFailed', { name: failure.name })
              : t(`import.storage.${failure.problem}`, { name: failure.name })}
          </p>
          <button type="button" className="button button--quiet button--small" onClick={dismiss}>
            {t('import.storage.dismiss')}
          </button>
        </div>
      ) : null}
      {unreadable > 0 ? (
        <p className="notice">{t('import.unreadable', { count: unreadable })}</p>
      ) : null}
    </>
  );
}

/** The user's own metrics: each one chooses it for the map, or removes it from this browser. */
function ImportedMetricList() {
  const { t } = useI18n();
  const imported = useImportedMetrics((s) => s.metrics);
  const remove = useImportedMetrics((s) => s.remove);
  const setMetric = useViewStore((s) => s.setMetric);
  if (imported.length === 0) return <StorageNotices />;
  return (
    <div>
      <h2 className="facet__legend">{t('import.yours')}</h2>
      <StorageNotices />
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
                if (useViewStore.getState().metric === m.id) setMetric(DEFAULT_METRIC);
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Ranking chart, the user's own data, and exports of what the map shows. Rendered before the
 * data arrives too, its buttons disabled, so that nothing below it jumps when the data comes.
 */
export function MapTools() {
  const { t, language } = useI18n();
  const metric = useMapMetric();
  const context = useMetricContext();
  const legend = useLegend();
  const title = useMapTitle();
  const [chartOpen, setChartOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  // When the dialog closes (saved, cancelled, Escape), focus goes back to the button that opened it.
  const importButton = useRef<HTMLButtonElement>(null);
  const importWasOpen = useRef(false);
  useEffect(() => {
    if (importWasOpen.current && !importOpen) importButton.current?.focus();
    importWasOpen.current = importOpen;
  }, [importOpen]);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const embedWasOpen = useRef(false);
  useEffect(() => {
    if (embedWasOpen.current && !embedOpen) embedButton.current?.focus();
    embedWasOpen.current = embedOpen;
  }, [embedOpen]);
  const selected = useViewStore((s) => s.municipality);
  const map = useMapSession((s) => s.map);
  const ready = metric && context ? { metric, context, ...describeMetric(metric, t) } : null;
  const fileName = (m: ResolvedMetric, extension: string) =>
    `integrationskartan-${m.id.replace(/[^a-z0-9]+/gi, '-')}.${extension}`;

  // The exports load their code when first used: they are rare, and the first load is tight.
  const exportTable = async (format: 'csv' | 'xlsx') => {
    if (!ready) return;
    const [{ CSV_CONVENTIONS, metricCsv, metricExport, metricSheet }, { exportWords }] =
      await Promise.all([import('../../domain/metrics/export'), import('../../i18n/export')]);
    const words = exportWords[language];
    const { input, table } = metricExport(ready.context.municipalities, ready.metric, ready, words);
    if (format === 'csv') {
      const csv = metricCsv(table, CSV_CONVENTIONS[language]);
      download(fileName(ready.metric, 'csv'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      return;
    }
    const { workbookBlob } = await import('./workbook');
    const rows = metricSheet(table, input, words);
    const blob = await workbookBlob(rows, {
      sheet: words.sheet,
      digits: ready.metric.digits,
      headerRow: rows.length - table.rows.length,
      valueColumns: input.columns.length,
    });
    download(fileName(ready.metric, 'xlsx'), blob);
  };
  const exportPng = async () => {
    if (!ready || !map || !legend) return;
    const { renderMapPng } = await import('./map-png');
    const blob = await renderMapPng(await map.snapshot(), legend, {
      title: title ?? '',
      noData: t('noData'),
      language,
      date: new Date(),
    });
    if (blob) download(fileName(ready.metric, 'png'), blob);
  };
  const tools = [
    {
      label: chartOpen ? t('chart.hide') : t('chart.show'),
      expanded: chartOpen,
      onClick: () => setChartOpen((o) => !o),
    },
    { label: t('import.open'), onClick: () => setImportOpen(true), ref: importButton },
    { label: t('export.csv'), onClick: () => void exportTable('csv') },
    { label: t('export.xlsx'), onClick: () => void exportTable('xlsx') },
    { label: t('export.png'), onClick: () => void exportPng(), disabled: !map },
    { label: t('embed.button'), onClick: () => setEmbedOpen(true), ref: embedButton },
  ];

  return (
    <section
      className="map-tools"
      aria-label={t('tools.label')}
      aria-busy={ready ? undefined : 'true'}
    >
      <div className="map-tools__row">
        {tools.map((tool, i) => (
          <button
            key={i}
            ref={tool.ref}
            type="button"
            className="button button--quiet button--small"
            aria-expanded={ready ? tool.expanded : undefined}
            disabled={!ready || tool.disabled}
            onClick={tool.onClick}
          >
            {tool.label}
          </button>
        ))}
      </div>
      {ready ? <ImportedMetricList /> : null}
      {ready && chartOpen ? (
        <Suspense fallback={<p className="skeleton-text">{t('chart.loading')}</p>}>
          <RankingChart
            metric={ready.metric}
            municipalities={ready.context.municipalities}
            selected={selected}
            title={ready.title}
            source={ready.source}
          />
        </Suspense>
      ) : null}
      {ready && embedOpen ? (
        <Suspense fallback={null}>
          <EmbedDialog
            title={title ?? ready.title}
            ownData={Boolean(ready.metric.imported)}
            onClose={() => setEmbedOpen(false)}
          />
        </Suspense>
      ) : null}
      {ready && importOpen ? (
        <Suspense fallback={null}>
          <ImportDialog
            municipalities={ready.context.municipalities}
            onClose={() => setImportOpen(false)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
