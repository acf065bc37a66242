import { describe, expect, it } from 'vitest';
import { divergingSchemeFor } from './diverging';
import type { MetricSeries } from './series';
import {
  changeOf,
  changesBetween,
  changeView,
  referenceChange,
  seriesYearView,
  valuesOverYears,
} from './series-view';

const FOCUS = ['2580', '2582', '2584', '2506', '2480'];

/** Made-up figures, 2016–2020 with 2019 missing; Arjeplog without 2018, Umeå without any. */
const series: MetricSeries = {
  name: 'Folkmängd',
  code: null,
  unit: 'antal',
  source: 'SCB',
  gender: null,
  qualifiers: [],
  years: [2016, 2017, 2018, 2020],
  municipalities: {
    '2580': [77470, 77832, 78105, 78690],
    '2582': [28042, 28057, 28094, 28013],
    '2584': [23167, 23099, 22987, 22841],
    '2506': [2869, 2852, null, 2796],
  },
  references: { '25': [250570, 250497, 250093, 249677], '00': [0, 10, null, 20] },
};

describe('one classification across all years', () => {
  it('draws the same value in the same colour in every year', () => {
    const views = series.years.map((year) => seriesYearView(series, year, FOCUS));
    const breaks = views.map((v) => v.classes.map((c) => [c.min, c.max, c.colour]));
    for (const b of breaks) expect(b).toEqual(breaks[0]);
    // Each colour is the class of the value under those shared breaks, whatever the year.
    views.forEach((view, i) => {
      for (const code of FOCUS) {
        const value = series.municipalities[code]?.[i] ?? null;
        if (value === null) continue;
        const at = view.classes.findLastIndex((c) => value >= c.min);
        expect(view.classIndexOf(code), `${code} ${series.years[i]}`).toBe(at);
      }
    });
  });

  it('shows a change over the years that classes of each year alone would hide', () => {
    // Luleå grows from 77 470 to 78 690: in classes of 2016 alone it is the top class each year.
    const [first, last] = [
      seriesYearView(series, 2016, FOCUS),
      seriesYearView(series, 2020, FOCUS),
    ];
    expect(first.classIndexOf('2580')!).toBeLessThan(last.classIndexOf('2580')!);
    expect(last.colourOf('2580')).toBe(last.classes.at(-1)!.colour);
    expect(first.colourOf('2506')).toBe(first.classes[0]!.colour);
  });

  it('is made from every year, so a year alone may leave classes empty', () => {
    expect(valuesOverYears(series, FOCUS)).toHaveLength(15);
    const counts = seriesYearView(series, 2016, FOCUS).classes.map((c) => c.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('draws a municipality without a value that year, or in the file, as no data', () => {
    const view = seriesYearView(series, 2018, FOCUS);
    expect(view.noData.sort()).toEqual(['2480', '2506']);
    expect(view.colourOf('2506')).toBeNull();
  });

  it('draws every municipality as no data in a year the file lacks, in the same classes', () => {
    const view = seriesYearView(series, 2019, FOCUS);
    expect(view.noData).toHaveLength(FOCUS.length);
    expect(view.classes.map((c) => c.min)).toEqual(
      seriesYearView(series, 2016, FOCUS).classes.map((c) => c.min),
    );
  });
});

describe('change between two years', () => {
  it('is absolute and in per cent of the first value', () => {
    expect(changeOf(200, 150)).toEqual({ from: 200, to: 150, absolute: -50, percent: -25 });
    expect(changeOf(-50, -25)).toMatchObject({ absolute: 25, percent: 50 });
  });

  it('has no per cent from zero, and nothing where either year is missing: never infinite', () => {
    expect(changeOf(0, 10)).toEqual({ from: 0, to: 10, absolute: 10, percent: null });
    expect(changeOf(0, 0)).toMatchObject({ absolute: 0, percent: null });
    expect(changeOf(null, 10)).toEqual({ from: null, to: 10, absolute: null, percent: null });
    expect(changeOf(10, null)).toMatchObject({ absolute: null, percent: null });
    expect(changeOf(1e-320, 1e300)).toMatchObject({ percent: null });
  });

  it('gives each municipality its change, a missing year as no data', () => {
    const changes = changesBetween(series, 2016, 2020, FOCUS);
    expect(changes.get('2580')).toMatchObject({ absolute: 1220 });
    expect(changes.get('2584')!.absolute).toBe(-326);
    expect(changes.get('2584')!.percent).toBeCloseTo((-326 / 23167) * 100, 10);
    expect(changesBetween(series, 2018, 2020, FOCUS).get('2506')!.absolute).toBeNull();
    expect(changesBetween(series, 2019, 2020, FOCUS).get('2580')!.absolute).toBeNull();
    expect(changes.get('2480')!.absolute).toBeNull();
  });

  it('gives the county and Sweden their change too, per cent none from zero', () => {
    expect(referenceChange(series, '25', 2016, 2020).absolute).toBe(-893);
    expect(referenceChange(series, '00', 2016, 2020)).toMatchObject({
      absolute: 20,
      percent: null,
    });
    expect(referenceChange(series, '00', 2018, 2020).absolute).toBeNull();
    expect(referenceChange(series, '24', 2016, 2020).absolute).toBeNull();
  });

  it('draws a fall below zero and a rise above it in a diverging scheme', () => {
    const view = changeView(series, 2016, 2020, 'absolute', FOCUS);
    const middle = (view.classes.length - 1) / 2;
    const scheme = divergingSchemeFor(view.classes.length);
    expect(view.classes.map((c) => c.colour)).toEqual(scheme);
    expect(view.classIndexOf('2584')!).toBeLessThan(middle);
    expect(view.classIndexOf('2580')!).toBeGreaterThan(middle);
    expect(view.classes[middle]!.min).toBeLessThan(0);
    expect(view.classes[middle]!.max).toBeGreaterThan(0);
    expect(view.noData.sort()).toEqual(['2480']);
  });

  it('draws per cent with no data where the first year has none', () => {
    const view = changeView(series, 2018, 2020, 'percent', FOCUS);
    expect(view.noData.sort()).toEqual(['2480', '2506']);
    expect(view.classIndexOf('2584')!).toBeLessThan((view.classes.length - 1) / 2);
  });
});
