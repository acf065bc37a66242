import { formatBreak } from '../../domain/metrics/classify';
import type { ResolvedMetric } from '../../domain/metrics/definitions';
import type { Language, Translate } from '../../i18n';
import { useI18n } from '../../i18n';
import { describeMetric } from './metric-text';

export interface LegendModel {
  title: string;
  unit: string;
  note?: string;
  source: string;
  classes: { colour: string; label: string }[];
  showNoData: boolean;
  /** The selected municipality and where it falls: a class index, or 'no-data'. */
  selected?: { name: string; at: number | 'no-data'; value?: string };
}

/** Builds the legend of a metric: readable class labels in the language, "no data" apart. */
export function legendFor(
  metric: ResolvedMetric,
  t: Translate,
  language: Language,
  selected: { code: string; name: string; countyCode: string } | null,
  extraNote?: string,
): LegendModel {
  const { title, unit, source } = describeMetric(metric, t);
  const fmt = (v: number) => formatBreak(v, language);
  const view = metric.view;
  let classes = view.classes.map((c) => ({
    colour: c.colour,
    label: metric.counts
      ? c.min === c.max
        ? fmt(c.min)
        : `${fmt(c.min)}–${fmt(c.max)}`
      : `${fmt(c.min)} – ${fmt(c.max)}`,
  }));
  let note = extraNote;
  let at: number | 'no-data' | undefined;
  let value: string | undefined;
  if (metric.countyValues) {
    // County-level: one class per county, named, with its own figure.
    const counties = [...metric.countyValues].sort((a, b) => a[1].perThousand - b[1].perThousand);
    classes = counties.map(([code, c]) => ({
      colour:
        view.colourOf([...view.values.keys()].find((k) => k.startsWith(code)) ?? '') ??
        view.classes[0]?.colour ??
        '#ccc',
      label: t('legend.arrivalsCounty', {
        county: code === '25' ? 'Norrbotten' : 'Västerbotten',
        persons: fmt(c.persons),
        rate: formatBreak(c.perThousand, language),
      }),
    }));
    note = t('legend.arrivalsNote');
    if (selected) {
      const index = counties.findIndex(([code]) => code === selected.countyCode);
      at = index >= 0 ? index : 'no-data';
    }
  } else if (selected) {
    const v = metric.values.get(selected.code);
    const index = view.classIndexOf(selected.code);
    at = v === null || v === undefined || index === null ? 'no-data' : index;
    value = v === null || v === undefined ? undefined : formatBreak(v, language);
  }
  return {
    title,
    unit,
    note,
    source,
    classes,
    showNoData: view.noData.length > 0 || metric.countyValues !== undefined,
    selected: selected && at !== undefined ? { name: selected.name, at, value } : undefined,
  };
}

/** The map's legend: title, unit, source and year, each class labelled, "no data" hatched apart. */
export function Legend({ model }: { model: LegendModel }) {
  const { t } = useI18n();
  const marker = (at: number | 'no-data') =>
    model.selected?.at === at ? (
      <span className="legend__marker">
        ◀ {model.selected.name}
        {model.selected.value !== undefined && at !== 'no-data' ? `: ${model.selected.value}` : ''}
      </span>
    ) : null;
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend__title">
        {model.title}
        {model.unit ? <span className="legend__unit"> ({model.unit})</span> : null}
      </h2>
      {model.note ? <p className="legend__note">{model.note}</p> : null}
      <ul className="legend__classes">
        {model.classes.map((c, i) => (
          <li
            key={i}
            className={`legend__class${model.selected?.at === i ? ' legend__class--selected' : ''}`}
          >
            <span className="legend__swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span className="legend__label">{c.label}</span>
            {marker(i)}
          </li>
        ))}
        {model.showNoData ? (
          <li
            className={`legend__class${model.selected?.at === 'no-data' ? ' legend__class--selected' : ''}`}
          >
            <span className="legend__swatch legend__swatch--no-data" aria-hidden="true" />
            <span className="legend__label">{t('noData')}</span>
            {marker('no-data')}
          </li>
        ) : null}
      </ul>
      <p className="legend__source">{model.source}</p>
    </section>
  );
}
