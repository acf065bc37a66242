import { FIGURE_SOURCES, type FigureSource } from '../../domain/figures';
import type { ComparisonMember, FigureCell, FigureKey, FigureRow } from '../../domain/compare';
import { countyNameIn } from '../../domain/counties';
import { useI18n, type MessageKey } from '../../i18n';
import type { SetTrend } from '../../domain/metrics/trend';
import { formatBreak } from '../../domain/metrics/classify';
import { useSeriesI18n } from '../../i18n/series';
import { SourceNote } from '../../ui/SourceNote';
import { Sparkline } from '../../ui/Sparkline';
import { PHONE_LAYOUT, useMediaQuery } from '../../ui/useMediaQuery';
import { CompareCards, CompareTable } from './CompareTable';

const UNITS: Partial<Record<FigureKey, MessageKey>> = {
  population: 'compare.unit.population',
  areaLand: 'compare.unit.areaLand',
  density: 'compare.unit.density',
};

const SOURCES: Partial<Record<FigureKey, FigureSource>> = {
  population: FIGURE_SOURCES.population,
  areaLand: FIGURE_SOURCES.area,
  density: FIGURE_SOURCES.density,
};

function Value({ row, cell }: { row: FigureRow; cell: FigureCell }) {
  const { t, n, language } = useI18n();
  if (cell.text !== undefined)
    return (
      <>
        {row.key === 'county'
          ? countyNameIn(language, cell.code.slice(0, 2), cell.text)
          : cell.text}
      </>
    );
  if (cell.value === null) {
    return (
      <span className="no-data">
        {t('compare.noData')}
        {cell.notCovered ? (
          <>
            <sup aria-hidden="true">*</sup>
            <span className="visually-hidden"> ({t('compare.notCovered')})</span>
          </>
        ) : null}
      </span>
    );
  }
  return (
    <>
      <span className="compare-table__value">{n(cell.value, row.digits)}</span>
      {cell.extreme ? (
        <span className={`compare-extreme compare-extreme--${cell.extreme}`}>
          <span aria-hidden="true">{cell.extreme === 'highest' ? '▲' : '▼'} </span>
          {t(cell.extreme === 'highest' ? 'compare.highest' : 'compare.lowest')}
        </span>
      ) : null}
    </>
  );
}

function RowLabel({ row }: { row: FigureRow }) {
  const { t } = useI18n();
  const unit = UNITS[row.key];
  return (
    <>
      {t(`compare.row.${row.key}`)}
      {unit ? <span className="compare-table__unit"> ({t(unit)})</span> : null}
    </>
  );
}

function RowSource({ row }: { row: FigureRow }) {
  const { t } = useI18n();
  const source = SOURCES[row.key];
  return source ? (
    <SourceNote source={source} />
  ) : row.key.startsWith('projects') ? (
    <span className="source-note">{t('compare.source.report')}</span>
  ) : null;
}

function TrendLabel({ trend }: { trend: SetTrend }) {
  const { t } = useSeriesI18n();
  return (
    <>
      {t('series.setTrend', { name: trend.name })}
      {trend.unit ? <span className="compare-table__unit"> ({trend.unit})</span> : null}
    </>
  );
}

/** A member's trend of a measure over time: its sparkline, and its first and last year in words. */
function TrendCell({ trend, code }: { trend: SetTrend; code: string }) {
  const { t, language } = useSeriesI18n();
  const noData = useI18n().t('compare.noData');
  const points = trend.cells.find((c) => c.code === code)?.points ?? [];
  const fmt = (v: number) => formatBreak(v, language);
  return (
    <Sparkline
      points={points}
      empty={points.length === 0 ? noData : t('series.tooShort')}
      text={(first, last) =>
        t('series.firstLast', {
          from: first.year,
          first: fmt(first.value),
          to: last.year,
          last: fmt(last.value),
        })
      }
    />
  );
}

/**
 * The figures side by side: one column per municipality, a row per figure with its source; the
 * highest and lowest of a row marked in words. Scrolls sideways with the row labels fixed. On a
 * phone, a card per municipality with its figures, and the sources once below the cards.
 */
export function FigureTable({
  members,
  rows,
  trends,
  onRemove,
}: {
  members: ComparisonMember[];
  rows: FigureRow[];
  /** Measures over time, a sparkline per municipality (after the figures). */
  trends: readonly SetTrend[];
  onRemove: (code: string) => void;
}) {
  const { t, list } = useI18n();
  const caption = t('compare.figuresCaption', {
    names: list(members.map((m) => m.municipality.name)),
  });
  const anyNotCovered = rows.some((r) => r.cells.some((c) => c.notCovered));
  const cards = useMediaQuery(PHONE_LAYOUT);
  const notCovered = anyNotCovered ? (
    <p className="source-note" aria-hidden="true">
      * {t('compare.notCovered')}
    </p>
  ) : null;
  if (cards) {
    return (
      <>
        <CompareCards
          caption={caption}
          testId="comparison-figures"
          members={members}
          onRemove={onRemove}
          card={(member) => (
            <dl className="compare-card__figures">
              {rows.map((row) => {
                const cell = row.cells.find((c) => c.code === member.municipality.code)!;
                return (
                  <div key={row.key} data-row={row.key}>
                    <dt>
                      <RowLabel row={row} />
                    </dt>
                    <dd data-extreme={cell.extreme ?? undefined}>
                      <Value row={row} cell={cell} />
                    </dd>
                  </div>
                );
              })}
              {trends.map((trend) => (
                <div key={trend.id} data-row={`trend:${trend.id}`}>
                  <dt>
                    <TrendLabel trend={trend} />
                  </dt>
                  <dd>
                    <TrendCell trend={trend} code={member.municipality.code} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        />
        <ul className="compare-card__sources">
          {rows.map((row) =>
            row.key === 'county' ? null : (
              <li key={row.key}>
                <RowLabel row={row} />: <RowSource row={row} />
              </li>
            ),
          )}
        </ul>
        {notCovered}
      </>
    );
  }
  return (
    <>
      <CompareTable
        caption={caption}
        testId="comparison-figures"
        corner={t('compare.figure')}
        members={members}
        onRemove={onRemove}
      >
        {rows.map((row) => {
          return (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">
                <span className="compare-table__label">
                  <RowLabel row={row} />
                </span>
                <RowSource row={row} />
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.code}
                  className={cell.text === undefined ? 'compare-table__number' : undefined}
                  data-extreme={cell.extreme ?? undefined}
                >
                  <Value row={row} cell={cell} />
                </td>
              ))}
            </tr>
          );
        })}
        {trends.map((trend) => (
          <tr key={trend.id} data-row={`trend:${trend.id}`}>
            <th scope="row">
              <span className="compare-table__label">
                <TrendLabel trend={trend} />
              </span>
            </th>
            {members.map((m) => (
              <td key={m.municipality.code}>
                <TrendCell trend={trend} code={m.municipality.code} />
              </td>
            ))}
          </tr>
        ))}
      </CompareTable>
      {notCovered}
    </>
  );
}
