import { useEffect, useId, useRef, useState } from 'react';
import { importTemplateCsv } from '../../domain/metrics/export';
import type { ImportFailure, TableEncoding } from '../../domain/metrics/import-csv';
import { fileSizeFailure } from '../../domain/metrics/import-limits';
import type { ImportOutcome, ImportSource } from '../../domain/metrics/import-input';
import { countyOfSwedenName, SWEDEN } from '../../domain/metrics/regions';
import {
  latestYear,
  snapshotOf,
  yearOfText,
  yearsWithData,
  type ReadMeasure,
} from '../../domain/metrics/series';
import { seriesRecord } from '../../domain/metrics/series-record';
import type { Place, SeriesImport } from '../../domain/metrics/series-import';
import type { Municipality } from '../../domain/municipality';
import { cutText } from '../../domain/text';
import { useImportI18n } from '../../i18n/import';
import { useImportedMetrics } from '../../state/imported-metrics';
import { useViewStore } from '../../state/store';
import { IMPORTED_METRIC_LIMITS } from '../../state/stored-metrics';
import { download } from '../../ui/download';
import { fieldProblems, trimmedFields, type FieldProblem, type MetricFields } from './import-form';
import { startImport, type RunningImport } from './read-import';

const emptyMeasure: ReadMeasure = {
  name: '',
  code: null,
  unit: '',
  source: '',
  gender: null,
  qualifiers: [],
  years: null,
  municipalities: {},
  references: {},
};

type Reading =
  | { kind: 'idle' }
  | { kind: 'reading'; fraction: number }
  | { kind: 'read'; result: SeriesImport; encoding: TableEncoding | null }
  | { kind: 'failed'; failure: ImportFailure };

const FIELD_LABEL = {
  name: 'import.name',
  unit: 'import.unit',
  year: 'import.year',
  source: 'import.source',
} as const;

/** The measures of a file are told apart by their qualifiers and gender. */
function measureLabel(measure: ReadMeasure, gender: (g: 'T' | 'K' | 'M') => string): string {
  const parts = [...measure.qualifiers, ...(measure.gender ? [gender(measure.gender)] : [])];
  const name = measure.name || measure.code || '–';
  return parts.length > 0 ? `${name} (${parts.join(', ')})` : name;
}

/** "2016–2020", or the years one by one where some are missing ("2016, 2018, 2020"). */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '–';
  const first = years[0]!;
  const last = years.at(-1)!;
  return years.length > 2 && last - first === years.length - 1
    ? `${first}–${last}`
    : years.join(', ');
}

/** What a measure holds: its municipalities with a value, its references, its years with data. */
export function measureSummary(measure: ReadMeasure) {
  const has = (row: readonly (number | null)[]) => row.some((v) => v !== null);
  return {
    years: measure.years ? yearsWithData({ ...measure, years: measure.years }) : [],
    municipalities: Object.values(measure.municipalities).filter(has).length,
    references: Object.entries(measure.references)
      .filter(([, row]) => has(row))
      .map(([code]) => code)
      .sort(),
  };
}

/**
 * Brings the user's own figures onto the map: a CSV or Excel file, Kolada's or SCB's JSON, or a
 * pasted table, read in a worker with its progress shown (a large file never freezes the page),
 * the encoding of a file named, every rejected row reported with its place and reason (the first
 * 200 listed), the good rows kept, and what was read summed up (the measure, its years, how many
 * municipalities, which references). A measure over time is stored with all its years and its
 * references (a version-2 record); its year shown first is the latest (or the one typed). Named with unit, year and source, within
 * the limits the stored metric is read back with.
 */
