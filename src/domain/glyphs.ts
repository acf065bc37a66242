/**
 * The label font's glyphs, built by the data build (scripts/data/glyphs.ts) as signed-distance
 * PBF ranges under data/glyphs/<font>/, served and precached with the app: MapLibre draws labels
 * from them, with no TinySDF or 2D canvas in the page.
 */

/** The font stack of every label: one font, named as the glyph folder is. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The code point ranges built: Latin-1 (every letter of the municipality names: å ä ö), Latin
 * Extended-A, general punctuation (dashes, spaces) and the minus sign (U+2212, which Swedish
 * number formatting writes) for the county labels' figures.
 */
export const GLYPH_RANGES: readonly (readonly [number, number])[] = [
  [0, 255],
  [256, 511],
  [8192, 8447],
  [8704, 8959],
];

/** Whether the built ranges hold `codePoint` (MapLibre asks for the range of 256 it is in). */
export function hasGlyphRange(codePoint: number): boolean {
  return GLYPH_RANGES.some(([start, end]) => codePoint >= start && codePoint <= end);
}

/** The style's `glyphs` URL: absolute, since MapLibre does not resolve a relative one. */
export function glyphsUrl(baseUri: string): string {
  return `${new URL('data/glyphs/', baseUri).href}{fontstack}/{range}.pbf`;
}
