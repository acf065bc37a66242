import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Municipality } from '../municipality';
import { metricCsv } from './export';

const m = (code: string, name: string, focus = true): Municipality => ({
  id: Number(code),
  code,
  name,
  countyCode: code.slice(0, 2),
  countyName: 'Västerbottens län',
  focus,
  population: 1,
  areaTotalKm2: 1,
  areaLandKm2: 1,
  labelLon: 0,
  labelLat: 0,
  neighbours: [],
});

describe('metricCsv', () => {
  it('writes one row per focus municipality, no data as an empty cell, with the source', () => {
    const csv = metricCsv(
      [m('2480', 'Umeå'), m('2403', 'Bjurholm'), m('2284', 'Örnsköldsvik', false)],
      new Map([
        ['2480', 122892],
        ['2403', null],
      ]),
      {
        metric: 'Folkmängd',
        source: 'SCB, 2016-12-31',
      },
    );
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows).toEqual([
      ['kommunkod', 'kommun', 'län', 'Folkmängd', 'källa'],
      ['2480', 'Umeå', 'Västerbottens län', '122892', 'SCB, 2016-12-31'],
      ['2403', 'Bjurholm', 'Västerbottens län', '', 'SCB, 2016-12-31'],
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = metricCsv([m('2480', '=HYPERLINK("x")')], new Map([['2480', 1]]), {
      metric: 'x',
      source: 'y',
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
