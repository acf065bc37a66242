import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

/**
 * Transfer sizes of the production build in dist/, shared by `npm run bench`, the size budget
 * (scripts/size-budget.ts) and `npm run hosting-figures`. Every size is gzip level 9 of the file as built (woff2 fonts, already
 * compressed, as they are); kB is 1000 bytes.
 *
 * The initial JavaScript is the entry chunk of index.html and its static imports, followed through
 * Vite's build manifest (dist/.vite/manifest.json); dynamic imports are not initial. A chunk's
 * gzip size is split between npm packages in proportion to the minified bytes each has in it,
 * read from the chunk's source map: the bytes from a segment's column up to the next segment
 * belong to the segment's source, and so do the lines after it without a segment of their own
 * (the rest of a multi-line template literal, such as MapLibre's shaders) and the line breaks; a
 * segment without a source ends that. Bytes no source claims (the bundler's glue) and chunks
 * without a map count as our own code, which errs on the side of the budget.
 */

export const KB = 1000;
export const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
export const gzipSize = (bytes: Uint8Array | string) =>
  gzipSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { level: 9 }).length;

/** What the budget and the report tell apart in the initial JavaScript. */
export type Category = 'own' | 'maplibre-gl' | 'react';
export const OWN = '(own code)';
export const UNMAPPED = '(unmapped)';

/** The npm package a source-map source belongs to, or OWN outside node_modules. */
export function packageOf(source: string): string {
  const normalised = source.replace(/\\/g, '/');
  const at = normalised.lastIndexOf('node_modules/');
  if (at < 0) return OWN;
  const [scope = '', name = ''] = normalised.slice(at + 'node_modules/'.length).split('/');
  return (scope.startsWith('@') ? `${scope}/${name}` : scope) || OWN;
}

export function categoryOf(pkg: string): Category {
  if (pkg === 'maplibre-gl') return 'maplibre-gl';
  return ['react', 'react-dom', 'scheduler'].includes(pkg) ? 'react' : 'own';
}

/** Minified (UTF-8) bytes of `code` per source of its map, and the bytes no segment maps. */
export function attributeBytes(
  code: string,
  map: { sources: (string | null)[]; mappings: string },
): { bySource: Map<string, number>; unmapped: number } {
  const bySource = new Map<string, number>();
  let unmapped = 0;
  const add = (source: number, bytes: number) => {
    const name = source >= 0 ? map.sources[source] : null;
    if (bytes <= 0) return;
    if (name == null) unmapped += bytes;
    else bySource.set(name, (bySource.get(name) ?? 0) + bytes);
  };
  const decoded = decode(map.mappings);
  const lines = code.split('\n');
  let current = -1;
  lines.forEach((line, index) => {
    const ascii = Buffer.byteLength(line) === line.length;
    const bytes = (from: number, upTo: number) => {
      const to = Math.min(upTo, line.length);
      return ascii ? Math.max(0, to - from) : Buffer.byteLength(line.slice(from, to));
    };
    const segments = decoded[index] ?? [];
    add(current, bytes(0, segments[0]?.[0] ?? line.length));
    segments.forEach((segment, i) => {
      current = segment.length >= 4 ? segment[1]! : -1;
      add(current, bytes(segment[0], segments[i + 1]?.[0] ?? line.length));
    });
    add(current, index < lines.length - 1 ? 1 : 0);
  });
  return { bySource, unmapped };
}

export type PartSize = { bytes: number; gzip: number };
export type FileSize = PartSize & { file: string };
export type ChunkSize = FileSize & {
  /** Minified bytes per package (OWN for our code, UNMAPPED for glue). */
  packages: Record<string, number>;
};
export interface InitialJs {
  chunks: ChunkSize[];
  total: PartSize;
  byCategory: Record<Category, PartSize>;
  /** Every package's share, largest first (gzip split by bytes). */
  packages: { name: string; category: Category; bytes: number; gzip: number }[];
}
export interface SizeReport {
  dist: string;
  initialJs: InitialJs;
  /** Chunks loaded on demand (dynamic imports). */
  lazyJs: FileSize[];
  worker: FileSize | null;
  css: FileSize[];
  fonts: FileSize[];
  data: FileSize[];
  /** The label font's glyph ranges (dist/data/glyphs/<font>/*.pbf), counted apart from the data. */
  glyphs: FileSize[];
  dataTotal: PartSize;
  /** Focus counties of dist/data (its manifest.json), when known. */
  dataFocusCounties: string[] | null;
}

type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

