import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GLYPH_RANGES } from '../../src/domain/glyphs.ts';
import { buildGlyphs, fontCodePoints, labelFontFile, missingGlyphs } from './glyphs.ts';

describe('the label glyphs built ahead', () => {
  it('cover every letter of a Swedish name and the figures, from the font the page uses', async () => {
    const points = await fontCodePoints(await readFile(labelFontFile()));
    expect(missingGlyphs(['Övertorneå', 'Åsele', 'Piteå', 'Malå', 'Älvsbyn'], points)).toEqual([]);
    expect(missingGlyphs(['1 000 inv.', '−4,5 %', '2019–2024', '12,5 €'], points)).toEqual([]);
  });

  it('name what a label would lack: outside the ranges, or not in the font', async () => {
    const points = await fontCodePoints(await readFile(labelFontFile()));
    expect(missingGlyphs(['Östersund', 'Москва', 'Sápmi', '東京', '😀'], points)).toEqual([
      'М',
      'о',
      'с',
      'к',
      'в',
      'а',
      '東',
      '京',
      '😀',
    ]);
    expect(missingGlyphs([''], points)).toEqual([]);
  });

  it('are one signed-distance PBF per range, the Latin-1 one holding the glyph bitmaps', async () => {
    const files = await buildGlyphs(await readFile(labelFontFile()));
    expect([...files.keys()]).toEqual(GLYPH_RANGES.map(([s, e]) => `${s}-${e}.pbf`));
    const latin = files.get('0-255.pbf')!;
    // 190 glyphs of about 400 bytes of distance field each, and the font stack's name.
    expect(latin.length).toBeGreaterThan(50_000);
    expect(latin.includes(Buffer.from('Noto Sans Regular'))).toBe(true);
    for (const pbf of files.values()) expect(pbf.length).toBeGreaterThan(0);
  });
});
