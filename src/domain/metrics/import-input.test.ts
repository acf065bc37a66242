import { describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import { MAX_LISTED_REJECTIONS } from './import-csv';
import { fileSizeFailure, MAX_IMPORT_BYTES } from './import-limits';
import { readImport } from './import-input';

const municipalities = Object.entries(FOCUS_MUNICIPALITY_NAMES).map(([code, name]) => ({
  code,
  name,
}));

/** "Umeå;1,5\nÖverkalix;2" as Excel writes it on Swedish Windows: one byte per letter. */
function windows1252(text: string): ArrayBuffer {
  const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
  return bytes.buffer;
}

describe('readImport', () => {
  it('reads the bytes of an Excel CSV file and says which encoding it used', async () => {
    const outcome = await readImport({
      source: { bytes: windows1252('Kommun;Värde\r\nUmeå;1,5\r\nÖverkalix;2\r\n') },
      municipalities,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.encoding).toBe('windows-1252');
    expect(outcome.result.format).toBe('kommun-table');
    expect(outcome.result.measures[0]).toMatchObject({
      name: 'Värde',
      years: null,
      municipalities: { '2480': [1.5], '2513': [2] },
    });
    expect(outcome.result.rejectedCount).toBe(0);
  });

  it('reads pasted text without an encoding', async () => {
    const outcome = await readImport({ source: { text: 'kod;x\n2480;1' }, municipalities });
    expect(outcome).toMatchObject({ ok: true, encoding: null, container: 'text' });
  });

  it('gives a table it cannot read as a failure, never an exception', async () => {
    expect(await readImport({ source: { text: '   ' }, municipalities })).toEqual({
      ok: false,
      failure: { code: 'empty' },
    });
    expect(await readImport({ source: { text: 'a;b\n1;2' }, municipalities })).toMatchObject({
      ok: false,
      failure: { code: 'noKeyColumn' },
    });
  });

  it('reports its progress in order up to 1 on a large table, and caps the listed rejections', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `Okänd ${i};${i}`);
    const fractions: number[] = [];
    const outcome = await readImport(
      { source: { text: ['kommun;värde', ...rows].join('\n') }, municipalities },
      (f) => fractions.push(f),
    );
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
    if (!outcome.ok) throw new Error('not read');
    expect(outcome.result.rejectedCount).toBe(60_000);
    expect(outcome.result.rejected).toHaveLength(MAX_LISTED_REJECTIONS);
  });
});

describe('fileSizeFailure', () => {
  it('refuses a file over the limit before it is read, in MB', () => {
    expect(fileSizeFailure(5 * 1024 * 1024)).toBeNull();
    expect(fileSizeFailure(MAX_IMPORT_BYTES)).toBeNull();
    expect(fileSizeFailure(60 * 1024 * 1024)).toEqual({ code: 'tooLarge', size: 60, max: 50 });
  });
});
