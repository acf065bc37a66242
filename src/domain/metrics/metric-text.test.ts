import { describe, expect, it } from 'vitest';
import { numberFormat } from '../intl';
import { ctx } from './context.fixture';
import {
  countyFigureLabels,
  describeMetric,
  metricTip,
  unitAfter,
  unitKeyOf,
  type MetricWords,
} from './metric-text';
import { resolveMetric, type MetricContext } from './registry';

// The interface's number formats (src/i18n), Swedish with plain spaces for readable expectations.
const sv = (value: number, digits = 0) =>
  numberFormat('sv-SE', { maximumFractionDigits: digits }).format(value).replace(/\s/g, ' ');
const en = (value: number, digits = 0) =>
  numberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
const umea = { code: '2480', name: 'Umeå', countyCode: '24' };
const lulea = { code: '2580', name: 'Luleå', countyCode: '25' };
const bjurholm = { code: '2403', name: 'Bjurholm', countyCode: '24' };

describe('metricTip', () => {
  it('gives the name and the value with its unit', () => {
    const tip = metricTip(
      resolveMetric('population', ctx),
      umea,
      { unit: 'invånare', noData: 'uppgift saknas' },
      sv,
    );
    expect(tip).toEqual({ name: 'Umeå', value: '122 892 invånare', noData: false });
  });

  it('says zero as a value, and a missing figure as "no data"', () => {
    const words = { unit: 'projects', noData: 'no data' };
    const zero = metricTip(resolveMetric('projects', ctx), bjurholm, words, en);
    expect(zero).toEqual({ name: 'Bjurholm', value: '0 projects', noData: false });
    const missing = metricTip(resolveMetric('import:mottagna', ctx), lulea, words, en);
    expect(missing).toEqual({ name: 'Luleå', value: 'no data', noData: true });
  });

  it('gives a county figure with the name of its county', () => {
    const tip = metricTip(
      resolveMetric('arrivals', ctx),
      lulea,
      { unit: 'per 1 000 inv.', noData: 'uppgift saknas' },
      sv,
    );
    // Norrbotten: 1 124 persons of 250 570 inhabitants.
    expect(tip).toEqual({
      name: 'Luleå',
      value: '4,49 per 1 000 inv. (Norrbotten)',
      noData: false,
    });
  });
});

describe('countyFigureLabels', () => {
  it('label each county with its arrivals per 1 000 inhabitants, in either language', () => {
    const arrivals = resolveMetric('arrivals', ctx);
    // 1 124 of 250 570 and 1 068 of 265 881 inhabitants.
    expect(countyFigureLabels(arrivals, 'per 1 000 inv.', sv)).toEqual([
      { code: '25', name: 'Norrbotten', figure: '4,49 per 1 000 inv.' },
      { code: '24', name: 'Västerbotten', figure: '4,02 per 1 000 inv.' },
    ]);
    expect(countyFigureLabels(arrivals, 'per 1,000 inh.', en)).toEqual([
      { code: '25', name: 'Norrbotten', figure: '4.49 per 1,000 inh.' },
      { code: '24', name: 'Västerbotten', figure: '4.02 per 1,000 inh.' },
    ]);
  });

  it('give none for a metric known per municipality, or before the county figures load', () => {
    expect(countyFigureLabels(resolveMetric('population', ctx), 'invånare', sv)).toBeNull();
    const notLoaded = resolveMetric('arrivals', { ...ctx, arrivals: null });
    expect(countyFigureLabels(notLoaded, 'per 1 000 inv.', sv)).toBeNull();
  });
});

describe('describeMetric', () => {
  /** A translator that shows which key it was asked for, and with what. */
  const t: MetricWords = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

  it("gives a built-in metric's title, unit and source from the registry", () => {
    expect(describeMetric(resolveMetric('population', ctx), t)).toEqual({
      title: 'metric.population',
      unit: 'unit.inhabitants',
      unitOne: 'unit.inhabitants',
      source: 'source.population {"page":6}',
    });
  });

  it('names an imported metric as the user did, with its source and year', () => {
    expect(describeMetric(resolveMetric('import:mottagna', ctx), t)).toEqual({
      title: 'Mottagna',
      unit: 'personer',
      unitOne: 'personer',
      source: 'source.imported {"source":"Migrationsverket","year":"2016"}',
    });
  });

  it('cites the report page of a county-level figure', () => {
    const arrivals = {
      ...ctx.arrivals!,
      counties: ctx.arrivals!.counties.map((c) => ({
        ...c,
        source: { ...c.source, page: 7 },
      })),
    };
    const metric = resolveMetric('arrivals', { ...ctx, arrivals });
    expect(describeMetric(metric, t).source).toBe('source.arrivals {"page":7}');
  });
});

describe('a tip without a unit', () => {
  it('gives the value alone, with no space after it', () => {
    const unitless: MetricContext = {
      ...ctx,
      imported: [{ ...ctx.imported[0]!, unit: '' }],
    };
    const tip = metricTip(
      resolveMetric('import:mottagna', unitless),
      umea,
      { unit: '', noData: 'no data' },
      en,
    );
    expect(tip).toEqual({ name: 'Umeå', value: '300', noData: false });
  });

  it('says "no data" for a figure that is not a number', () => {
    const broken: MetricContext = {
      ...ctx,
      imported: [{ ...ctx.imported[0]!, values: { '2480': Number.NaN } }],
    };
    const tip = metricTip(
      resolveMetric('import:mottagna', broken),
      umea,
      { unit: '', noData: 'no data' },
      en,
    );
    expect(tip).toEqual({ name: 'Umeå', value: 'no data', noData: true });
  });
});

describe('county labels of one county', () => {
  it('label only the counties the figure is known for', () => {
    const arrivals = {
      ...ctx.arrivals!,
      counties: ctx.arrivals!.counties.filter((c) => c.countyCode === '24'),
    };
    const metric = resolveMetric('arrivals', { ...ctx, arrivals });
    expect(countyFigureLabels(metric, 'per 1,000 inh.', en)).toEqual([
      { code: '24', name: 'Västerbotten', figure: '4.02 per 1,000 inh.' },
    ]);
  });
});

describe('a count of one', () => {
  const english = (n: number) => new Intl.PluralRules('en-GB').select(n) as 'one' | 'other';
  const swedish = (n: number) => new Intl.PluralRules('sv-SE').select(n) as 'one' | 'other';

  it('says "1 project" but "0 projects" and "2 projects", by the plural rules', () => {
    expect(unitKeyOf('unit.projects', 1, english)).toBe('unit.project');
    expect(unitKeyOf('unit.projects', 0, english)).toBe('unit.projects');
    expect(unitKeyOf('unit.projects', 2, swedish)).toBe('unit.projects');
    expect(unitKeyOf('unit.projects', null, english)).toBe('unit.projects');
    // Units that do not change after one stay as they are.
    expect(unitKeyOf('unit.inhabitants', 1, english)).toBe('unit.inhabitants');
  });

  it('writes the unit of one in the tip and beside a figure', () => {
    const one = { ...ctx, projectCounts: new Map([['2480', 1]]) };
    const words = { unit: 'projects', unitOne: 'project', plural: english, noData: 'no data' };
    const metric = resolveMetric('projects', one);
    expect(metricTip(metric, umea, words, en).value).toBe('1 project');
    expect(metricTip(metric, lulea, words, en).value).toBe('0 projects');
    const text = describeMetric(metric, (key) => (key === 'unit.project' ? 'project' : key));
    expect(unitAfter(text, 1, english)).toBe('project');
    expect(unitAfter(text, 3, english)).toBe('unit.projects');
  });
});
