import { describe, expect, it } from 'vitest';
import { numberFormat } from '../intl';
import { ctx } from './context.fixture';
import { countyFigureLabels, metricTip } from './metric-text';
import { resolveMetric } from './registry';

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
    expect(tip).toEqual({ name: 'Luleå', value: '4,5 per 1 000 inv. (Norrbotten)', noData: false });
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
