import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeBytes,
  categoryOf,
  gzipSize,
  measureInitialJs,
  measureSizes,
  OWN,
  packageOf,
  UNMAPPED,
} from './sizes';

const SOURCES = [
  '../../src/app.ts',
  '../../node_modules/maplibre-gl/dist/maplibre-gl.mjs',
  '../../node_modules/react-dom/cjs/react-dom.production.js',
  '../../node_modules/@tanstack/query-core/build/modern/index.js',
];

// line 0: 4 bytes of src/app.ts, then 8 of maplibre-gl, line break (maplibre-gl)
// line 1: a shader line with no segment: 7 bytes and its line break carried over to maplibre-gl
// line 2: 3 bytes of glue before the first segment (carried: maplibre-gl), 4 of react-dom, then
//         a segment without source: 2 unmapped bytes and the line break
// line 3: "Qé" of @tanstack/query-core: 1 + 2 bytes (é is two bytes in UTF-8)
const CODE = 'AAAABBBBBBBB\n`shader\nxx;RRRRzz\nQé';
const segment = (column: number, source?: number): SourceMapSegment =>
  source === undefined ? [column] : [column, source, 0, 0];
const MAPPINGS = encode([
  [segment(0, 0), segment(4, 1)],
  [],
  [segment(3, 2), segment(7)],
  [segment(0, 3)],
]);

describe('source-map attribution', () => {
  it('gives each byte to the source of the segment it follows, carrying over bare lines', () => {
    const { bySource, unmapped } = attributeBytes(CODE, { sources: SOURCES, mappings: MAPPINGS });
    expect(Object.fromEntries(bySource)).toEqual({
      [SOURCES[0]!]: 4,
      [SOURCES[1]!]: 8 + 1 + 7 + 1 + 3,
      [SOURCES[2]!]: 4,
      [SOURCES[3]!]: 3,
    });
    expect(unmapped).toBe(2 + 1);
    const total = [...bySource.values()].reduce((a, b) => a + b, 0) + unmapped;
    expect(total).toBe(Buffer.byteLength(CODE));
  });

  it('names packages, scoped and nested, and sorts them into categories', () => {
    expect(packageOf('../../src/App.tsx')).toBe(OWN);
    expect(packageOf('\0rolldown/runtime.js')).toBe(OWN);
    expect(packageOf('../../node_modules/zod/v4/core/core.js')).toBe('zod');
    expect(packageOf('../../node_modules/@tanstack/react-query/build/x.js')).toBe(
      '@tanstack/react-query',
    );
    expect(packageOf('..\\node_modules\\a\\node_modules\\scheduler\\index.js')).toBe('scheduler');
    expect(categoryOf('maplibre-gl')).toBe('maplibre-gl');
    expect(categoryOf('react-dom')).toBe('react');
    expect(categoryOf('scheduler')).toBe('react');
    expect(categoryOf('zod')).toBe('own');
  });
});

describe('a build', () => {
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'sizes-test-'));
    for (const dir of ['assets', 'data/glyphs/Noto Sans Regular', '.vite'])
      await mkdir(path.join(dist, dir), { recursive: true });
    const files: Record<string, string> = {
      'index.html': '<script type="module" src="/assets/main.js"></script>',
      'assets/main.js': CODE,
      'assets/main.js.map': JSON.stringify({ version: 3, sources: SOURCES, mappings: MAPPINGS }),
      'assets/shared.js': 'export const x = 1;\n',
      'assets/lazy.js': 'export const lazy = 2;\n',
      'assets/main.css': '@font-face{src:url(/assets/font-a.woff2)}',
      'assets/font-a.woff2': 'wOF2xxxxxxxx',
      'data/municipalities.geojson': JSON.stringify({ type: 'FeatureCollection', features: [] }),
      'data/manifest.json': JSON.stringify({ focusCounties: ['24', '25'] }),
      'data/glyphs/Noto Sans Regular/0-255.pbf': 'glyphs',
      '.vite/manifest.json': JSON.stringify({
        'index.html': {
          file: 'assets/main.js',
          isEntry: true,
          imports: ['_shared.js'],
          dynamicImports: ['src/Lazy.tsx'],
          css: ['assets/main.css'],
        },
        '_shared.js': { file: 'assets/shared.js' },
        'src/Lazy.tsx': { file: 'assets/lazy.js', isDynamicEntry: true, imports: ['_shared.js'] },
      }),
    };
    for (const [file, text] of Object.entries(files)) await writeFile(path.join(dist, file), text);
  });

  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('follows static imports, not dynamic ones, and splits gzip in proportion to bytes', async () => {
    const js = await measureInitialJs(dist);
    expect(js.chunks.map((c) => c.file)).toEqual(['assets/main.js', 'assets/shared.js']);
    expect(js.chunks[0]!.packages).toEqual({
      [OWN]: 4,
      'maplibre-gl': 20,
      'react-dom': 4,
      '@tanstack/query-core': 3,
      [UNMAPPED]: 3,
    });
    // shared.js has no source map: all of it is our own code.
    expect(js.chunks[1]!.packages).toEqual({ [OWN]: 20 });
    expect(js.byCategory.own.bytes).toBe(4 + 3 + 3 + 20);
    expect(js.byCategory['maplibre-gl'].bytes).toBe(20);
    expect(js.byCategory.react.bytes).toBe(4);
    expect(js.byCategory['maplibre-gl'].gzip).toBeCloseTo((gzipSize(CODE) * 20) / 34, 6);
    const { own, react } = js.byCategory;
    expect(own.gzip + react.gzip + js.byCategory['maplibre-gl'].gzip).toBeCloseTo(js.total.gzip, 6);
  });

  it('measures fonts, data (the glyphs apart) and the lazy chunks', async () => {
    const report = await measureSizes(dist);
    expect(report.fonts.map((f) => f.file)).toEqual(['assets/font-a.woff2']);
    expect(report.fonts[0]!.gzip).toBe(report.fonts[0]!.bytes);
    expect(report.lazyJs.map((f) => f.file)).toEqual(['assets/lazy.js']);
    expect(report.data.map((f) => f.file)).toEqual([
      'data/manifest.json',
      'data/municipalities.geojson',
    ]);
    expect(report.glyphs.map((f) => f.file)).toEqual(['data/glyphs/Noto Sans Regular/0-255.pbf']);
    expect(report.dataFocusCounties).toEqual(['24', '25']);
  });
});
