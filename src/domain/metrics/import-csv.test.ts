import { describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import { importTable, parseSwedishNumber, type ImportResult } from './import-csv';

const MUNICIPALITIES = Object.entries(FOCUS_MUNICIPALITY_NAMES).map(([code, name]) => ({
  code,
  name,
}));

function column(result: ImportResult, name: string): Record<string, number> {
  const found = result.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return Object.fromEntries(found.values);
}

describe('parseSwedishNumber', () => {
  it.each([
    ['1 124', 1124],
    ['1\u00a0124', 1124],
    ['1\u202f124', 1124],
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['-2', -2],
    ['\u22122', -2],
    ['12 345,67', 12345.67],
    ['122 892', 122892],
    [' 42 ', 42],
    ['0', 0],
    [',5', 0.5],
  ])('reads %j as %d', (text, expected) => {
    expect(parseSwedishNumber(text)).toBe(expected);
  });

  it.each(['', '  ', 'abc', '1.2.3', '1,2,3', '12 34', '1 2345', '3,5 %', '1e3', '-', '1,234.5'])(
    'rejects %j',
    (text) => {
      expect(parseSwedishNumber(text)).toBeNull();
    },
  );
});

describe('importTable', () => {
  it('keeps good rows and reports each bad one with its line and reason', () => {
    const text = [
      'Kommunkod,Kommun,Mottagna 2016,Andel',
      '2480,Umeå,"1 124","3,5"',
      '9999,Okänd,12,1',
      '',
      '2580,Luleå,abc,"2,25"',
      '2480,Umeå,5,5',
      ',Ingen,7,7',
      '2582,Boden,,0.5',
    ].join('\n');
    const result = importTable(text, MUNICIPALITIES);

    expect(result.keyColumn).toBe('Kommunkod');
    expect(result.accepted).toBe(3);
    expect(result.columns.map((c) => c.name)).toEqual(['Mottagna 2016', 'Andel']);
    expect(column(result, 'Mottagna 2016')).toEqual({ '2480': 1124 });
    expect(column(result, 'Andel')).toEqual({ '2480': 3.5, '2580': 2.25, '2582': 0.5 });
    expect(result.rejected).toEqual([
      { line: 3, reason: 'unknown-municipality', detail: '"9999"' },
      { line: 5, reason: 'not-a-number', detail: 'column "Mottagna 2016": "abc"' },
      { line: 6, reason: 'duplicate', detail: '2480 Umeå already on line 2' },
      { line: 7, reason: 'missing-key', detail: 'no municipality in "Kommunkod"' },
    ]);
  });

  it('matches names instead of codes, ignoring case, accents and "kommun"', () => {
    const text = [
      'Kommun;Invånare',
      'Umeå kommun;122 892',
      'LULEÅ;76 770',
      'alvsbyn;8 193',
      'Bodens kommun;28 042',
      'Haparanda stad;9 864',
      'Stockholm;949 761',
    ].join('\n');
    const result = importTable(text, MUNICIPALITIES);
    expect(column(result, 'Invånare')).toEqual({
      '2480': 122892,
      '2580': 76770,
      '2560': 8193,
      '2582': 28042,
      '2583': 9864,
    });
    expect(result.rejected).toEqual([
      { line: 7, reason: 'unknown-municipality', detail: '"Stockholm"' },
    ]);
  });

  it('reads semicolon files with decimal commas', () => {
    const text = 'Kod;Andel utrikes födda;Antal\r\n2480;11,8;14 500\r\n2584;9,1;2 100\r\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(column(result, 'Andel utrikes födda')).toEqual({ '2480': 11.8, '2584': 9.1 });
    expect(column(result, 'Antal')).toEqual({ '2480': 14500, '2584': 2100 });
    expect(result.rejected).toEqual([]);
  });

  it('reads a table pasted from a spreadsheet (tabs, no-break spaces, empty cells)', () => {
    // As copied from LibreOffice/Excel: tab-separated, formatted numbers, a trailing empty line.
    const text =
      'Municipality\tPopulation\tShare\tNote\n' +
      'Umeå\t122\u00a0892\t0,37\tlargest\n' +
      'Kiruna\t23\u00a0167\t\t\n' +
      'Sorsele\t2\u00a0535\t0,12\tsmallest\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(result.keyColumn).toBe('Municipality');
    expect(result.columns.map((c) => c.name)).toEqual(['Population', 'Share']);
    expect(column(result, 'Population')).toEqual({ '2480': 122892, '2584': 23167, '2422': 2535 });
    // Kiruna's empty Share cell is no data, not an error, and not zero.
    expect(column(result, 'Share')).toEqual({ '2480': 0.37, '2422': 0.12 });
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toBe(3);
  });

  it('accepts codes with extra text and codes that lost their leading zero', () => {
    // SCB's Statistikdatabasen writes "2480 Umeå"; a spreadsheet turns "0114" into 114.
    const text = 'Kommun,Value\n2480 Umeå,1\n114,2\n2481 Lycksele kommun,3\n';
    const result = importTable(text, [...MUNICIPALITIES, { code: '0114', name: 'Upplands Väsby' }]);
    expect(column(result, 'Value')).toEqual({ '2480': 1, '0114': 2, '2481': 3 });
  });

  it('does not take a second identifying column (codes beside names) for data', () => {
    const text = 'Kommun;Kommunkod;Län;Värde\nUmeå;2480;Västerbottens län;7\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(result.keyColumn).toBe('Kommun');
    expect(result.columns.map((c) => c.name)).toEqual(['Värde']);
  });

  it('counts lines across quoted cells that span lines', () => {
    const text = 'Kod,Kommentar,Värde\n2480,"två\nrader",1\n2580,ok,x\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(result.rejected).toEqual([
      { line: 4, reason: 'not-a-number', detail: 'column "Värde": "x"' },
    ]);
  });

  it('skips separator-only lines and a byte-order mark', () => {
    const text = '\uFEFFKod;Värde\n;;\n2480;1\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(result.keyColumn).toBe('Kod');
    expect(column(result, 'Värde')).toEqual({ '2480': 1 });
  });

  it('throws only without a header or a key column', () => {
    expect(() => importTable('', MUNICIPALITIES)).toThrow(/header/);
    expect(() => importTable('\n  \n', MUNICIPALITIES)).toThrow(/header/);
    expect(() => importTable('Värde;Antal\n1;2', MUNICIPALITIES)).toThrow(/municipality/);
  });
});
