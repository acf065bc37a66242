import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import fontnik from 'fontnik';
import { GLYPH_RANGES, hasGlyphRange, LABEL_FONT } from '../../src/domain/glyphs.ts';
import { DataBuildError } from './errors.ts';

/**
 * The label font's signed-distance glyphs, built ahead: MapLibre reads them as PBF ranges
 * (`glyphs` in the style) instead of drawing each glyph with TinySDF on a 2D canvas in the page.
 * fontnik (FreeType and Mapbox's sdf-glyph-foundry, the generator behind Mapbox's and MapLibre's
 * own glyph servers; its npm package ships the native binary) renders them from the same Noto Sans
 * the page uses (@fontsource/noto-sans, its Latin WOFF).
 */

const range = promisify(fontnik.range);
const load = promisify(fontnik.load);

/**
 * The characters of `texts` that no built range covers or the font lacks: a label with one would
 * show a gap, so the data build refuses it.
 */
export function missingGlyphs(
  texts: Iterable<string>,
  fontCodePoints: ReadonlySet<number>,
): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (!hasGlyphRange(code) || !fontCodePoints.has(code)) missing.add(char);
    }
  }
  return [...missing];
}

/** The WOFF of the Latin subset of Noto Sans 400 (Latin-1, Latin Extended bits, punctuation). */
export function labelFontFile(): string {
  return createRequire(import.meta.url).resolve(
    '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  );
}

/** The glyph ranges of the label font, file name ("0-255.pbf") → PBF bytes. */
export async function buildGlyphs(font: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const [start, end] of GLYPH_RANGES) {
    const pbf = await range({ font, start, end });
    if (pbf.length === 0) throw new DataBuildError('glyphs', `no glyphs in ${start}-${end}`);
    files.set(`${start}-${end}.pbf`, pbf);
  }
  return files;
}

/** The code points the font file has. */
export async function fontCodePoints(font: Buffer): Promise<Set<number>> {
  const faces = await load(font);
  return new Set(faces.flatMap((face) => face.points));
}

/**
 * Writes the ranges to `<outDir>/glyphs/<font name>/`, where the style's `glyphs` points, once
 * every character of the label texts is known to be in them; returns their bytes.
 */
export async function writeGlyphs(outDir: string, labelTexts: Iterable<string>): Promise<number> {
  const font = await readFile(labelFontFile());
  const missing = missingGlyphs(labelTexts, await fontCodePoints(font));
  if (missing.length > 0) {
    throw new DataBuildError(
      'glyphs',
      `no glyph for ${missing.map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')} in ${LABEL_FONT}`,
    );
  }
  const files = await buildGlyphs(font);
  const dir = path.join(outDir, 'glyphs', LABEL_FONT);
  await mkdir(dir, { recursive: true });
  await Promise.all([...files].map(([name, pbf]) => writeFile(path.join(dir, name), pbf)));
  return [...files.values()].reduce((sum, pbf) => sum + pbf.length, 0);
}
