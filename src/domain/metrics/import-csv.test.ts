import { describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import {
  decodeTableBytes,
  importTable,
  ImportTableError,
  MAX_LISTED_REJECTIONS,
  parseSwedishNumber,
  type ImportResult,
} from './import-csv';

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
      { line: 3, reason: { code: 'unknownMunicipality', name: '9999' } },
      { line: 5, reason: { code: 'notANumber', column: 'Mottagna 2016', value: 'abc' } },
      { line: 6, reason: { code: 'duplicate', municipality: '2480 Umeå', firstLine: 2 } },
      { line: 7, reason: { code: 'missingKey', column: 'Kommunkod' } },
    ]);
    expect(result.rejectedCount).toBe(4);
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
      { line: 7, reason: { code: 'unknownMunicipality', name: 'Stockholm' } },
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
      { line: 4, reason: { code: 'notANumber', column: 'Värde', value: 'x' } },
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

  it('gives the reason it throws as a code the interface translates', () => {
    const failure = (text: string) => {
      try {
        importTable(text, MUNICIPALITIES);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportTableError);
        return (error as ImportTableError).failure;
      }
      throw new Error('no error');
    };
    expect(failure('\u200b\n')).toEqual({ code: 'empty' });
    expect(failure('Värde;Antal\n1;2')).toEqual({ code: 'noKeyColumn', found: '"Värde", "Antal"' });
  });

  it('lists rejections of every kind in line order', () => {
    const text = ['Kommun;Värde', 'Umeå;x', 'Okänd;1', 'Luleå;2', 'Luleå;3', ';4', 'Boden;y'];
    const result = importTable(text.join('\n'), MUNICIPALITIES);
    expect(result.rejected.map((r) => [r.line, r.reason.code])).toEqual([
      [2, 'notANumber'],
      [3, 'unknownMunicipality'],
      [5, 'duplicate'],
      [6, 'missingKey'],
      [7, 'notANumber'],
    ]);
  });
});

