import type { CSSProperties } from 'react';
import type { LegendModel } from '../../domain/metrics/legend';
import { useI18n } from '../../i18n';
import { LIGHT_THEME } from '../../map/theme';

// The "no data" swatch is hatched in the map's colours (see .legend__swatch--no-data), and the
// cooperation links' swatch is a line in theirs.
const HATCH = {
  '--no-data-ink': LIGHT_THEME.noDataInk,
  '--no-data-paper': LIGHT_THEME.noDataPaper,
  '--link-line': LIGHT_THEME.linkLine,
} as CSSProperties;

/** The map's legend: title, unit, source and year, each class labelled, "no data" hatched apart. */
export function Legend({ model, links = false }: { model: LegendModel; links?: boolean }) {
  const { t } = useI18n();
  const marker = (at: number | 'no-data') =>
    model.selected?.at === at ? (
      <span className="legend__marker">
        ◀ {model.selected.name}
        {model.selected.value !== undefined && at !== 'no-data' ? `: ${model.selected.value}` : ''}
      </span>
    ) : null;
  const selectedClass = (at: number | 'no-data') =>
    `legend__class${model.selected?.at === at ? ' legend__class--selected' : ''}`;
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend" style={HATCH}>
      <h2 id="legend-title" className="legend__title">
        {model.title}
        {model.unit ? (
          <>
            {' '}
            <span className="legend__unit">({model.unit})</span>
          </>
        ) : null}
      </h2>
      {model.note ? <p className="legend__note">{model.note}</p> : null}
      <ul className="legend__classes">
        {model.classes.map((c, i) => (
          <li key={i} className={selectedClass(i)}>
            <span className="legend__swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span className="legend__label">{c.label}</span>
            {marker(i)}
          </li>
        ))}
        {model.showNoData ? (
          <li className={selectedClass('no-data')}>
            <span className="legend__swatch legend__swatch--no-data" aria-hidden="true" />
            <span className="legend__label">{t('noData')}</span>
            {marker('no-data')}
          </li>
        ) : null}
        {links ? (
          <li className="legend__class" data-testid="legend-links">
            <span className="legend__swatch legend__swatch--link" aria-hidden="true" />
            <span className="legend__label">{t('legend.links')}</span>
          </li>
        ) : null}
      </ul>
      <p className="legend__source">{model.source}</p>
    </section>
  );
}
