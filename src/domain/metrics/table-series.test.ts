import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, readFailure, readOk } from './read.fixture';
import { MAX_YEARS } from './series';
import { workbook } from './workbook.fixture';

/** The bytes of a text in Windows-1252 (Latin-1 here), as SCB's CSV export writes them. */
function latin1(text: string): ArrayBuffer {
  const bytes = Uint8Array.from(Buffer.from(text, 'latin1'));
  return bytes.buffer;
}
const fixtureText = (file: string) =>
  readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');

describe("SCB's PxWeb CSV, regions as rows and years as columns", () => {
  it('reads "2580 Luleå" by years, Sweden and the counties apart, in Windows-1252', async () => {
    const { result, encoding } = await readOk({
      bytes: latin1(fixtureText('scb-folkmangd-2016-2020.csv')),
    });
    expect(encoding).toBe('windows-1252');
    expect(result.format).toBe('wide-table');
    expect(result.title).toBe('Folkmängd efter region och år');
    expect(result.measures).toHaveLength(1);
    const measure = result.measures[0]!;
    expect(measure).toMatchObject({ name: 'Folkmängd', years: [2016, 2017, 2018, 2019, 2020] });
    expect(measure.municipalities['2580']).toEqual([76770, 77470, 77832, 78105, 78549]);
    expect(Object.keys(measure.municipalities).sort()).toEqual(
      ['2480', '2482', '2506', '2580', '2581', '2582', '2584'].sort(),
    );
    expect(measure.references).toEqual({
      '00': [9995153, 10120242, 10230185, 10327589, 10379295],
      '25': [250570, 250497, 250093, 249693, 249677],
      '24': [265881, 267196, 268465, 270154, 271736],
    });
    // SCB's ".." is no data: Kiruna has no 2019, Arjeplog no 2018.
    expect(measure.municipalities['2584']).toEqual([23167, 23099, 22987, null, 22841]);
    expect(measure.municipalities['2506']).toEqual([2876, 2852, null, 2833, 2796]);
    expect(result.outsideMap).toEqual({ count: 1, examples: ['0180 Stockholm'] });
    expect(result.rejectedCount).toBe(0);
  });

  it('names the measure after the year in "Folkmängd 2016", as the PxWeb API writes', async () => {
    const text = 'region;Folkmängd 2019;Folkmängd 2020\n2580 Luleå;78 549;78 690\n';
    const { result } = await readOk({ text });
    expect(result.measures[0]).toMatchObject({
      name: 'Folkmängd',
      years: [2019, 2020],
      municipalities: { '2580': [78549, 78690] },
    });
  });

  it('gives each gender and age of the other columns its own measure', async () => {
    const text = [
      '"region","ålder","kön","2019","2020"',
      '"2580 Luleå","20-64 år","män",100,101',
      '"2580 Luleå","20-64 år","kvinnor",90,91',
      '"2582 Boden","20-64 år","män",50,"..',
      '"2582 Boden","20-64 år","kvinnor",40,41',
    ].join('\n');
    const { result } = await readOk({ text: text.replace('"..', '".."') });
    expect(result.measures.map((m) => [m.gender, m.qualifiers])).toEqual([
      ['K', []],
      ['M', []],
    ]);
    expect(result.measures[1]!.municipalities).toEqual({ '2580': [100, 101], '2582': [50, null] });
  });

  it('refuses a year column "20x6" and a year out of range, and reads the others', async () => {
    const text = 'region;2016;2017;20x6;1066\n2580 Luleå;1;2;3;4\n2582 Boden;5;6;7;8\n';
    const { result } = await readOk({ text });
    expect(result.measures[0]).toMatchObject({
      years: [2016, 2017],
      municipalities: { '2580': [1, 2], '2582': [5, 6] },
    });
    expect(result.rejected).toEqual([
      {
        at: { kind: 'line', line: 1, column: '20x6' },
        reason: { code: 'notAYear', value: '20x6' },
      },
      {
        at: { kind: 'line', line: 1, column: '1066' },
        reason: { code: 'yearOutOfRange', year: 1066, min: 1900, max: 2100 },
      },
    ]);
  });

  it('refuses a column of numbers without a year, and says so of a note under the table', async () => {
    const text = [
      '"Folkmängd efter region och år"',
      '',
      '"region";"2019";"2020";"Area"',
      '"2580 Luleå";1;2;2100',
      '',
      '"Uppgifterna avser 31 december."',
    ].join('\r\n');
    const { result } = await readOk({ text });
    expect(result.rejected).toEqual([
      {
        at: { kind: 'line', line: 3, column: 'Area' },
        reason: { code: 'columnWithoutYear', column: 'Area' },
      },
      {
        at: { kind: 'line', line: 6 },
        reason: { code: 'textLine', text: 'Uppgifterna avser 31 december.' },
      },
    ]);
  });

  it("leaves aside a column that only repeats each region's county", async () => {
    const text = 'Kommun;Län;2019;2020\nLuleå;Norrbottens län;1;2\nUmeå;Västerbottens län;3;4\n';
    const { result } = await readOk({ text });
    expect(result.measures).toHaveLength(1);
    expect(result.measures[0]!.municipalities).toEqual({ '2580': [1, 2], '2480': [3, 4] });
  });

  it('keeps the first row of a region, and refuses a later one with its line', async () => {
    const { result } = await readOk({ text: 'region;2019;2020\n2580;1;2\n2580;3;4\n' });
    expect(result.measures[0]!.municipalities['2580']).toEqual([1, 2]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      { code: 'duplicateYear', region: '2580 Luleå', year: 2019, firstLine: 2 },
      { code: 'duplicateYear', region: '2580 Luleå', year: 2020, firstLine: 2 },
    ]);
  });

  it('reads a year with no value anywhere as a year without data', async () => {
    const { result } = await readOk({ text: 'region;2019;2020;2021\n2580;1;..;2\n2582;3;..;4\n' });
    expect(result.measures[0]).toMatchObject({
      years: [2019, 2020, 2021],
      municipalities: { '2580': [1, null, 2], '2582': [3, null, 4] },
    });
  });

  it(`refuses a table of 10 000 year columns: a series has at most ${MAX_YEARS}`, async () => {
    const years = Array.from({ length: 10_000 }, (_, i) => 1000 + i);
    const text = `region;${years.join(';')}\n2580;${years.map(() => 1).join(';')}\n`;
    expect(await readFailure({ text })).toEqual({ code: 'tooManyYears', max: MAX_YEARS });
  });
});

