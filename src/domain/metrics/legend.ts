import type { Language } from '../language';
import { countyName, countyOf } from '../counties';
import type { Municipality } from '../municipality';
import { formatFigure } from './digits';
import { ZERO_COLOUR } from './metric-view';
import type { ResolvedMetric } from './registry';

/** What the legend shows: the map's legend, the PNG export and the map's text summary read it. */
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

/** The words of a legend in the current language; the model decides where they go. */
export interface LegendWords {
  title: string;
  unit: string;
  source: string;
  /** A note under the title for municipality-level metrics (what is counted), if any. */
  note?: string;
  /** The note of county-level metrics, which say why municipalities have no figure. */
  countyNote: string;
  /** The label of a county's class: its name, persons and rate, already formatted. */
  countyClass: (county: { county: string; persons: string; rate: string }) => string;
}

type Selected = Pick<Municipality, 'code' | 'name' | 'countyCode'>;

/**
 * The class labels, from the lowest to the highest member of each class with the metric's
 * decimals: "3–4" for counts, "2 454 – 8 000" for ranges, one value alone for a class of one.
 * No-break spaces hold a range together ("0,14 – 0,5" never breaks before the dash).
 */
function classLabels(metric: ResolvedMetric, language: Language): LegendModel['classes'] {
  const fmt = (v: number) => formatFigure(v, metric.digits, language);
  return metric.view.classes.map((c) => ({
    colour: c.colour,
    label:
      fmt(c.min) === fmt(c.max)
        ? fmt(c.min)
        : metric.counts
          ? `${fmt(c.min)}–${fmt(c.max)}`
          : `${fmt(c.min)}\u00a0– ${fmt(c.max)}`,
  }));
}

/** Words of a text, lower case, without dots, split at spaces (any kind) and slashes. */
const wordsOf = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/\./g, '')
    .split(/[\s/()]+/u)
    .filter(Boolean);

/**
 * Whether a title already names its unit: each word of the unit begins a word of the title, in
 * order ("Projekt per 10 000 invånare" names "per 10 000 inv.", "Antal projekt" names "projekt").
 */
export function titleNamesUnit(title: string, unit: string): boolean {
  const titleWords = wordsOf(title);
  let at = 0;
  for (const word of wordsOf(unit)) {
    while (at < titleWords.length && !titleWords[at]!.startsWith(word)) at++;
    if (at === titleWords.length) return false;
    at++;
  }
  return true;
}

/**
 * The legend of a metric: readable class labels in the language, "no data" apart, and where the
 * selected municipality (of the focus) falls. A county-level metric has one class per county,
 * named, with its own figure; its municipalities have none.
 */
export function legendFor(
  metric: ResolvedMetric,
  words: LegendWords,
  language: Language,
  selected: Selected | null,
): LegendModel {
  const { view, countyValues } = metric;
  // "Antal projekt", not "Antal projekt (projekt)": a unit the title already names is left out.
  const unit = titleNamesUnit(words.title, words.unit) ? '' : words.unit;
  const base = { title: words.title, unit, source: words.source };
  if (countyValues) {
    const counties = [...countyValues].sort((a, b) => a[1].perThousand - b[1].perThousand);
    const colourOf = (code: string) =>
      view.colourOf([...view.values.keys()].find((k) => countyOf(k) === code) ?? '') ??
      view.classes[0]?.colour ??
      ZERO_COLOUR;
    const at = selected ? counties.findIndex(([code]) => code === selected.countyCode) : -1;
    return {
      ...base,
      note: words.countyNote,
      classes: counties.map(([code, c]) => ({
        colour: colourOf(code),
        label: words.countyClass({
          county: countyName(code),
          persons: formatFigure(c.persons, 0, language),
          rate: formatFigure(c.perThousand, metric.digits, language),
        }),
      })),
      // Every municipality of the two counties is drawn in its county's colour: nothing hatched.
      showNoData: view.noData.length > 0,
      selected: selected ? { name: selected.name, at: at >= 0 ? at : 'no-data' } : undefined,
    };
  }
  let marker: LegendModel['selected'];
  if (selected) {
    const value = metric.values.get(selected.code);
    const index = view.classIndexOf(selected.code);
    const known = value !== null && value !== undefined;
    marker = {
      name: selected.name,
      at: !known || index === null ? 'no-data' : index,
      value: known ? formatFigure(value, metric.digits, language) : undefined,
    };
  }
  return {
    ...base,
    note: words.note,
    classes: classLabels(metric, language),
    showNoData: view.noData.length > 0,
    selected: marker,
  };
}
