import type { MetricView } from '../domain/metrics/metric-view';
import { formatBreak } from '../domain/metrics/classify';
import { useI18n } from '../i18n';

export interface LegendModel {
  title: string;
  note?: string;
  unit?: string;
  source: string;
  view: MetricView;
  /** Whether the classes are whole counts (labels 0, 1, 3–4) or ranges of a figure. */
  counts: boolean;
  /** The value of the selected municipality, marked on its class. */
  selected?: { name: string; value: number | null };
}

/** The map's legend: title, unit, source and year, each class labelled, "no data" apart. */
export function Legend({ model }: { model: LegendModel }) {
  const { t, language } = useI18n();
  const { view } = model;
  const fmt = (v: number) => formatBreak(v, language);
  const selectedClass =
    model.selected && model.selected.value !== null
      ? view.classes.findIndex(
          (c, i) =>
            model.selected!.value! >= c.min &&
            (model.selected!.value! <= c.max || i === view.classes.length - 1),
        )
      : -1;
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend__title">
        {model.title}
        {model.unit ? <span className="legend__unit"> ({model.unit})</span> : null}
      </h2>
      {model.note ? <p className="legend__note">{model.note}</p> : null}
      <ul className="legend__classes">
        {view.classes.map((c, i) => (
          <li
            key={i}
            className={`legend__class${i === selectedClass ? ' legend__class--selected' : ''}`}
          >
            <span className="legend__swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span className="legend__label">
              {model.counts
                ? c.min === c.max
                  ? fmt(c.min)
                  : `${fmt(c.min)}–${fmt(c.max)}`
                : `${fmt(c.min)} – ${fmt(c.max)}`}
            </span>
            {i === selectedClass ? (
              <span className="legend__marker">
                ◀ {model.selected!.name}: {fmt(model.selected!.value!)}
              </span>
            ) : null}
          </li>
        ))}
        {view.noData.length > 0 || model.selected?.value === null ? (
          <li
            className={`legend__class${model.selected?.value === null ? ' legend__class--selected' : ''}`}
          >
            <span className="legend__swatch legend__swatch--no-data" aria-hidden="true" />
            <span className="legend__label">{t('noData')}</span>
            {model.selected?.value === null ? (
              <span className="legend__marker">◀ {model.selected.name}</span>
            ) : null}
          </li>
        ) : null}
      </ul>
      <p className="legend__source">{model.source}</p>
    </section>
  );
}