describe("SCB's PxWeb CSV in the long layout, one row per region and year", () => {
  it('reads region;kön;år;value with decimal commas, a measure per gender', async () => {
    const { result } = await readOk({ bytes: fixtureBytes('scb-forvarvsfrekvens-long.csv') });
    expect(result.format).toBe('long-table');
    expect(result.measures.map((m) => m.gender)).toEqual(['T', 'K', 'M']);
    const total = result.measures[0]!;
    expect(total).toMatchObject({ name: 'Andel förvärvsarbetande, procent', years: [2018, 2019] });
    expect(total.municipalities).toEqual({ '2580': [80.6, 80.9], '2584': [82.2, null] });
    expect(total.references).toEqual({ '25': [79, 79.4], '00': [78.1, 78.3] });
    // Kiruna's men have 2018 only: a municipality that misses a year.
    expect(result.measures[2]!.municipalities['2584']).toEqual([84, null]);
    expect(result.rejectedCount).toBe(0);
  });

  it('reads the kommunkod table with a year column, its gaps, duplicates and bad years', async () => {
    const { result } = await readOk({ bytes: fixtureBytes('kommun-table-years.csv') });
    expect(result.format).toBe('long-table');
    expect(result.measures).toHaveLength(1);
    expect(result.measures[0]).toMatchObject({
      name: 'antal',
      years: [2018, 2019, 2020],
      municipalities: { '2580': [12, 15, 9], '2584': [4, null, 7], '2582': [null, 3, null] },
      references: { '00': [null, 1204, null] },
    });
    expect(result.rejected).toEqual([
      {
        at: { kind: 'line', line: 8 },
        reason: { code: 'duplicateYear', region: '2582 Boden', year: 2019, firstLine: 7 },
      },
      { at: { kind: 'line', line: 10 }, reason: { code: 'notAYear', value: '20x6' } },
      {
        at: { kind: 'line', line: 11 },
        reason: { code: 'yearOutOfRange', year: 1066, min: 1900, max: 2100 },
      },
    ]);
  });

  it('sets aside a row for a gender other than total, women and men', async () => {
    const { result } = await readOk({
      text: 'kommun;år;kön;värde\nLuleå;2019;T;1\nLuleå;2019;X;2\n',
    });
    expect(result.measures[0]!.municipalities).toEqual({ '2580': [1] });
    expect(result.rejected).toEqual([
      { at: { kind: 'line', line: 3 }, reason: { code: 'unknownGender', value: 'X' } },
    ]);
  });

  it(`refuses a long table of 10 000 years`, async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `2580;${i + 1};1`);
    expect(await readFailure({ text: ['kod;år;värde', ...rows].join('\n') })).toEqual({
      code: 'tooManyYears',
      max: MAX_YEARS,
    });
  });

  it('refuses a table of regions and years with no column of numbers', async () => {
    expect(await readFailure({ text: 'kommun;år;not\nLuleå;2019;bra\n' })).toEqual({
      code: 'noValueColumn',
    });
  });
});

