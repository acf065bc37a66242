import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeSegments } from './sourcemap.ts';

/**
 * Transfer sizes of the production build in dist/, shared by `npm run bench` and the size budget
 * (scripts/size-budget.ts).
 *
 * Method. Every size is gzip at level 9 (node:zlib) of the file as built, except woff2 fonts,
 * which are compressed already and are counted as they are. "kB" is 1000 bytes.
 *
 * The initial JavaScript is the entry chunk of index.html and its static imports, followed
 * recursively through Vite's build manifest (dist/.vite/manifest.json; without one, the
 * script and modulepreload tags of dist/index.html). Dynamic imports are not initial.
 *
 * A chunk's gzip size is split between packages in proportion to the minified bytes each package
 * has in it. Those bytes come from the chunk's source map: every generated segment, from its
 * column up to the next segment, belongs to the segment's original source, and so do the lines
 * after it that have no segment of their own (the rest of a multi-line template literal, such as
 * MapLibre's shaders) and the line breaks; a segment without a source ends that. A source under
 * node_modules/ belongs to its package, anything else to our own code. Bytes that no source
 * claims (the bundler's runtime and import/export glue, the sourceMappingURL comment) count as
 * our own code, which errs on the side of the budget.
 * A chunk without a source map is counted as our own code whole.
 */

export const KB = 1000;

/** What the budget and the report distinguish in the initial JavaScript. */
export type Category = 'own' | 'maplibre-gl' | 'react';

/** Packages that count as React: react, react-dom, and scheduler (react-dom's own scheduler). */
const REACT_PACKAGES = new Set(['react', 'react-dom', 'scheduler']);

/** Our own code in the attribution: src/, bench/, virtual modules and unmapped bytes. */
export const OWN = '(own code)';
export const UNMAPPED = '(unmapped)';

export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { level: 9 }).length;
}

/** The npm package a source-map source belongs to, or OWN for anything outside node_modules. */
export function packageOf(source: string): string {
  const normalised = source.replace(/\\/g, '/');
  const at = normalised.lastIndexOf('node_modules/');
  if (at < 0) return OWN;
  const parts = normalised.slice(at + 'node_modules/'.length).split('/');
  const name = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? '');
  return name || OWN;
}

export function categoryOf(pkg: string): Category {
  if (pkg === 'maplibre-gl') return 'maplibre-gl';
  if (REACT_PACKAGES.has(pkg)) return 'react';
  return 'own';
}

/** One generated segment: its column (UTF-16 units) and its source index, or -1 for none. */
export interface Segment {
  column: number;
  source: number;
}

/** Decodes the "mappings" of a version 3 source map into segments per generated line. */
export function decodeMappings(mappings: string): Segment[][] {
  return decodeSegments(mappings).map((line) =>
    line.map(({ column, source }) => ({ column, source })),
  );
}

export interface SourceMapLike {
  sources: (string | null)[];
  mappings: string;
}

