import { describe, expect, it } from 'vitest';
import { glyphsUrl, hasGlyphRange } from './glyphs';

describe('the label glyph ranges', () => {
  it('are asked for under the app base, with the font and range left to MapLibre', () => {
    expect(glyphsUrl('https://example.org/karta/?m=2584')).toBe(
      'https://example.org/karta/data/glyphs/{fontstack}/{range}.pbf',
    );
    expect(glyphsUrl('http://127.0.0.1:4173/')).toBe(
      'http://127.0.0.1:4173/data/glyphs/{fontstack}/{range}.pbf',
    );
  });

  it('hold Latin-1, Latin Extended-A, punctuation and the minus sign, nothing else', () => {
    for (const code of [0x41, 0xe5, 0xf6, 0x152, 0x2013, 0x2212])
      expect(hasGlyphRange(code)).toBe(true);
    for (const code of [0x0400, 0x2100, 0x4e1c, 0x1f600, -1])
      expect(hasGlyphRange(code)).toBe(false);
  });
});