async function readManifest(dist: string): Promise<Manifest> {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} not found: the build writes it (manifest: true)`);
  return JSON.parse(await readFile(file, 'utf8')) as Manifest;
}

/** The initial JS and CSS of an HTML entry (paths relative to dist), through the manifest. */
export async function initialFiles(dist: string, entry = 'index.html') {
  const manifest = await readManifest(dist);
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.includes(chunk.file)) return;
    js.push(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry);
  return { js, css: [...css] };
}

async function fileSize(dist: string, file: string): Promise<FileSize> {
  const bytes = await readFile(path.join(dist, file));
  const gzip = file.endsWith('.woff2') ? bytes.length : gzipSize(bytes);
  return { file, bytes: bytes.length, gzip };
}

/** One JS chunk, its bytes attributed to packages through its source map. */
export async function chunkSize(dist: string, file: string): Promise<ChunkSize> {
  const code = await readFile(path.join(dist, file), 'utf8');
  const size = { file, bytes: Buffer.byteLength(code), gzip: gzipSize(code) };
  const mapFile = path.join(dist, `${file}.map`);
  if (!existsSync(mapFile)) return { ...size, packages: { [OWN]: size.bytes } };
  const { bySource, unmapped } = attributeBytes(code, JSON.parse(await readFile(mapFile, 'utf8')));
  const packages: Record<string, number> = unmapped > 0 ? { [UNMAPPED]: unmapped } : {};
  for (const [source, n] of bySource)
    packages[packageOf(source)] = (packages[packageOf(source)] ?? 0) + n;
  return { ...size, packages };
}

const categoryOfPart = (pkg: string): Category => (pkg === UNMAPPED ? 'own' : categoryOf(pkg));

/** The initial JavaScript of the app, by chunk, category and package. */
export async function measureInitialJs(dist: string, entry = 'index.html'): Promise<InitialJs> {
  const { js } = await initialFiles(dist, entry);
  const chunks = await Promise.all(js.map((file) => chunkSize(dist, file)));
  const zero = (): PartSize => ({ bytes: 0, gzip: 0 });
  const byCategory: Record<Category, PartSize> = {
    own: zero(),
    'maplibre-gl': zero(),
    react: zero(),
  };
  const packages = new Map<string, PartSize>();
  const total = zero();
  for (const chunk of chunks) {
    total.bytes += chunk.bytes;
    total.gzip += chunk.gzip;
    const all = Object.values(chunk.packages).reduce((a, b) => a + b, 0) || 1;
    for (const [pkg, bytes] of Object.entries(chunk.packages)) {
      const gzip = (chunk.gzip * bytes) / all;
      const own = packages.get(pkg) ?? zero();
      packages.set(pkg, own);
      for (const part of [byCategory[categoryOfPart(pkg)], own]) {
        part.bytes += bytes;
        part.gzip += gzip;
      }
    }
  }
  return {
    chunks,
    total,
    byCategory,
    packages: [...packages]
      .map(([name, p]) => ({ name, category: categoryOfPart(name), ...p }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

/** Every size the bench reports and the budget checks, from a production build in `dist`. */
export async function measureSizes(dist = 'dist'): Promise<SizeReport> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html not found: run "npm run build" first`);
  }
  const manifest = await readManifest(dist);
  const initial = await initialFiles(dist);
  const chunks = Object.values(manifest).map((c) => c.file);
  const lazyJs = chunks.filter((f) => f.endsWith('.js') && !initial.js.includes(f));
  // The MapLibre worker is an asset (imported with ?url), not a chunk of the app.
  const workerFile = manifest['node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs']?.file;
  // Fonts: the woff2 files the initial CSS and JS name (the map loads its label font itself).
  const fontNames = new Set<string>();
  for (const f of [...initial.css, ...initial.js]) {
    for (const m of (await readFile(path.join(dist, f), 'utf8')).matchAll(/([\w.-]+\.woff2)\b/g))
      fontNames.add(m[1]!);
  }
  const assets = await readdir(path.join(dist, 'assets'));
  const dataDir = path.join(dist, 'data');
  const dataFiles = existsSync(dataDir)
    ? (await readdir(dataDir)).filter((f) => /\.(geojson|json)$/.test(f)).sort()
    : [];
  const data = await Promise.all(dataFiles.map((f) => fileSize(dist, `data/${f}`)));
  // The label font's glyph ranges: counted apart from the data (precached, not data).
  const glyphFiles = existsSync(path.join(dataDir, 'glyphs'))
    ? (await readdir(path.join(dataDir, 'glyphs'), { recursive: true }))
        .filter((f) => f.endsWith('.pbf'))
        .sort()
    : [];
  const glyphs = await Promise.all(glyphFiles.map((f) => fileSize(dist, `data/glyphs/${f}`)));
  const focus = dataFiles.includes('manifest.json')
    ? (JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as {
        focusCounties?: string[];
      })
    : {};
  return {
    dist,
    initialJs: await measureInitialJs(dist),
    lazyJs: (await Promise.all(lazyJs.map((f) => fileSize(dist, f)))).sort(
      (a, b) => b.gzip - a.gzip,
    ),
    worker: workerFile ? await fileSize(dist, workerFile) : null,
    css: await Promise.all(initial.css.map((f) => fileSize(dist, f))),
    fonts: await Promise.all(
      assets
        .filter((a) => fontNames.has(a))
        .sort()
        .map((a) => fileSize(dist, `assets/${a}`)),
    ),
    data,
    glyphs,
    dataTotal: {
      bytes: data.reduce((sum, f) => sum + f.bytes, 0),
      gzip: data.reduce((sum, f) => sum + f.gzip, 0),
    },
    dataFocusCounties: focus.focusCounties ?? null,
  };
}
