import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import type { Municipality } from '../municipality';
import {
  CSV_CONVENTIONS,
  importTemplateCsv,
  metricCsv,
  metricExport,
  metricSheet,
  metricTable,
  type MetricTableInput,
  type TableWords,
} from './export';
import { decodeTableBytes, importTable } from './import-csv';
import { readImport } from './import-input';
import type { ResolvedMetric } from './registry';

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

// The headers the import reads back (kommunkod, kommun); the interface's words are in src/i18n.
const SV_WORDS: TableWords = {
  ...{ code: 'kommunkod', municipality: 'kommun', county: 'län' },
  ...{ source: 'källa', unit: 'Enhet', year: 'År' },
};

/** A table of one year's values of a metric named "x", with the given source. */
const tableOf = (
  municipalities: Municipality[],
  values: Map<string, number | null>,
  text: Partial<MetricTableInput> = {},
) =>
  metricTable(
    municipalities,
    {
      title: 'x',
      unit: 'u',
      period: '2016',
      source: 'y',
      columns: [{ year: null, values }],
      ...text,
    },
    SV_WORDS,
  );

/** The cells of a CSV as a spreadsheet of the language reads them (its BOM checked and left out). */
function parsed(csv: string, language: 'sv' | 'en' = 'en'): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1).trim(), {
    delimiter: CSV_CONVENTIONS[language].delimiter,
  }).data;
}

describe('metricCsv', () => {
  it('writes one row per focus municipality, no data as an empty cell, with the source', () => {
    const table = tableOf(
      [m('2480', 'Umeå'), m('2403', 'Bjurholm'), m('2284', 'Örnsköldsvik', false)],
      new Map([
        ['2480', 122892],
        ['2403', null],
      ]),
      { title: 'Folkmängd', source: 'SCB, 2016-12-31' },
    );
    expect(parsed(metricCsv(table, CSV_CONVENTIONS.en))).toEqual([
      ['kommunkod', 'kommun', 'län', 'Folkmängd', 'källa'],
      ['2480', 'Umeå', 'Västerbottens län', '122892', 'SCB, 2016-12-31'],
      ['2403', 'Bjurholm', 'Västerbottens län', '', 'SCB, 2016-12-31'],
    ]);
  });

  it('in Swedish: semicolons, a decimal comma, no thousands separator, a byte-order mark', () => {
    const table = tableOf(
      [m('2505', 'Arvidsjaur'), m('2480', 'Umeå')],
      new Map([
        ['2505', 3.105],
        ['2480', 122892],
      ]),
      { title: 'Projekt per 10 000 invånare', source: 'Beräknat: projekt; folkmängd' },
    );
    const csv = metricCsv(table, CSV_CONVENTIONS.sv);
    expect(csv).toBe(
      '\uFEFFkommunkod;kommun;län;Projekt per 10 000 invånare;källa\r\n' +
        '2505;Arvidsjaur;Västerbottens län;3,105;"Beräknat: projekt; folkmängd"\r\n' +
        '2480;Umeå;Västerbottens län;122892;"Beräknat: projekt; folkmängd"\r\n',
    );
    expect(parsed(csv, 'sv')[1]).toEqual([
      '2505',
      'Arvidsjaur',
      'Västerbottens län',
      '3,105',
      'Beräknat: projekt; folkmängd',
    ]);
  });

  it('in English: commas and a decimal point, a comma in a text quoted', () => {
    const table = tableOf([m('2505', 'Arvidsjaur')], new Map([['2505', -3.1054]]), {
      source: 'SCB, 2016',
    });
    expect(metricCsv(table, CSV_CONVENTIONS.en)).toBe(
      '\uFEFFkommunkod,kommun,län,x,källa\r\n2505,Arvidsjaur,Västerbottens län,-3.105,"SCB, 2016"\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const language of ['sv', 'en'] as const) {
      const table = tableOf([m('2480', '=HYPERLINK("x")')], new Map([['2480', 1]]));
      expect(metricCsv(table, CSV_CONVENTIONS[language])).toContain(`"'=HYPERLINK(""x"")"`);
    }
  });

  /** The cells of the one data row of a table with the given name, value and source. */
  const row = (
    name: string,
    value: number | null,
    source = 'källa',
    language: 'sv' | 'en' = 'en',
  ) =>
    parsed(
      metricCsv(
        tableOf([m('2480', name)], new Map([['2480', value]]), { source }),
        CSV_CONVENTIONS[language],
      ),
      language,
    )[1];

  it('writes a negative number as a number: -5 stays -5', () => {
    expect(row('Umeå', -5)).toEqual(['2480', 'Umeå', 'Västerbottens län', '-5', 'källa']);
    expect(row('Umeå', -0.125)![3]).toBe('-0.125');
    expect(row('Umeå', -1234.56789)![3]).toBe('-1234.568');
    expect(row('Umeå', -1234.56789, 'k', 'sv')![3]).toBe('-1234,568');
  });

  it('writes the largest numbers as they are: rounding them would overflow to Infinity', () => {
    expect(row('Umeå', Number.MAX_VALUE)![3]).toBe('1.7976931348623157e+308');
    expect(row('Umeå', -Number.MAX_VALUE)![3]).toBe('-1.7976931348623157e+308');
    expect(row('Umeå', Number.MAX_VALUE, 'k', 'sv')![3]).toBe('1,7976931348623157e+308');
  });

  it.each(['-5', '=cmd', '+x', '@x', '\tx', '\rx', '=1+2', "-2+3,'", '-2+3;x'])(
    'guards the text cell %j with an apostrophe, in both languages',
    (text) => {
      for (const language of ['sv', 'en'] as const) {
        expect(row(text, 1, 'k', language)![1]).toBe(`'${text}`);
        expect(row('Umeå', 1, text, language)![4]).toBe(`'${text}`);
      }
    },
  );

  it('leaves ordinary text alone', () => {
    expect(row('Överkalix', 1)![1]).toBe('Överkalix');
    expect(row('Umeå', 1, 'SCB, 2016 – preliminär')![4]).toBe('SCB, 2016 – preliminär');
    expect(row('Umeå', 1, 'SCB, 2016 – preliminär', 'sv')![4]).toBe('SCB, 2016 – preliminär');
  });

  it.each([Infinity, -Infinity, NaN])('never exports %d: the cell is empty, no data', (value) => {
    const table = tableOf([m('2480', 'Umeå')], new Map([['2480', value]]));
    for (const language of ['sv', 'en'] as const)
      expect(metricCsv(table, CSV_CONVENTIONS[language])).not.toMatch(/Infinity|NaN/);
    expect(row('Umeå', value)![3]).toBe('');
  });

  it('keeps a finite number near the largest double finite', () => {
    expect(Number(row('Umeå', 1e306)![3])).toBe(1e306);
  });
});