describe("Kolada's table export (CSV and Excel)", () => {
  it('reads Kommun-id;Kommun;Nyckeltals-id;Nyckeltal;År;Kön;Värde: a measure per KPI and gender', async () => {
    const { result } = await readOk({ bytes: fixtureBytes('kolada-table.csv') });
    expect(result.format).toBe('long-table');
    expect(result.measures.map((m) => [m.code, m.gender, m.name])).toEqual([
      ['N01951', 'T', 'Invånare totalt, antal'],
      ['N00901', 'T', 'Skattesats till kommun, %'],
      ['N01951', 'K', 'Invånare totalt, antal'],
      ['N01951', 'M', 'Invånare totalt, antal'],
    ]);
    const [population, tax] = result.measures;
    expect(population).toMatchObject({
      source: 'Kolada',
      years: [2019, 2020],
      municipalities: { '2580': [78549, 78690], '2584': [22944, null] },
      references: { '00': [10327589, 10379295], '25': [249693, 249677] },
    });
    expect(tax!.municipalities).toEqual({ '2580': [22.8, 22.8], '2584': [22.55, 22.55] });
    // Kolada's group of similar municipalities is not a region of the map.
    expect(result.rejected).toEqual([
      { at: { kind: 'line', line: 18 }, reason: { code: 'unknownMunicipality', name: 'G33' } },
    ]);
  });

  it('reads the same layout from an Excel workbook, its title row above the header', async () => {
    const bytes = workbook([
      ['Invånare totalt, antal'],
      [],
      ['Kommun', 'Kommun-id', 'År', 'Kön', 'Värde'],
      ['Luleå', '2580', 2019, 'T', 78549],
      ['Luleå', '2580', 2020, 'T', 78690],
      ['Riket', '0000', 2020, 'T', 10379295],
      ['Kiruna', '2584', 2020, 'Totalt', 22841.5],
    ]);
    const { result, container, encoding } = await readOk({ bytes });
    expect([container, encoding]).toEqual(['xlsx', null]);
    expect(result.title).toBe('Invånare totalt, antal');
    expect(result.measures[0]).toMatchObject({
      gender: 'T',
      years: [2019, 2020],
      municipalities: { '2580': [78549, 78690], '2584': [null, 22841.5] },
      references: { '00': [null, 10379295] },
    });
    expect(result.notes).toEqual([]);
  });

  it("reads SCB's Excel export (years as columns) and notes a workbook of several sheets", async () => {
    const bytes = workbook(
      [
        ['Folkmängd efter region och år'],
        ['region', '2019', '2020'],
        ['2580 Luleå', 78549, 78690],
        ['25 Norrbottens län', 249693, '..'],
        [114, 1, 2],
      ],
      2,
    );
    const { result } = await readOk({ bytes });
    expect(result.measures[0]).toMatchObject({
      name: 'Folkmängd',
      municipalities: { '2580': [78549, 78690] },
      references: { '25': [249693, null] },
    });
    expect(result.outsideMap.count).toBe(1);
    expect(result.notes).toEqual([{ code: 'firstSheetOnly', sheet: 'Blad1', sheets: 2 }]);
  });

  it('refuses a workbook it cannot open, and one whose first sheet is empty', async () => {
    const broken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]).buffer;
    expect(await readFailure({ bytes: broken })).toMatchObject({ code: 'unreadable' });
    expect(await readFailure({ bytes: workbook([]) })).toEqual({ code: 'emptyWorkbook' });
  });
});

describe('the plain table without years', () => {
  it('comes back as undated columns with references apart, as it is read today', async () => {
    const { result } = await readOk({
      text: 'Kommun;Mottagna;Andel\nUmeå;12;1,5\nRiket;900;0,8\n',
    });
    expect(result.format).toBe('kommun-table');
    expect(result.measures).toEqual([
      expect.objectContaining({
        name: 'Mottagna',
        years: null,
        municipalities: { '2480': [12] },
        references: { '00': [900] },
      }),
      expect.objectContaining({ name: 'Andel', years: null, municipalities: { '2480': [1.5] } }),
    ]);
  });

  it('keeps a single column named after a year as a plain column, as it was always read', async () => {
    const { result } = await readOk({ text: 'Kommun;Mottagna 2016;Andel\nUmeå;12;1,5\n' });
    expect(result.format).toBe('kommun-table');
    expect(result.measures.map((m) => m.name)).toEqual(['Mottagna 2016', 'Andel']);
    const alone = await readOk({ text: 'Kommun;Mottagna 2016\nUmeå;12\nUmeå;7\n' });
    expect(alone.result.format).toBe('kommun-table');
    expect(alone.result.rejected[0]!.reason).toEqual({
      code: 'duplicate',
      municipality: '2480 Umeå',
      firstLine: 2,
    });
  });
});
