import { describe, expect, it } from 'vitest';
import {
  ChainedSourceMap,
  decodeSegments,
  encodeSegments,
  SourceMapIndex,
  type MappedSegment,
} from './sourcemap';
import { nameInLine, readableSource } from './trace-sources';

const seg = (
  column: number,
  source = -1,
  line = -1,
  sourceColumn = -1,
  name = -1,
): MappedSegment => ({
  column,
  source,
  line,
  sourceColumn,
  name,
});

describe('source-map segments', () => {
  it('decode what they encode: sources, original lines and columns, names', () => {
    const lines = [[seg(0, 0, 0, 0, 0), seg(12, 1, 40, 2), seg(20)], [], [seg(3, 1, 41, 0, 1)]];
    expect(decodeSegments(encodeSegments(lines))).toEqual(lines);
  });
});

describe('position lookup', () => {
  // Generated line 0: "function a(){}" from app.ts line 3 (named "start") at column 0, then code
  // from lib.js at column 14; line 1 has no segment (the rest of a template literal).
  const outer = new SourceMapIndex({
    sources: ['../../src/app.ts', '../../node_modules/lib/dist/lib.mjs'],
    names: ['start'],
    mappings: encodeSegments([[seg(0, 0, 2, 0, 0), seg(14, 1, 0, 7)], [], [seg(4)]]),
    sourcesContent: ['a\nb\nexport function start() {}', null],
  });

  it('finds the last segment at or before a column, by its source and name', () => {
    expect(outer.lookup(0, 5)).toEqual({
      source: '../../src/app.ts',
      line: 2,
      column: 0,
      name: 'start',
    });
    expect(outer.lookup(0, 30)).toMatchObject({
      source: '../../node_modules/lib/dist/lib.mjs',
      line: 0,
    });
    expect(outer.sourceLine('../../src/app.ts', 2)).toBe('export function start() {}');
  });

  it('carries the segment above over a line without one, and stops at a segment without source', () => {
    expect(outer.lookup(1, 3)).toMatchObject({ source: '../../node_modules/lib/dist/lib.mjs' });
    expect(outer.lookup(2, 9)).toBeNull();
  });

  it('follows a bundled file into its own map', () => {
    // lib.mjs line 0, column 7 comes from lib's src/draw.ts line 10, function "draw".
    const inner = new SourceMapIndex({
      sources: ['../src/draw.ts'],
      names: ['draw'],
      mappings: encodeSegments([[seg(0, 0, 9, 0), seg(7, 0, 9, 4, 0)]]),
    });
    const chained = new ChainedSourceMap(
      outer,
      new Map([['../../node_modules/lib/dist/lib.mjs', inner]]),
    );
    expect(chained.lookup(0, 20)).toEqual({
      source: '../../node_modules/lib/src/draw.ts',
      bundled: '../../node_modules/lib/dist/lib.mjs',
      line: 9,
      column: 4,
      name: 'draw',
    });
    // Our own code has no inner map: the outer answer stands.
    expect(chained.lookup(0, 1)?.source).toBe('../../src/app.ts');
  });
});

describe('readable names of sources and functions', () => {
  it('shortens sources to the package or the project', () => {
    expect(
      readableSource('../../node_modules/maplibre-gl/node_modules/@mapbox/tiny-sdf/index.js'),
    ).toBe('@mapbox/tiny-sdf/index.js');
    expect(readableSource('../../src/map/webgl.ts')).toBe('src/map/webgl.ts');
  });

  it('reads the name of the function that starts at a column', () => {
    expect(nameInLine('export function supportsWebgl(): boolean {', 0)).toBe('supportsWebgl');
    expect(nameInLine('    _resizeCanvas(width: number, height: number): void {', 4)).toBe(
      '_resizeCanvas',
    );
    expect(nameInLine('    constructor(context: Context,', 4)).toBe('constructor');
    expect(nameInLine('    async _loadFontFace(face) {', 4)).toBe('_loadFontFace');
    expect(nameInLine('  inst._zod.parse = (payload, ctx) => {', 20)).toBe('parse');
    expect(nameInLine('function performUnitOfWork(unitOfWork) {', 0)).toBe('performUnitOfWork');
    expect(nameInLine('  return x;', 2)).toBeNull();
  });
});