export default function ImportDialog({
  municipalities,
  onClose,
}: {
  municipalities: readonly Municipality[];
  onClose: () => void;
}) {
  const { t, n, language } = useImportI18n();
  const referenceLabel = (code: string) => {
    if (code === SWEDEN) return t('import.sweden');
    return countyOfSwedenName(language, code);
  };
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const running = useRef<RunningImport | null>(null);
  const [text, setText] = useState('');
  const [reading, setReading] = useState<Reading>({ kind: 'idle' });
  const [column, setColumn] = useState(0);
  const genderWord = (g: 'T' | 'K' | 'M') => t(`import.gender.${g}`);
  const placeText = (at: Place) =>
    at.kind === 'record'
      ? t('import.record', { record: at.record })
      : at.kind === 'category'
        ? t('import.category', at)
        : at.column
          ? t('import.lineColumn', { line: at.line, column: at.column })
          : t('import.line', { line: at.line });
  const [meta, setMeta] = useState<MetricFields>({ name: '', unit: '', year: '', source: '' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const add = useImportedMetrics((s) => s.add);
  const newId = useImportedMetrics((s) => s.newId);
  const setMetric = useViewStore((s) => s.setMetric);

  useEffect(() => {
    const dialog = dialogRef.current!;
    dialog.showModal();
    return () => {
      running.current?.cancel();
      dialog.close();
    };
  }, []);

  const show = (outcome: ImportOutcome) => {
    if (!outcome.ok) {
      setReading({ kind: 'failed', failure: outcome.failure });
      return;
    }
    const { result, encoding } = outcome;
    setReading({ kind: 'read', result, encoding });
    setColumn(0);
    const first = result.measures[0];
    const latest = first?.years ? latestYear({ ...first, years: first.years }) : null;
    setMeta((m) => ({
      name: m.name || cutText(first?.name ?? '', IMPORTED_METRIC_LIMITS.name),
      unit: m.unit || cutText(first?.unit ?? '', IMPORTED_METRIC_LIMITS.unit),
      // A plain table's column may name its year ("Mottagna 2016").
      year: m.year || String(latest ?? yearOfText(first?.name ?? '') ?? ''),
      source: m.source || cutText(first?.source ?? '', IMPORTED_METRIC_LIMITS.source),
    }));
  };

  const read = (source: ImportSource) => {
    running.current?.cancel();
    setReading({ kind: 'reading', fraction: 0 });
    const run = startImport(
      { source, municipalities: municipalities.map((m) => ({ code: m.code, name: m.name })) },
      (fraction) => {
        if (running.current === run) setReading({ kind: 'reading', fraction });
      },
    );
    running.current = run;
    void run.outcome.then((outcome) => {
      if (running.current !== run) return;
      running.current = null;
      show(outcome);
    });
  };

  const readFile = async (file: File) => {
    const tooLarge = fileSizeFailure(file.size);
    if (tooLarge) {
      setReading({ kind: 'failed', failure: tooLarge });
      return;
    }
    try {
      read({ bytes: await file.arrayBuffer() });
    } catch (error) {
      setReading({
        kind: 'failed',
        failure: { code: 'unreadable', message: (error as Error).message },
      });
    }
  };

  const result = reading.kind === 'read' ? reading.result : null;

  const save = () => {
    const chosen = result?.measures[column];
    if (!chosen) return;
    const found = fieldProblems(meta);
    setProblems(found);
    if (found.length > 0) return;
    const fields = trimmedFields(meta);
    // Unlike every id stored, in this tab or another: a save never takes another's key.
    const metricId = newId(fields.name);
    const { year, values } = snapshotOf(chosen, fields.year);
    const texts = { id: metricId, name: fields.name, unit: fields.unit, source: fields.source };
    add({
      ...texts,
      year: year === null ? fields.year : String(year),
      values,
      // Every year of a measure over time, with its references.
      ...(chosen.years
        ? { seriesRecord: seriesRecord(texts, { ...chosen, years: chosen.years }) }
        : {}),
    });
    setMetric(metricId);
    onClose();
  };

  const problemText = (p: FieldProblem) =>
    p.problem === 'tooLong'
      ? t('import.tooLong', { field: t(FIELD_LABEL[p.field]), max: p.max, length: p.length })
      : t('import.required');

  const field = (key: keyof MetricFields) => {
    const max = IMPORTED_METRIC_LIMITS[key];
    const invalid = problems.some((p) => p.field === key);
    return (
      <label className="form-field">
        <span id={`${id}-${key}-label`}>{t(FIELD_LABEL[key])}</span>
        <input
          aria-labelledby={`${id}-${key}-label`}
          className="picker__input"
          value={meta[key]}
          maxLength={max}
          aria-describedby={`${id}-${key}-limit`}
          aria-invalid={invalid || undefined}
          onChange={(e) => setMeta({ ...meta, [key]: e.target.value })}
          required={key !== 'unit'}
        />
        <span id={`${id}-${key}-limit`} className="form-field__hint">
          {t('import.limit', { max })}
        </span>
      </label>
    );
  };

  const percent = reading.kind === 'reading' ? Math.round(reading.fraction * 100) : 0;
  // One message per problem; "fill in name, source and year" once however many are empty.
  const messages = [...new Set(problems.map(problemText))];

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
      <div className="dialog__template">
        <button
          type="button"
          className="button button--quiet button--small"
          aria-describedby={`${id}-template`}
          onClick={() =>
            download(
              'integrationskartan-mall.csv',
              new Blob([importTemplateCsv(municipalities)], { type: 'text/csv;charset=utf-8' }),
            )
          }
        >
          {t('import.template')}
        </button>
        <span id={`${id}-template`} className="form-field__hint">
          {t('import.templateHint')}
        </span>
      </div>
      <label className="form-field">
        <span>{t('import.file')}</span>
        <input
          type="file"
          accept=".csv,.txt,.tsv,.json,.xlsx,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
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
      <button
        type="button"
        className="button button--quiet"
        onClick={() => read({ text })}
        disabled={reading.kind === 'reading'}
      >
        {t('import.read')}
      </button>
      <div role="status" className="import-progress">
        {reading.kind === 'reading' ? (
          <>
            <progress max={100} value={percent} aria-label={t('import.progress', { percent })} />
            <span>{t('import.progress', { percent })}</span>
          </>
        ) : null}
      </div>
      {reading.kind === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('import.error', {
            message: t(`import.failure.${reading.failure.code}`, reading.failure),
          })}
        </p>
      ) : null}
      {result ? (
        <div className="import-result" data-testid="import-result">
          <p role="status">
            {t('import.accepted', {
              count: Object.keys(
                snapshotOf(result.measures[column] ?? emptyMeasure, meta.year).values,
              ).length,
            })}
            {result.rejectedCount > 0
              ? ` · ${t('import.rejected', { count: n(result.rejectedCount) })}`
              : ''}
            {result.outsideMap.count > 0
              ? ` · ${t('import.outsideMap', { count: n(result.outsideMap.count) })}`
              : ''}
            {reading.kind === 'read' && reading.encoding
              ? ` · ${t(`import.encoding.${reading.encoding}`)}`
              : ''}
          </p>
          {result.measures[column] ? (
            <MeasureSummary
              measure={result.measures[column]}
              label={measureLabel(result.measures[column], genderWord)}
              t={t}
              n={n}
              referenceLabel={referenceLabel}
            />
          ) : null}
          {result.notes.map((note) => (
            <p key={note.code} className="form-field__hint">
              {t(`import.note.${note.code}`, note)}
            </p>
          ))}
          {result.rejected.length > 0 ? (
            <ul
              className="plain-list import-result__rejected"
              aria-label={t('import.rejected', { count: n(result.rejectedCount) })}
              tabIndex={0}
            >
              {result.rejected.map((r, i) => (
                <li key={i}>
                  {placeText(r.at)}: {t(`import.reason.${r.reason.code}`, r.reason)}
                </li>
              ))}
              {result.rejectedCount > result.rejected.length ? (
                <li>
                  {t('import.rejectedMore', {
                    count: n(result.rejectedCount - result.rejected.length),
                  })}
                </li>
              ) : null}
            </ul>
          ) : null}
          {result.measures.length > 1 ? (
            <label className="form-field">
              <span>{t('import.column')}</span>
              <select
                className="picker__input"
                value={column}
                onChange={(e) => setColumn(Number(e.target.value))}
              >
                {result.measures.map((m, i) => (
                  <option key={i} value={i}>
                    {measureLabel(m, genderWord)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {field('name')}
          {field('unit')}
          {field('year')}
          {field('source')}
          {messages.length > 0 ? (
            <div className="notice notice--error" role="alert">
              {messages.map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          ) : null}
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
          disabled={!result || result.measures.length === 0}
        >
          {t('import.save')}
        </button>
      </div>
    </dialog>
  );
}

/** What the chosen measure holds, as read: its name, years, municipalities and references. */
function MeasureSummary({
  measure,
  label,
  t,
  n,
  referenceLabel,
}: {
  measure: ReadMeasure;
  label: string;
  t: ReturnType<typeof useImportI18n>['t'];
  n: (value: number) => string;
  referenceLabel: (code: string) => string;
}) {
  const summary = measureSummary(measure);
  return (
    <dl className="import-summary" data-testid="import-summary">
      <dt>{t('import.summary.measure')}</dt>
      <dd>{label}</dd>
      <dt>{t('import.summary.years')}</dt>
      <dd>
        {measure.years
          ? t('import.summary.yearsOf', {
              years: yearsText(summary.years),
              count: n(summary.years.length),
            })
          : t('import.summary.noYear')}
      </dd>
      <dt>{t('import.summary.municipalities')}</dt>
      <dd>{n(summary.municipalities)}</dd>
      <dt>{t('import.summary.references')}</dt>
      <dd>
        {summary.references.length > 0
          ? summary.references.map(referenceLabel).join(', ')
          : t('import.summary.noReferences')}
      </dd>
    </dl>
  );
}
