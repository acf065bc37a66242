declare module 'fontnik' {
  const fontnik: { range: typeof range; load: typeof load };
  export default fontnik;
  /**
   * Signed-distance glyphs (24 px, buffer 3, radius 8: what MapLibre reads) of the code points
   * start..end of a font file (TrueType, OpenType or WOFF), as a glyph PBF.
   */
  export function range(
    options: { font: Buffer; start: number; end: number },
    callback: (error: Error | null, pbf: Buffer) => void,
  ): void;
  /** The faces of a font file: family, style and the code points it has. */
  export function load(
    font: Buffer,
    callback: (
      error: Error | null,
      faces: { family_name: string; style_name: string; points: number[] }[],
    ) => void,
  ): void;
}
