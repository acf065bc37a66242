import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { packageOf } from './sizes.ts';
import { loadChainedSourceMap, type ChainedSourceMap } from './sourcemap.ts';
import {
  breakdown,
  meanBreakdown,
  OWN_PACKAGE,
  type Breakdown,
  type CallFrame,
  type FrameResolver,
  type ResolvedFrame,
  type TraceEvent,
} from './trace.ts';

/**
 * The resolver from a CPU-profile frame (a URL of the served build, 0-based line and column of
 * the function's start) to its original source, package and name, through the source maps of
 * every chunk in `dist`/assets and, beyond them, the maps that packages ship (maplibre-gl's
 * dist/maplibre-gl.mjs.map leads to MapLibre's src/*.ts).
 */
export async function loadFrameResolver(dist: string): Promise<FrameResolver> {
  const assets = path.join(dist, 'assets');
  const maps = new Map<string, ChainedSourceMap>();
  for (const file of await readdir(assets)) {
    if (!/\.m?js$/.test(file)) continue;
    const map = await loadChainedSourceMap(path.join(assets, file));
    if (map) maps.set(file, map);
  }
  const cache = new Map<string, ResolvedFrame | null>();
  return (frame: CallFrame) => {
    if (!frame.url || frame.lineNumber === undefined) return null;
    const k = `${frame.url}:${frame.lineNumber}:${frame.columnNumber ?? 0}`;
    if (cache.has(k)) return cache.get(k)!;
    let resolved: ResolvedFrame | null = null;
    const file = new URL(frame.url, 'http://x/').pathname.replace(/^.*\//, '');
    const map = maps.get(file);
    const pos = map?.lookup(frame.lineNumber, frame.columnNumber ?? 0);
    if (map && pos) {
      const pkg = packageOf(pos.bundled ?? pos.source);
      const text = map.sourceLine(pos.source, pos.line);
      resolved = {
        package: pkg === '(own code)' ? OWN_PACKAGE : pkg,
        source: readableSource(pos.source),
        line: pos.line + 1,
        name: pos.name ?? (text ? nameInLine(text, pos.column) : null),
      };
    }
    cache.set(k, resolved);
    return resolved;
  };
}

/** "../../node_modules/maplibre-gl/src/ui/map.ts" → "maplibre-gl/src/ui/map.ts"; "../../src/x.ts" → "src/x.ts". */
export function readableSource(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) return source.slice(at + 'node_modules/'.length);
  return source.replace(/^(\.\.\/|\.\/)+/, '');
}

/**
 * The name of the function that starts at `column` of an original source line: a function
 * declaration, a method, or a property or variable that a function is assigned to.
 */
export function nameInLine(text: string, column: number): string | null {
  const from = text.slice(Math.max(0, column));
  const patterns = [
    /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]+)/,
    /^\s*(?:(?:static|async|get|set|public|private|protected|override|readonly)\s+)*([\w$]+)\s*(?:<[^>]*>)?\s*\(/,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(from);
    if (m && m[1] !== 'function' && m[1] !== 'if' && m[1] !== 'return') return m[1]!;
  }
  const whole = [
    /(?:^|[\s,;{(])function\s*\*?\s*([\w$]+)\s*\(/,
    /([\w$]+)\s*[:=]\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)/,
  ];
  for (const pattern of whole) {
    const m = pattern.exec(text);
    if (m) return m[1]!;
  }
  return null;
}

/** Trace files of cold loads of each page, with the time to map ready of each load. */
export interface TracedLoads {
  app: { file: string; readyMs: number }[];
  baseline: { file: string; readyMs: number }[];
}

export interface TraceResult {
  runs: number;
  /** Trace files (bench/results/trace-*.json), app then baseline. */
  files: string[];
  /** Mean breakdowns over the traced loads. */
  app: Breakdown;
  baseline: Breakdown;
  appReadyMs: number[];
  baselineReadyMs: number[];
}

/** Reads traced loads and breaks each down; the mean per page (see trace.ts for the method). */
export async function analyseTracedLoads(
  loads: TracedLoads,
  resolve: FrameResolver,
): Promise<TraceResult> {
  const analyse = async (file: string) => {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as
      { traceEvents: TraceEvent[] } | TraceEvent[];
    return breakdown(Array.isArray(parsed) ? parsed : parsed.traceEvents, resolve);
  };
  const app: Breakdown[] = [];
  const baseline: Breakdown[] = [];
  for (const l of loads.app) app.push(await analyse(l.file));
  for (const l of loads.baseline) baseline.push(await analyse(l.file));
  return {
    runs: Math.min(app.length, baseline.length),
    files: [...loads.app, ...loads.baseline].map((l) => l.file),
    app: meanBreakdown(app),
    baseline: meanBreakdown(baseline),
    appReadyMs: loads.app.map((l) => l.readyMs),
    baselineReadyMs: loads.baseline.map((l) => l.readyMs),
  };
}
