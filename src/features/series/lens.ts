import type { SeriesLens } from '../../domain/metrics/context';
import { fill } from '../../i18n';
import { SERIES_CATALOGUES } from '../../i18n/series';
import { yearsWithData } from '../../domain/metrics/series';
import { seriesOfMetric } from '../../domain/metrics/series-record';
import { changeView, seriesYearView } from '../../domain/metrics/series-view';

/** The measure over time a saved metric holds, or null (see seriesOfMetric). */
export const seriesOf = seriesOfMetric;

/**
 * A measure of several years on the map: the year asked for (its latest when none, its nearest
 * with data when it lacks it) in classes made from every year, or the change since a year in diverging
 * classes around zero. The values, the view, the legend and the tips all follow; the metric's
 * name, unit and year say which year or change is shown.
 */
export const seriesLens: SeriesLens = (metric, choice, context) => {
  const series = metric.imported ? seriesOf(metric.imported) : null;
  const years = series ? yearsWithData(series) : [];
  if (!series || years.length < 2) return metric;
  const codes = context.municipalities.filter((m) => m.focus).map((m) => m.code);
  // A year the measure lacks is its nearest with data (the latest after its last).
  const nearest = (wanted: number) =>
    years.reduce((a, b) => (Math.abs(b - wanted) < Math.abs(a - wanted) ? b : a));
  const year = choice.year === null ? years.at(-1)! : nearest(Number(choice.year));
  const asked = /^(\d{4})-(abs|pct)$/.exec(choice.change ?? '');
  const change = asked ? { from: nearest(Number(asked[1])), percent: asked[2] === 'pct' } : null;
  const view = change
    ? changeView(series, change.from, year, change.percent ? 'percent' : 'absolute', codes)
    : seriesYearView(series, year, codes);
  const imported = metric.imported!;
  // The legend, the source line and the tips name the year shown, or the years of the change.
  const text = change
    ? {
        name: fill(SERIES_CATALOGUES[choice.language]['series.title.change'], {
          name: imported.name,
          from: change.from,
          year,
        }),
        unit: change.percent ? '%' : imported.unit,
        year: `${change.from}–${year}`,
      }
    : { name: `${imported.name} ${year}`, unit: imported.unit, year: String(year) };
  return {
    ...metric,
    imported: { ...imported, ...text },
    values: view.values,
    view,
    shown: { years, year, change, name: imported.name },
  };
};