/** Minified (UTF-8) bytes of `code` per source of its map, and the bytes no segment maps. */
export function attributeBytes(
  code: string,
  map: SourceMapLike,
): { bySource: Map<string, number>; unmapped: number } {
  const bySource = new Map<string, number>();
  let unmapped = 0;
  const add = (source: number, bytes: number) => {
    if (bytes <= 0) return;
    const name = source >= 0 ? map.sources[source] : null;
    if (name == null) unmapped += bytes;
    else bySource.set(name, (bySource.get(name) ?? 0) + bytes);
  };
  const decoded = decodeMappings(map.mappings);
  const lines = code.split('\n');
  // The source of the code being read: carried over lines without segments (a multi-line template
  // literal, such as a shader, has segments only on its first line).
  let current = -1;
  lines.forEach((line, index) => {
    const ascii = Buffer.byteLength(line) === line.length;
    const bytesOf = (from: number, to: number) =>
      ascii ? Math.max(0, to - from) : Buffer.byteLength(line.slice(from, to));
    const segments = decoded[index] ?? [];
    const newline = index < lines.length - 1 ? 1 : 0;
    add(current, bytesOf(0, Math.min(segments[0]?.column ?? line.length, line.length)));
    segments.forEach((segment, i) => {
      const from = Math.min(segment.column, line.length);
      const to = Math.min(segments[i + 1]?.column ?? line.length, line.length);
      add(segment.source, bytesOf(from, to));
      current = segment.source;
    });
    add(current, newline);
  });
  return { bySource, unmapped };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ChunkSize extends FileSize {
  /** Whether a source map was found; without one the chunk counts as our own code. */
  sourceMap: boolean;
  /** Minified bytes per package (OWN for our own code, UNMAPPED for glue). */
  packages: Record<string, number>;
  /** Minified bytes of our own modules (src/…), per source. */
  ownSources: Record<string, number>;
}

export interface PartSize {
  bytes: number;
  gzip: number;
}

export interface InitialJs {
  /** How the initial chunks were found. */
  method: 'manifest' | 'index.html';
  chunks: ChunkSize[];
  total: PartSize;
  byCategory: Record<Category, PartSize>;
  /** Every package's share of the initial JavaScript, largest first (gzip split by bytes). */
  packages: { name: string; category: Category; bytes: number; gzip: number }[];
  /** Our own largest modules (gzip split by bytes). */
  ownSources: { source: string; bytes: number; gzip: number }[];
}

export interface SizeReport {
  dist: string;
  initialJs: InitialJs;
  /** Chunks loaded only on demand (dynamic imports), for information. */
  lazyJs: FileSize[];
  worker: FileSize | null;
  css: FileSize[];
  fonts: FileSize[];
  data: FileSize[];
  dataTotal: PartSize;
  /** Focus counties of the data in dist/data (from its manifest.json), when known. */
  dataFocusCounties: string[] | null;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

async function readManifest(dist: string): Promise<Manifest | null> {
  const file = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as Manifest;
}

/** The initial JS and CSS of an HTML entry (dist-relative paths), from the manifest if there is one. */
export async function initialFiles(
  dist: string,
  entry = 'index.html',
): Promise<{ method: 'manifest' | 'index.html'; js: string[]; css: string[] }> {
  const manifest = await readManifest(dist);
  if (manifest?.[entry]) {
    const js: string[] = [];
    const css: string[] = [];
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const chunk = manifest[key];
      if (!chunk) return;
      if (chunk.file.endsWith('.js') || chunk.file.endsWith('.mjs')) js.push(chunk.file);
      for (const c of chunk.css ?? []) if (!css.includes(c)) css.push(c);
      for (const i of chunk.imports ?? []) visit(i);
    };
    visit(entry);
    return { method: 'manifest', js, css };
  }
  const html = await readFile(path.join(dist, entry), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}=["']([^"']+)["']`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type=["']module["']/.test(tag)) {
      const src = attr(tag, 'src');
      if (src) js.push(src.replace(/^\//, ''));
    } else if (/rel=["']modulepreload["']/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) js.push(href.replace(/^\//, ''));
    } else if (/rel=["']stylesheet["']/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) css.push(href.replace(/^\//, ''));
    }
  }
  return { method: 'index.html', js, css };
}

async function fileSize(dist: string, file: string): Promise<FileSize> {
  const bytes = await readFile(path.join(dist, file));
  const compressed = file.endsWith('.woff2') ? bytes.length : gzipSize(bytes);
  return { file, bytes: bytes.length, gzip: compressed };
}

/** Size of one JS chunk with its bytes attributed to packages through its source map. */
export async function chunkSize(dist: string, file: string): Promise<ChunkSize> {
  const code = await readFile(path.join(dist, file), 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzip = gzipSize(code);
  const mapFile = path.join(dist, `${file}.map`);
  if (!existsSync(mapFile)) {
    return { file, bytes, gzip, sourceMap: false, packages: { [OWN]: bytes }, ownSources: {} };
  }
  const map = JSON.parse(await readFile(mapFile, 'utf8')) as SourceMapLike;
  const { bySource, unmapped } = attributeBytes(code, map);
  const packages: Record<string, number> = {};
  const ownSources: Record<string, number> = {};
  for (const [source, n] of bySource) {
    const pkg = packageOf(source);
    packages[pkg] = (packages[pkg] ?? 0) + n;
    if (pkg === OWN) {
      const name = source.replace(/^(\.\.\/)+/, '');
      ownSources[name] = (ownSources[name] ?? 0) + n;
    }
  }
  if (unmapped > 0) packages[UNMAPPED] = unmapped;
  return { file, bytes, gzip, sourceMap: true, packages, ownSources };
}

/** Splits a chunk's gzip size over the parts of its minified bytes, in proportion. */
export function splitGzip(chunk: ChunkSize, parts: Record<string, number>): Record<string, number> {
  const total = Object.values(parts).reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(
    Object.entries(parts).map(([name, bytes]) => [name, (chunk.gzip * bytes) / total]),
  );
}

export function categoryOfPart(pkg: string): Category {
  return pkg === OWN || pkg === UNMAPPED ? 'own' : categoryOf(pkg);
}

/** The initial JavaScript of the app, by chunk, category, package and own module. */
export async function measureInitialJs(dist: string, entry = 'index.html'): Promise<InitialJs> {
  const { method, js } = await initialFiles(dist, entry);
  const chunks = await Promise.all(js.map((file) => chunkSize(dist, file)));
  const zero = (): PartSize => ({ bytes: 0, gzip: 0 });
  const byCategory: Record<Category, PartSize> = {
    own: zero(),
    'maplibre-gl': zero(),
    react: zero(),
  };
  const packages = new Map<string, PartSize>();
  const ownSources = new Map<string, PartSize>();
  const total = zero();
  for (const chunk of chunks) {
    total.bytes += chunk.bytes;
    total.gzip += chunk.gzip;
    const gz = splitGzip(chunk, chunk.packages);
    for (const [pkg, bytes] of Object.entries(chunk.packages)) {
      const category = byCategory[categoryOfPart(pkg)];
      category.bytes += bytes;
      category.gzip += gz[pkg]!;
      const p = packages.get(pkg) ?? zero();
      p.bytes += bytes;
      p.gzip += gz[pkg]!;
      packages.set(pkg, p);
    }
    for (const [source, bytes] of Object.entries(chunk.ownSources)) {
      const s = ownSources.get(source) ?? zero();
      s.bytes += bytes;
      s.gzip += (chunk.gzip * bytes) / (chunk.bytes || 1);
      ownSources.set(source, s);
    }
  }
  return {
    method,
    chunks,
    total,
    byCategory,
    packages: [...packages]
      .map(([name, p]) => ({ name, category: categoryOfPart(name), ...p }))
      .sort((a, b) => b.gzip - a.gzip),
    ownSources: [...ownSources]
      .map(([source, p]) => ({ source, ...p }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}

/** Every size the bench reports and the budget checks, from a production build in `dist`. */
export async function measureSizes(dist = 'dist'): Promise<SizeReport> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html not found: run "npm run build" first`);
  }
  const initialJs = await measureInitialJs(dist);
  const initial = await initialFiles(dist);
  const manifest = await readManifest(dist);
  const assets = await listFiles(path.join(dist, 'assets'));

  const initialSet = new Set(initial.js);
  const lazyJs = await Promise.all(
    Object.values(manifest ?? {})
      .filter((c) => c.file.endsWith('.js') && !initialSet.has(c.file) && !c.isEntry)
      .map((c) => fileSize(dist, c.file)),
  );

  // The worker is an asset (imported with ?url), not a chunk.
  const workerFile =
    manifest?.['node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs']?.file ??
    assets.map((f) => `assets/${f}`).find((f) => /\/maplibre-gl-worker[^/]*\.mjs$/.test(f));
  const worker = workerFile ? await fileSize(dist, workerFile) : null;

  const css = await Promise.all(initial.css.map((f) => fileSize(dist, f)));

  // Fonts: woff2 files named by the initial CSS, and those the map loads (named in the initial JS).
  const fontNames = new Set<string>();
  for (const f of [...initial.css, ...initial.js]) {
    const text = await readFile(path.join(dist, f), 'utf8');
    for (const m of text.matchAll(/([\w.-]+\.woff2)\b/g)) fontNames.add(m[1]!);
  }
  const fonts = await Promise.all(
    [...fontNames]
      .filter((name) => assets.includes(name))
      .sort()
      .map((name) => fileSize(dist, `assets/${name}`)),
  );

  const dataDir = path.join(dist, 'data');
  const dataFiles = (await listFiles(dataDir)).filter((f) => /\.(geojson|json)$/.test(f));
  const data = await Promise.all(dataFiles.map((f) => fileSize(dist, `data/${f}`)));
  const dataTotal = data.reduce(
    (sum, f) => ({ bytes: sum.bytes + f.bytes, gzip: sum.gzip + f.gzip }),
    { bytes: 0, gzip: 0 },
  );
  let dataFocusCounties: string[] | null = null;
  if (dataFiles.includes('manifest.json')) {
    const m = JSON.parse(await readFile(path.join(dataDir, 'manifest.json'), 'utf8')) as {
      focusCounties?: string[];
    };
    dataFocusCounties = m.focusCounties ?? null;
  }

  return {
    dist,
    initialJs,
    lazyJs: lazyJs.sort((a, b) => b.gzip - a.gzip),
    worker,
    css,
    fonts,
    data,
    dataTotal,
    dataFocusCounties,
  };
}

