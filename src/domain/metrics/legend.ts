import type { Language } from '../language';
import { countyName, countyOf } from '../counties';
import type { Municipality } from '../municipality';
import { formatBreak } from './classify';
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

/** The class labels: "3–4" for counts, "2 500 – 8 000" for ranges, in the language's numbers. */
function classLabels(metric: ResolvedMetric, language: Language): LegendModel['classes'] {
  const fmt = (v: number) => formatBreak(v, language);
  return metric.view.classes.map((c) => ({
    colour: c.colour,
    label: metric.counts
      ? c.min === c.max
        ? fmt(c.min)
        : `${fmt(c.min)}–${fmt(c.max)}`
      : `${fmt(c.min)} – ${fmt(c.max)}`,
  }));
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
  const unit = words.title.toLocaleLowerCase().includes(words.unit.toLocaleLowerCase())
    ? ''
    : words.unit;
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
          persons: formatBreak(c.persons, language),
          rate: formatBreak(c.perThousand, language),
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
      value: known ? formatBreak(value, language) : undefined,
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
