import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeBytes,
  categoryOf,
  checkBudget,
  decodeMappings,
  gzipSize,
  measureInitialJs,
  measureSizes,
  OWN,
  packageOf,
  UNMAPPED,
} from './sizes';
import { encodeVlq as vlq } from './sourcemap';

/** Encodes lines of [column, source] (source -1: a segment without source) as "mappings". */
function encode(lines: [number, number][][]): string {
  let source = 0;
  let origLine = 0;
  return lines
    .map((segments) => {
      let column = 0;
      return segments
        .map(([col, src]) => {
          const text =
            src < 0
              ? vlq(col - column)
              : vlq(col - column) + vlq(src - source) + vlq(1 - origLine) + vlq(0);
          column = col;
          if (src >= 0) {
            source = src;
            origLine = 1;
          }
          return text;
        })
        .join(',');
    })
    .join(';');
}

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
const MAPPINGS = encode([
  [
    [0, 0],
    [4, 1],
  ],
  [],
  [
    [3, 2],
    [7, -1],
  ],
  [[0, 3]],
]);

describe('source-map attribution', () => {
  it('decodes relative columns and sources per line', () => {
    expect(decodeMappings(MAPPINGS)).toEqual([
      [
        { column: 0, source: 0 },
        { column: 4, source: 1 },
      ],
      [],
      [
        { column: 3, source: 2 },
        { column: 7, source: -1 },
      ],
      [{ column: 0, source: 3 }],
    ]);
  });

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

describe('initial JavaScript of a build', () => {
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'sizes-test-'));
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await mkdir(path.join(dist, 'data'), { recursive: true });
    await mkdir(path.join(dist, '.vite'), { recursive: true });
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
    for (const [file, text] of Object.entries(files)) {
      await writeFile(path.join(dist, file), text);
    }
  });

  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  it('follows static imports, not dynamic ones, and splits gzip in proportion to bytes', async () => {
    const js = await measureInitialJs(dist);
    expect(js.method).toBe('manifest');
    expect(js.chunks.map((c) => c.file)).toEqual(['assets/main.js', 'assets/shared.js']);
    const main = js.chunks[0]!;
    expect(main.packages).toEqual({
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
    const mainGzip = gzipSize(CODE);
    expect(js.byCategory['maplibre-gl'].gzip).toBeCloseTo((mainGzip * 20) / 34, 6);
    const sum =
      js.byCategory.own.gzip + js.byCategory['maplibre-gl'].gzip + js.byCategory.react.gzip;
    expect(sum).toBeCloseTo(js.total.gzip, 6);
  });

  it('measures fonts, data and the lazy chunks, and checks the budget', async () => {
    const report = await measureSizes(dist);
    expect(report.fonts.map((f) => f.file)).toEqual(['assets/font-a.woff2']);
    expect(report.fonts[0]!.gzip).toBe(report.fonts[0]!.bytes);
    expect(report.lazyJs.map((f) => f.file)).toEqual(['assets/lazy.js']);
    expect(report.data.map((f) => f.file)).toEqual([
      'data/manifest.json',
      'data/municipalities.geojson',
    ]);
    expect(report.dataFocusCounties).toEqual(['24', '25']);
    const checks = checkBudget(report);
    expect(checks.map((c) => c.ok)).toEqual([true, true]);
    const over = checkBudget({
      ...report,
      dataTotal: { bytes: 1e6, gzip: 200_000 },
    });
    expect(over[1]!.ok).toBe(false);
    expect(over[1]!.details[0]).toContain('municipalities.geojson');
  });
});