/** The bytes of a text in Windows-1252, as Excel writes a CSV on Swedish Windows. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '–': 0x96, '€': 0x80 };
  return Uint8Array.from([...text], (ch) => {
    const code = special[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`no Windows-1252 byte for ${ch}`);
    return code;
  });
}

describe('decodeTableBytes', () => {
  it('reads real Latin-1 bytes of "Umeå;1\\nÖverkalix;2" as Windows-1252', () => {
    const bytes = Uint8Array.from(Buffer.from('Umeå;1\nÖverkalix;2', 'latin1'));
    expect(bytes[3]).toBe(0xe5); // å, one byte: not UTF-8
    expect(bytes[7]).toBe(0xd6); // Ö
    // Read as UTF-8, "Umeå" would be "Ume\uFFFD".
    expect(new TextDecoder().decode(bytes)).toContain('Ume\uFFFD');
    expect(decodeTableBytes(bytes)).toEqual({
      text: 'Umeå;1\nÖverkalix;2',
      encoding: 'windows-1252',
    });
    const result = importTable(`Kommun;Värde\n${decodeTableBytes(bytes).text}`, MUNICIPALITIES);
    expect(column(result, 'Värde')).toEqual({ '2480': 1, '2513': 2 });
    expect(result.rejected).toEqual([]);
  });

  it('reads an Excel-style semicolon file in Windows-1252 (en dash, no-break space, CRLF)', () => {
    const excel =
      'Kommun;Mottagna 2016 – antal;Andel\r\n' +
      'Umeå;1\u00a0124;3,5\r\n' +
      'Överkalix;12;0,8\r\n' +
      'Älvsbyn;..;\r\n' +
      'Åsele;7;1,25\r\n';
    const decoded = decodeTableBytes(windows1252(excel).buffer as ArrayBuffer);
    expect(decoded).toEqual({ text: excel, encoding: 'windows-1252' });
    const result = importTable(decoded.text, MUNICIPALITIES);
    expect(column(result, 'Mottagna 2016 – antal')).toEqual({
      '2480': 1124,
      '2513': 12,
      '2463': 7,
    });
    expect(column(result, 'Andel')).toEqual({ '2480': 3.5, '2513': 0.8, '2463': 1.25 });
    expect(result.rejected).toEqual([]);
  });

  it('decodes the bytes 0x80–0x9F as Windows-1252 does (WHATWG), not as Latin-1', () => {
    // prettier-ignore
    const expected = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
      0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
      0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ];
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const decoded = decodeTableBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect([...decoded.text].map((ch) => ch.codePointAt(0))).toEqual(expected);
  });

  it('reads UTF-8 with and without a byte-order mark, which is not part of the text', () => {
    const text = 'Kommun;Värde\nUmeå;1\nÖverkalix;2';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTableBytes(utf8)).toEqual({ text, encoding: 'utf-8' });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeTableBytes(withBom)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeTableBytes(withBom.buffer)).toEqual({ text, encoding: 'utf-8' });
  });

  it('keeps a replacement character that a valid UTF-8 file really holds', () => {
    const text = 'Kommun;Not\nUmeå;\uFFFD';
    expect(decodeTableBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte-order mark (Excel\'s "Unicode text")', () => {
    const text = 'Kommun\tVärde\r\nUmeå\t1\r\n';
    const le = Uint8Array.from(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    expect(decodeTableBytes(le)).toEqual({ text, encoding: 'utf-16le' });
    const be = Uint8Array.from(le);
    for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeTableBytes(be)).toEqual({ text, encoding: 'utf-16be' });
  });
});

describe('importTable: a decimal comma in a comma-separated file', () => {
  it('refuses the row "Umeå,1,5" with its reason, never reading 1', () => {
    const result = importTable('Kommun,Värde\nUmeå,1,5\nLuleå,2\n', MUNICIPALITIES);
    expect(column(result, 'Värde')).toEqual({ '2580': 2 });
    expect(result.rejected).toEqual([
      { line: 2, reason: { code: 'decimalCommaInCommaFile', value: '1,5' } },
    ]);
    expect(result.accepted).toBe(1);
  });

  it('also with a thousands group and a negative number', () => {
    const result = importTable('Kod,Värde\n2480,1 124,5\n2580,-3,25\n', MUNICIPALITIES);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      { code: 'decimalCommaInCommaFile', value: '1 124,5' },
      { code: 'decimalCommaInCommaFile', value: '-3,25' },
    ]);
    expect(result.columns).toEqual([]);
  });

  it('reads a quoted "1,5" in a comma file, and 1,5 in a semicolon file, as 1.5', () => {
    const comma = importTable('Kommun,Värde\nUmeå,"1,5"\n', MUNICIPALITIES);
    expect(column(comma, 'Värde')).toEqual({ '2480': 1.5 });
    expect(comma.rejected).toEqual([]);
    const semicolon = importTable('Kommun;Värde\nUmeå;1,5\n', MUNICIPALITIES);
    expect(column(semicolon, 'Värde')).toEqual({ '2480': 1.5 });
    expect(semicolon.rejected).toEqual([]);
  });

  it('refuses other rows wider than the header; empty trailing cells are fine', () => {
    const text = 'Kommun,Värde\nUmeå,text, more text\nLuleå,2,,\nBoden;3\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(column(result, 'Värde')).toEqual({ '2580': 2 });
    expect(result.rejected).toEqual([
      { line: 2, reason: { code: 'tooManyCells', expected: 2, found: 3 } },
      { line: 4, reason: { code: 'unknownMunicipality', name: 'Boden;3' } },
    ]);
  });
});

describe('importTable: values that are not finite', () => {
  it('refuses a 400-digit number (Infinity as a double) with its line', () => {
    const huge = '9'.repeat(400);
    expect(parseSwedishNumber(huge)).toBe(Infinity);
    const result = importTable(`Kommun;Värde\nUmeå;${huge}\nLuleå;2\n`, MUNICIPALITIES);
    expect(column(result, 'Värde')).toEqual({ '2580': 2 });
    expect(result.rejected).toEqual([
      {
        line: 2,
        reason: { code: 'notFinite', column: 'Värde', value: `${'9'.repeat(60)}…` },
      },
    ]);
  });

  it('refuses NaN and Infinity written as text with their lines', () => {
    const text = 'Kommun;Värde\nUmeå;NaN\nLuleå;Infinity\nBoden;-Infinity\nKiruna;1\n';
    const result = importTable(text, MUNICIPALITIES);
    expect(column(result, 'Värde')).toEqual({ '2584': 1 });
    expect(result.rejected.map((r) => [r.line, r.reason.code])).toEqual([
      [2, 'notANumber'],
      [3, 'notANumber'],
      [4, 'notANumber'],
    ]);
    for (const values of result.columns.map((c) => [...c.values.values()])) {
      expect(values.every(Number.isFinite)).toBe(true);
    }
  });

  it('offers no column whose every number was refused', () => {
    const result = importTable(`Kommun;Värde\nUmeå;${'1'.repeat(400)}\n`, MUNICIPALITIES);
    expect(result.columns).toEqual([]);
    expect(result.rejectedCount).toBe(1);
  });
});

describe('importTable: invisible characters', () => {
  it('matches names with a zero-width space, byte-order mark, soft hyphen or no-break space', () => {
    const text = [
      'Kommun\u200b;Värde',
      '\u200bUmeå;1',
      'Lule\u00adå;2',
      '\ufeffKiruna;3',
      'Bodens\u00a0kommun;4',
      'Pitea\u030a;5', // "Piteå" with a combining ring (NFD), as macOS may write it
      ' Skellefteå\u200b ;6',
      'Sorsele;1\u200b124',
    ].join('\n');
    const result = importTable(text, MUNICIPALITIES);
    expect(result.keyColumn).toBe('Kommun');
    expect(result.rejected).toEqual([]);
    expect(column(result, 'Värde')).toEqual({
      '2480': 1,
      '2580': 2,
      '2584': 3,
      '2582': 4,
      '2581': 5,
      '2482': 6,
      '2422': 1124,
    });
  });

  it('quotes an unknown name without its invisible characters', () => {
    const result = importTable('Kommun;Värde\n\u200bStockholm\u00ad;1\n', MUNICIPALITIES);
    expect(result.rejected).toEqual([
      { line: 2, reason: { code: 'unknownMunicipality', name: 'Stockholm' } },
    ]);
  });
});

describe('importTable: a very large file', () => {
  // Left out of the mutation run (vitest.mutation.config.ts), where instrumented code reads 5 MB
  // in over a minute per mutant; the limit on listed rejections is also checked by the next test.
  it.skipIf(import.meta.env.MUTATION_RUN === '1')(
    `counts all of 480 000 bad rows (5 MB) but lists only the first ${MAX_LISTED_REJECTIONS}`,
    () => {
      const rows = Array.from({ length: 480_000 }, (_, i) => `Ort${i};1`);
      const text = `Kommun;Värde\n${rows.join('\n')}\n`;
      expect(text.length).toBeGreaterThan(5_000_000);
      const result = importTable(text, MUNICIPALITIES);
      expect(result.rejectedCount).toBe(480_000);
      expect(result.rejected).toHaveLength(MAX_LISTED_REJECTIONS);
      expect(result.rejected[0]).toEqual({
        line: 2,
        reason: { code: 'unknownMunicipality', name: 'Ort0' },
      });
      expect(result.rejected.at(-1)!.line).toBe(MAX_LISTED_REJECTIONS + 1);
      expect(result.accepted).toBe(0);
      expect(result.columns).toEqual([]);
    },
  );

  it('keeps the good rows of a large file and counts the bad ones', () => {
    const good = MUNICIPALITIES.map((m, i) => `${m.code};${i}`);
    const bad = Array.from({ length: 50_000 }, (_, i) => `${MUNICIPALITIES[i % 29]!.code};x`);
    const result = importTable(['Kod;Värde', ...good, ...bad].join('\n'), MUNICIPALITIES);
    expect(Object.keys(column(result, 'Värde'))).toHaveLength(29);
    expect(result.rejectedCount).toBe(50_000);
    expect(result.rejected).toHaveLength(MAX_LISTED_REJECTIONS);
    expect(result.rejected.every((r) => r.reason.code === 'duplicate')).toBe(true);
  });
});