export const BUDGET = {
  /** Initial JavaScript of our own code (everything but maplibre-gl and React), gzip. */
  ownInitialJsGzip: 80 * KB,
  /** The generated data for the two counties (dist/data/*.geojson, *.json), gzip, in total. */
  dataGzip: 150 * KB,
} as const;

export function kB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} kB`;
}

export interface BudgetCheck {
  name: string;
  ok: boolean;
  actual: number;
  budget: number;
  /** The files behind the number, largest first, for the message. */
  details: string[];
}

/** The size budget: our own initial JS ≤ 80 kB gzip, the generated data ≤ 150 kB gzip. */
export function checkBudget(report: SizeReport): BudgetCheck[] {
  const own = report.initialJs.byCategory.own.gzip;
  const ownChunks = report.initialJs.chunks
    .map((chunk) => {
      const gz = splitGzip(chunk, chunk.packages);
      const ownGzip = Object.entries(gz)
        .filter(([pkg]) => categoryOfPart(pkg) === 'own')
        .reduce((sum, [, g]) => sum + g, 0);
      return { file: chunk.file, ownGzip };
    })
    .filter((c) => c.ownGzip >= 0.05 * KB)
    .sort((a, b) => b.ownGzip - a.ownGzip);
  const topPackages = report.initialJs.packages
    .filter((p) => p.category === 'own')
    .slice(0, 8)
    .map((p) => `${p.name} ${kB(p.gzip)}`);
  return [
    {
      name: 'initial JavaScript, our own code (all but maplibre-gl and react/react-dom), gzip',
      ok: own <= BUDGET.ownInitialJsGzip,
      actual: own,
      budget: BUDGET.ownInitialJsGzip,
      details: [
        ...ownChunks.map((c) => `${path.join(report.dist, c.file)}: ${kB(c.ownGzip)} of own code`),
        `largest parts: ${topPackages.join(', ')}`,
      ],
    },
    {
      name: `generated data${report.dataFocusCounties ? ` (counties ${report.dataFocusCounties.join(', ')})` : ''}, gzip, in total`,
      ok: report.dataTotal.gzip <= BUDGET.dataGzip,
      actual: report.dataTotal.gzip,
      budget: BUDGET.dataGzip,
      details: [...report.data]
        .sort((a, b) => b.gzip - a.gzip)
        .map((f) => `${path.join(report.dist, f.file)}: ${kB(f.gzip)}`),
    },
  ];
}
