import { FIGURE_SOURCES, type FigureSource } from '../../domain/figures';
import type { ComparisonMember, FigureCell, FigureKey, FigureRow } from '../../domain/compare';
import { useCompareText, type CompareKey } from '../../i18n/compare';
import { SourceNote } from '../../ui/SourceNote';
import { MemberHeader } from './MemberHeader';

const UNITS: Partial<Record<FigureKey, CompareKey>> = {
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
  const { t, n } = useCompareText();
  if (cell.text !== undefined) return <>{cell.text}</>;
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

/**
 * The figures side by side: one column per municipality, a row per figure with its source; the
 * highest and lowest of a row marked in words. Scrolls sideways with the row labels fixed.
 */
export function FigureTable({
  members,
  rows,
  onHover,
  onRemove,
}: {
  members: ComparisonMember[];
  rows: FigureRow[];
  onHover?: (code: string | null) => void;
  onRemove: (code: string) => void;
}) {
  const { t, list } = useCompareText();
  const caption = t('compare.figuresCaption', {
    names: list(members.map((m) => m.municipality.name)),
  });
  const anyNotCovered = rows.some((r) => r.cells.some((c) => c.notCovered));
  return (
    <>
      <div className="compare-scroll" tabIndex={0} role="group" aria-label={caption}>
        <table className="compare-table" data-testid="comparison-figures">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="compare-table__corner">
                {t('compare.figure')}
              </th>
              {members.map((m) => (
                <MemberHeader
                  key={m.municipality.code}
                  member={m}
                  onHover={onHover}
                  onRemove={onRemove}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const unit = UNITS[row.key];
              const source = SOURCES[row.key];
              return (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">
                    <span className="compare-table__label">
                      {t(`compare.row.${row.key}`)}
                      {unit ? <span className="compare-table__unit"> ({t(unit)})</span> : null}
                    </span>
                    {source ? (
                      <SourceNote source={source} />
                    ) : row.key.startsWith('projects') ? (
                      <span className="source-note">{t('compare.source.report')}</span>
                    ) : null}
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
          </tbody>
        </table>
      </div>
      {anyNotCovered ? (
        <p className="source-note" aria-hidden="true">
          * {t('compare.notCovered')}
        </p>
      ) : null}
    </>
  );
}
