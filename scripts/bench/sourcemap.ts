import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Version 3 source maps: decoding, and looking up where a position of the generated code came
 * from. Shared by the size attribution (scripts/bench/sizes.ts) and the trace breakdown
 * (scripts/bench/trace.ts), which maps the CPU profile's functions back to their sources.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/**
 * One generated segment: its column (UTF-16 units) and, when it has one, its original source,
 * line and column (0-based) and name (indexes into the map's arrays; -1 for none).
 */
export interface MappedSegment {
  column: number;
  source: number;
  line: number;
  sourceColumn: number;
  name: number;
}

/** Decodes "mappings" into segments per generated line, each line sorted by column. */
export function decodeSegments(mappings: string): MappedSegment[][] {
  const lines: MappedSegment[][] = [];
  // Every field but the generated column is relative to the previous segment of the whole map.
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments: MappedSegment[] = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64_VALUE.get(char);
        if (digit === undefined) throw new Error(`invalid base64 VLQ character "${char}"`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        line += fields[2]!;
        sourceColumn += fields[3]!;
        if (fields.length >= 5) name += fields[4]!;
        segments.push({ column, source, line, sourceColumn, name: fields.length >= 5 ? name : -1 });
      } else {
        segments.push({ column, source: -1, line: -1, sourceColumn: -1, name: -1 });
      }
    }
    segments.sort((a, b) => a.column - b.column);
    lines.push(segments);
  }
  return lines;
}

/** Encodes one value as base64 VLQ. */
export function encodeVlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/** The inverse of decodeSegments (for tests and fixtures). */
export function encodeSegments(lines: readonly (readonly MappedSegment[])[]): string {
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  let name = 0;
  return lines
    .map((segments) => {
      let column = 0;
      return segments
        .map((s) => {
          let text = encodeVlq(s.column - column);
          column = s.column;
          if (s.source >= 0) {
            text += encodeVlq(s.source - source) + encodeVlq(s.line - line);
            text += encodeVlq(s.sourceColumn - sourceColumn);
            source = s.source;
            line = s.line;
            sourceColumn = s.sourceColumn;
            if (s.name >= 0) {
              text += encodeVlq(s.name - name);
              name = s.name;
            }
          }
          return text;
        })
        .join(',');
    })
    .join(';');
}

export interface RawSourceMap {
  sources: (string | null)[];
  names?: string[];
  mappings: string;
  sourcesContent?: (string | null)[];
}

export interface OriginalPosition {
  /** The source as the map names it (relative to the map's own folder). */
  source: string;
  /** Through a chain of maps: the source of the outer map (the file the bundler read). */
  bundled?: string;
  /** 0-based. */
  line: number;
  column: number;
  name: string | null;
}

/** Position lookups in one source map. */
export class SourceMapIndex {
  private readonly lines: MappedSegment[][];

  constructor(private readonly map: RawSourceMap) {
    this.lines = decodeSegments(map.mappings);
  }

  get sources(): readonly (string | null)[] {
    return this.map.sources;
  }

  /**
   * The original position of a generated one (0-based line and column): the last segment at or
   * before it on its line, or, on a line without one (the rest of a multi-line template literal,
   * such as a shader), the last segment of the lines above. Null when that segment has no source.
   */
  lookup(line: number, column: number): OriginalPosition | null {
    const segment = this.segmentAt(line, column);
    if (!segment || segment.source < 0) return null;
    const source = this.map.sources[segment.source];
    if (source == null) return null;
    return {
      source,
      line: segment.line,
      column: segment.sourceColumn,
      name: segment.name >= 0 ? (this.map.names?.[segment.name] ?? null) : null,
    };
  }

  /** The original text of a line of a source, when the map carries its sources' contents. */
  sourceLine(source: string, line: number): string | null {
    const at = this.map.sources.indexOf(source);
    const content = at >= 0 ? this.map.sourcesContent?.[at] : null;
    if (!content) return null;
    return content.split('\n', line + 1)[line] ?? null;
  }

  private segmentAt(line: number, column: number): MappedSegment | null {
    const segments = this.lines[line];
    if (segments && segments.length > 0 && segments[0]!.column <= column) {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]!.column <= column) lo = mid;
        else hi = mid - 1;
      }
      return segments[lo]!;
    }
    for (let l = Math.min(line, this.lines.length) - 1; l >= 0; l--) {
      const above = this.lines[l]!;
      if (above.length > 0) return above[above.length - 1]!;
    }
    return null;
  }
}

/**
 * A bundle's source map followed through the maps of its sources where they have their own
 * (maplibre-gl is bundled from dist/maplibre-gl.mjs, which maps to MapLibre's src/*.ts). Sources
 * are returned as paths relative to the bundle map's folder, joined through the inner map's
 * folder: "../../node_modules/maplibre-gl/src/ui/map.ts".
 */
export class ChainedSourceMap {
  constructor(
    private readonly outer: SourceMapIndex,
    private readonly inner: ReadonlyMap<string, SourceMapIndex>,
  ) {}

  lookup(line: number, column: number): OriginalPosition | null {
    const first = this.outer.lookup(line, column);
    if (!first) return null;
    const inner = this.inner.get(first.source);
    if (!inner) return first;
    const second = inner.lookup(first.line, first.column);
    if (!second) return first;
    return {
      ...second,
      source: path.posix.normalize(
        path.posix.join(path.posix.dirname(first.source), second.source),
      ),
      name: second.name ?? first.name,
      bundled: first.source,
    };
  }

  /** The original text of a line, from whichever map carries the source's contents. */
  sourceLine(source: string, line: number): string | null {
    const direct = this.outer.sourceLine(source, line);
    if (direct !== null) return direct;
    for (const [outerSource, inner] of this.inner) {
      const base = path.posix.dirname(outerSource);
      for (const candidate of inner.sources) {
        if (candidate && path.posix.normalize(path.posix.join(base, candidate)) === source) {
          return inner.sourceLine(candidate, line);
        }
      }
    }
    return null;
  }
}

/**
 * Reads `file`.map of a built chunk and the maps of the sources it bundles that ship their own
 * (`source`.map beside the source, found from the project root when the map's relative path
 * points outside a copied dist/). Null when the chunk has no map.
 */
export async function loadChainedSourceMap(
  file: string,
  projectRoot = process.cwd(),
): Promise<ChainedSourceMap | null> {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return null;
  const outer = new SourceMapIndex(JSON.parse(await readFile(mapFile, 'utf8')) as RawSourceMap);
  const inner = new Map<string, SourceMapIndex>();
  for (const source of outer.sources) {
    if (!source || !/\.m?js$/.test(source)) continue;
    const beside = path.resolve(path.dirname(file), `${source}.map`);
    const at = source.lastIndexOf('node_modules/');
    const fromRoot = at >= 0 ? path.join(projectRoot, source.slice(at)) + '.map' : null;
    const found = [beside, fromRoot].find((f): f is string => f !== null && existsSync(f));
    if (!found) continue;
    inner.set(
      source,
      new SourceMapIndex(JSON.parse(await readFile(found, 'utf8')) as RawSourceMap),
    );
  }
  return new ChainedSourceMap(outer, inner);
}