/** A stored measure over time: Umeå and Bjurholm in 2014, 2015 (a gap for Bjurholm) and 2016. */
const series = {
  version: 2,
  id: 'import:mottagna',
  name: 'Mottagna',
  unit: 'personer',
  source: 'Kolada',
  code: 'N00001',
  gender: null,
  years: [2014, 2015, 2016],
  municipalities: { '2480': [10, 12.5, 14], '2403': [1, null, 3] },
  references: { '00': [100, 110, 120] },
};

describe('a measure over time', () => {
  const imported = {
    id: 'import:mottagna',
    name: 'Mottagna',
    unit: 'personer',
    year: '2016',
    source: 'Kolada',
    values: { '2480': 14, '2403': 3 },
    seriesRecord: series,
  };
  const resolved = (record: unknown): ResolvedMetric => ({
    id: imported.id,
    builtIn: null,
    imported: { ...imported, seriesRecord: record },
    values: new Map([
      ['2480', 14],
      ['2403', 3],
    ]),
    view: { kind: 'classed' } as unknown as ResolvedMetric['view'],
    counts: false,
    digits: 2,
  });
  const municipalities = [m('2480', 'Umeå'), m('2403', 'Bjurholm')];
  const text = { title: 'Mottagna', unit: 'personer', source: 'Källa: Kolada' };

  it('is exported wide: a column per year, named with the year, gaps empty', () => {
    // The title of the year the map shows does not head the columns of the other years.
    const shown = { ...text, title: 'Mottagna 2016' };
    const metric = resolved(series);
    metric.imported!.name = 'Mottagna 2016';
    const { input, table } = metricExport(municipalities, metric, shown, SV_WORDS);
    expect(input.period).toBe('2014–2016');
    expect(input.title).toBe('Mottagna');
    expect(parsed(metricCsv(table, CSV_CONVENTIONS.sv), 'sv')).toEqual([
      ['kommunkod', 'kommun', 'län', 'Mottagna 2014', 'Mottagna 2015', 'Mottagna 2016', 'källa'],
      ['2480', 'Umeå', 'Västerbottens län', '10', '12,5', '14', 'Källa: Kolada'],
      ['2403', 'Bjurholm', 'Västerbottens län', '1', '', '3', 'Källa: Kolada'],
    ]);
  });

  it('is read back by the import as a measure over those years', async () => {
    const { table } = metricExport(municipalities, resolved(series), text, SV_WORDS);
    const csv = metricCsv(table, CSV_CONVENTIONS.sv);
    const bytes = new TextEncoder().encode(csv);
    const outcome = await readImport({
      source: { bytes: bytes.buffer },
      municipalities: municipalities.map(({ code, name }) => ({ code, name })),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.rejectedCount).toBe(0);
    expect(outcome.result.measures).toHaveLength(1);
    expect(outcome.result.measures[0]).toMatchObject({
      years: [2014, 2015, 2016],
      municipalities: { '2480': [10, 12.5, 14], '2403': [1, null, 3] },
    });
  });

  it('of one year, or a record that does not read, is the metric of today: one column', () => {
    for (const record of [
      { ...series, years: [2016], municipalities: { '2480': [14] }, references: {} },
      { ...series, years: [2016, 2015] },
      'not a record',
      undefined,
    ]) {
      const { input, table } = metricExport(municipalities, resolved(record), text, SV_WORDS);
      expect(input.columns).toHaveLength(1);
      expect(input.period).toBe('2016');
      expect(table.header).toEqual(['kommunkod', 'kommun', 'län', 'Mottagna', 'källa']);
      expect(table.rows[0]).toEqual(['2480', 'Umeå', 'Västerbottens län', 14, 'Källa: Kolada']);
    }
  });
});

describe('metricSheet', () => {
  const input: MetricTableInput = {
    title: 'Folkmängd',
    unit: 'invånare',
    period: '2016-12-31',
    source: 'Källa: SCB',
    columns: [
      {
        year: null,
        values: new Map([
          ['2480', 122892.5],
          ['2403', null],
          ['2409', NaN],
        ]),
      },
    ],
  };
  const municipalities = [m('2480', 'Umeå'), m('2403', 'Bjurholm'), m('2409', '=cmd|x')];

  it('names the measure, its unit, year and source above the table; numbers are numbers', () => {
    const table = metricTable(municipalities, input, SV_WORDS);
    const rows = metricSheet(table, input, SV_WORDS);
    expect(rows.slice(0, 6)).toEqual([
      [{ kind: 'text', value: 'Folkmängd', bold: true }],
      [
        { kind: 'text', value: 'Enhet' },
        { kind: 'text', value: 'invånare' },
      ],
      [
        { kind: 'text', value: 'År' },
        { kind: 'text', value: '2016-12-31' },
      ],
      [
        { kind: 'text', value: 'källa' },
        { kind: 'text', value: 'Källa: SCB' },
      ],
      [],
      ['kommunkod', 'kommun', 'län', 'Folkmängd', 'källa'].map((value) => ({
        kind: 'text',
        value,
        bold: true,
      })),
    ]);
    expect(rows[6]![3]).toEqual({ kind: 'number', value: 122892.5 });
    // No data, and a number that is not finite: an empty cell, never 0 or "NaN".
    expect(rows[7]![3]).toBeNull();
    expect(rows[8]![3]).toBeNull();
  });

  it('guards every text cell as the CSV does, the metadata too', () => {
    const hostile = { ...input, title: '=HYPERLINK("x")', unit: '+1', source: '@SUM(A1)' };
    const table = metricTable(municipalities, hostile, SV_WORDS);
    const texts = metricSheet(table, hostile, SV_WORDS)
      .flat()
      .flatMap((c) => (c?.kind === 'text' ? [c.value] : []));
    expect(texts).toContain(`'=HYPERLINK("x")`);
    expect(texts).toContain("'+1");
    expect(texts).toContain("'@SUM(A1)");
    expect(texts).toContain("'=cmd|x");
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
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
