import { useEffect, useId, useRef, useState } from 'react';
import {
  decodeTableBytes,
  importTable,
  ImportTableError,
  type ImportResult,
} from '../../domain/metrics/import-csv';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { importedMetricId } from '../../domain/metrics/registry';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useViewStore } from '../../state/store';

/**
 * Brings the user's own figures onto the map: a CSV file or a pasted table, every rejected row
 * reported with its line and reason, the good rows kept. Named with unit, year and source.
 */
export default function ImportDialog({
  municipalities,
  onClose,
}: {
  municipalities: readonly Municipality[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [column, setColumn] = useState(0);
  const [meta, setMeta] = useState({ name: '', unit: '', year: '', source: '' });
  const [missing, setMissing] = useState(false);
  const add = useImportedMetrics((s) => s.add);
  const metrics = useImportedMetrics((s) => s.metrics);
  const setMetric = useViewStore((s) => s.setMetric);

  useEffect(() => {
    const dialog = dialogRef.current!;
    dialog.showModal();
    return () => dialog.close();
  }, []);

  const read = (content: string) => {
    setText(content);
    try {
      const parsed = importTable(
        content,
        municipalities.map((m) => ({ code: m.code, name: m.name })),
      );
      setResult(parsed);
      setError(null);
      setColumn(0);
      setMeta((m) => ({ ...m, name: m.name || parsed.columns[0]?.name || '' }));
    } catch (e) {
      setResult(null);
      setError(
        e instanceof ImportTableError
          ? t(`import.failure.${e.failure.code}`, e.failure)
          : (e as Error).message,
      );
    }
  };

  const save = () => {
    const chosen = result?.columns[column];
    if (!chosen) return;
    if (!meta.name.trim() || !meta.source.trim() || !meta.year.trim()) {
      setMissing(true);
      return;
    }
    const metricId = importedMetricId(
      meta.name,
      metrics.map((m) => m.id),
    );
    add({
      id: metricId,
      name: meta.name.trim(),
      unit: meta.unit.trim(),
      year: meta.year.trim(),
      source: meta.source.trim(),
      values: Object.fromEntries(chosen.values),
    });
    setMetric(metricId);
    onClose();
  };

  const field = (key: keyof typeof meta, label: string) => (
    <label className="form-field">
      <span>{label}</span>
      <input
        className="picker__input"
        value={meta[key]}
        onChange={(e) => setMeta({ ...meta, [key]: e.target.value })}
        required={key !== 'unit'}
      />
    </label>
  );

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`} className="panel__title panel__title--small">
        {t('import.title')}
      </h2>
      <p>{t('import.intro')}</p>
      <label className="form-field">
        <span>{t('import.file')}</span>
        <input
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            // Excel's CSV on Swedish Windows is Windows-1252, not UTF-8.
            if (file) read(decodeTableBytes(await file.arrayBuffer()).text);
          }}
        />
      </label>
      <label className="form-field">
        <span>{t('import.paste')}</span>
        <textarea
          className="picker__input dialog__textarea"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="button" className="button button--quiet" onClick={() => read(text)}>
        {t('import.read')}
      </button>
      {error ? (
        <p className="notice notice--error" role="alert">
          {t('import.error', { message: error })}
        </p>
      ) : null}
      {result ? (
        <div className="import-result" data-testid="import-result">
          <p role="status">
            {t('import.accepted', { count: result.columns[column]?.values.size ?? 0 })}
            {result.rejectedCount > 0
              ? ` · ${t('import.rejected', { count: result.rejectedCount })}`
              : ''}
          </p>
          {result.rejected.length > 0 ? (
            <ul className="plain-list import-result__rejected">
              {result.rejected.map((r, i) => (
                <li key={i}>
                  {t('import.line', { line: r.line })}:{' '}
                  {t(`import.reason.${r.reason.code}`, r.reason)}
                </li>
              ))}
              {result.rejectedCount > result.rejected.length ? (
                <li>
                  {t('import.rejectedMore', {
                    count: result.rejectedCount - result.rejected.length,
                  })}
                </li>
              ) : null}
            </ul>
          ) : null}
          {result.columns.length > 1 ? (
            <label className="form-field">
              <span>{t('import.column')}</span>
              <select
                className="picker__input"
                value={column}
                onChange={(e) => setColumn(Number(e.target.value))}
              >
                {result.columns.map((c, i) => (
                  <option key={c.name} value={i}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {field('name', t('import.name'))}
          {field('unit', t('import.unit'))}
          {field('year', t('import.year'))}
          {field('source', t('import.source'))}
          {missing ? <p className="notice notice--error">{t('import.required')}</p> : null}
        </div>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('import.cancel')}
        </button>
        <button
          type="button"
          className="button"
          onClick={save}
          disabled={!result || result.columns.length === 0}
        >
          {t('import.save')}
        </button>
      </div>
    </dialog>
  );
}
