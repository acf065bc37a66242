import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import type { Municipality } from '../municipality';
import { importTemplateCsv, metricCsv } from './export';
import { decodeTableBytes, importTable } from './import-csv';

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

  /** The cells of the one data row of a table with the given name, value and source. */
  const row = (name: string, value: number | null, source = 'källa') =>
    Papa.parse<string[]>(
      metricCsv([m('2480', name)], new Map([['2480', value]]), { metric: 'x', source }).trim(),
    ).data[1];

  it('writes a negative number as a number: -5 stays -5', () => {
    expect(row('Umeå', -5)).toEqual(['2480', 'Umeå', 'Västerbottens län', '-5', 'källa']);
    expect(row('Umeå', -0.125)![3]).toBe('-0.125');
    expect(row('Umeå', -1234.56789)![3]).toBe('-1234.568');
  });

  it('writes the largest numbers as they are: rounding them would overflow to Infinity', () => {
    expect(row('Umeå', Number.MAX_VALUE)![3]).toBe('1.7976931348623157e+308');
    expect(row('Umeå', -Number.MAX_VALUE)![3]).toBe('-1.7976931348623157e+308');
  });

  it.each(['-5', '=cmd', '+x', '@x', '\tx', '=1+2', "-2+3,'"])(
    'guards the text cell %j with an apostrophe',
    (text) => {
      expect(row(text, 1)![1]).toBe(`'${text}`);
      expect(row('Umeå', 1, text)![4]).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(row('Överkalix', 1)![1]).toBe('Överkalix');
    expect(row('Umeå', 1, 'SCB, 2016 – preliminär')![4]).toBe('SCB, 2016 – preliminär');
  });

  it.each([Infinity, -Infinity, NaN])('never exports %d: the cell is empty, no data', (value) => {
    const csv = metricCsv([m('2480', 'Umeå')], new Map([['2480', value]]), {
      metric: 'x',
      source: 'y',
    });
    expect(csv).not.toMatch(/Infinity|NaN/);
    expect(row('Umeå', value)![3]).toBe('');
  });

  it('keeps a finite number near the largest double finite', () => {
    expect(Number(row('Umeå', 1e306)![3])).toBe(1e306);
  });
});

describe('importTemplateCsv', () => {
  const focus = Object.entries(FOCUS_MUNICIPALITY_NAMES).map(([code, name]) => m(code, name));

  it('lists the 29 municipalities by kommunkod with their names and an empty value column', () => {
    const template = importTemplateCsv([...focus, m('2284', 'Örnsköldsvik', false)]);
    expect(template.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(template.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(['kommunkod', 'kommun', 'värde']);
    const body = rows.slice(1);
    expect(body).toHaveLength(29);
    expect(Object.fromEntries(body.map(([code, name]) => [code, name]))).toEqual(
      FOCUS_MUNICIPALITY_NAMES,
    );
    expect(body.map(([code]) => code)).toEqual(Object.keys(FOCUS_MUNICIPALITY_NAMES).sort());
    expect(body.every((cells) => cells.length === 3 && cells[2] === '')).toBe(true);
  });

  it('is read back by the import: 29 municipalities, nothing rejected, values once filled in', () => {
    const template = importTemplateCsv(focus);
    const refs = focus.map(({ code, name }) => ({ code, name }));
    const bytes = new TextEncoder().encode(template);
    const { text, encoding } = decodeTableBytes(bytes);
    expect(encoding).toBe('utf-8');
    const empty = importTable(text, refs);
    expect(empty).toMatchObject({ keyColumn: 'kommunkod', accepted: 29, rejectedCount: 0 });
    expect(empty.columns).toEqual([]);
    const filled = text.replace(/;\r\n/g, (_, offset: number) => `;${offset % 7},5\r\n`);
    const result = importTable(filled, refs);
    expect(result.rejected).toEqual([]);
    expect(result.columns.map((c) => c.name)).toEqual(['värde']);
    expect(result.columns[0]!.values.size).toBe(29);
  });
});
