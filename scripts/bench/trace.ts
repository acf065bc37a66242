import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { originalPositionFor, TraceMap, type SourceMapInput } from '@jridgewell/trace-mapping';
import * as TraceEngine from '@paulirish/trace_engine';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';
import { taskGroups, taskNameToGroup } from 'lighthouse/core/lib/tracehouse/task-groups.js';

/**
 * Where the main thread's time goes, read from a Chromium performance trace by the tools of the
 * field rather than by hand: Chrome DevTools' own trace engine (@paulirish/trace_engine, the
 * Performance panel's model) parses the trace, nests each thread's events, computes their self
 * time, builds the JavaScript calls from the CPU profile and finds the interactions (input delay,
 * processing, presentation) and the LCP phases; Lighthouse's task groups (the table behind its
 * "main-thread work breakdown", which follows DevTools' categories) name what each event is.
 *
 * A load is read from the main frame's navigation to the harness's ready mark; an interaction
 * over its own span, from the input to the next frame presented. Inside the window, every event
 * that starts there is charged its self time to the group of the nearest event (itself or an
 * ancestor) that Lighthouse names; waits of the WebGL client for the GPU process are a group of
 * their own; the rest of the window is idle. The JavaScript's self time is charged to the npm
 * package (or our own folder) of the nearest function with a script, through the build's source
 * maps.
 */

/** What a trace records: Lighthouse's categories, with the CPU profile and the GPU client's waits. */
export const TRACE_CATEGORIES = [
  ...TraceGatherer.getDefaultTraceCategories().filter((c) => !/screenshot|rundown/.test(c)),
  'disabled-by-default-v8.cpu_profiler',
  'gpu',
];

/** The user-timing mark the harness sets when the map is ready; it ends a load's window. */
export const READY_MARK = 'bench:map-ready';

/** The WebGL client waiting for the GPU process (shader compile and link, context creation). */
const GPU_WAIT = /^(CommandBuffer|GpuChannelHost|GLES2|ImplementationBase|TransferBuffer)/;
export const GPU = 'Waiting for the GPU process (WebGL)';
export const IDLE = 'Idle';
/** Lighthouse's groups in its order, then ours. */
export const GROUPS = [...Object.values(taskGroups).map((g) => g.label), GPU, IDLE];

export interface MainThread {
  windowMs: number;
  /** ms by group (GROUPS); they add up to windowMs. */
  groups: Record<string, number>;
  /** JavaScript self time by npm package or own folder ("src/map"). */
  packages: Record<string, number>;
  /** The functions with the most self time, "source:line name". */
  functions: { label: string; ms: number }[];
  /** ms MapLibre's worker (the page's dedicated workers) ran tasks in the window. */
  workerMs: number;
}

export interface LoadAnalysis {
  mainThread: MainThread;
  /** Largest Contentful Paint and its phases (ms), as the Performance panel's insight gives them. */
  lcp: { ms: number; phases: Record<string, number> } | null;
}

export interface InteractionAnalysis {
  /** The longest event of the interaction: input delay + processing + presentation. */
  durationMs: number;
  inputDelayMs: number;
  processingMs: number;
  presentationMs: number;
  mainThread: MainThread;
}

/** Where a frame of the CPU profile came from: its package (or own folder) and its label. */
export type FrameResolver = (frame: {
  url: string;
  lineNumber: number;
  columnNumber: number;
  functionName: string;
}) => { package: string; label: string } | null;

type Parsed = TraceEngine.Handlers.Types.ParsedTrace;
type TraceEvent = TraceEngine.Types.Events.Event;
type Node = TraceEngine.Helpers.TreeHelpers.TraceEntryNode;

async function parse(events: readonly unknown[]) {
  const model = TraceEngine.TraceModel.Model.createWithAllHandlers();
  await model.parse(events as TraceEvent[]);
  const parsed = model.parsedTrace();
  if (!parsed) throw new Error('the trace engine found nothing in the trace');
  return { parsed, insights: model.traceInsights() };
}

const threadsOf = (parsed: Parsed, pid: number) => [
  ...(parsed.Renderer.processes.get(pid as TraceEngine.Types.Events.ProcessID)?.threads.values() ??
    []),
];

/** The group of an event: the nearest Lighthouse name on its chain, or a wait for the GPU. */
export function groupOf(chain: readonly string[]): string {
  for (const name of chain) {
    if (GPU_WAIT.test(name)) return GPU;
    const group = (taskNameToGroup as Record<string, { label: string } | undefined>)[name];
    if (group) return group.label;
  }
  return taskGroups.other.label;
}

/** The package (or own folder) a source of the build's maps belongs to. */
export function packageOfSource(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [scope = '', name = ''] = source.slice(at + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const parts = source.replace(/^(\.\.?\/)+/, '').split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.join('/');
}

/** The main thread of process `pid` over [from, to) (trace clock, µs). */
export function mainThreadOf(
  parsed: Parsed,
  pid: number,
  from: number,
  to: number,
  resolve: FrameResolver,
): MainThread {
  const threads = threadsOf(parsed, pid);
  const main = threads.find((t) => t.name === 'CrRendererMain');
  if (!main) throw new Error(`no renderer main thread in process ${pid}`);
  const groups: Record<string, number> = Object.fromEntries(GROUPS.map((g) => [g, 0]));
  const packages: Record<string, number> = {};
  const functions = new Map<string, number>();
  const add = (record: Record<string, number>, key: string, ms: number) =>
    (record[key] = (record[key] ?? 0) + ms);
  const within = (e: TraceEvent) => e.ts >= from && e.ts < to;
  for (const entry of main.entries) {
    if (!within(entry)) continue;
    const node = parsed.Renderer.entryToNode.get(entry);
    const ms = (node?.selfTime ?? 0) / 1000;
    if (ms <= 0) continue;
    const chain: Node[] = [];
    for (let n: Node | null | undefined = node; n; n = n.parent) chain.push(n);
    const group = groupOf(chain.map((n) => n.entry.name));
    add(groups, group, ms);
    if (!TraceEngine.Types.Events.isProfileCall(entry)) continue;
    // JavaScript: charged to the nearest function with a script (builtins run for their caller).
    const frame = chain
      .map((n) => n.entry)
      .filter(TraceEngine.Types.Events.isProfileCall)
      .map((call) => resolve(call.callFrame))
      .find((r) => r !== null);
    add(packages, frame?.package ?? '(no script: V8 builtins, injected scripts)', ms);
    if (frame) functions.set(frame.label, (functions.get(frame.label) ?? 0) + ms);
  }
  const windowMs = (to - from) / 1000;
  groups[IDLE] = Math.max(0, windowMs - Object.values(groups).reduce((a, b) => a + b, 0));
  // Top-level tasks only: a task's children run inside it.
  const workerMs = threads
    .filter((t) => t.name === 'DedicatedWorker thread')
    .flatMap((t) => t.entries)
    .filter((e) => within(e) && !parsed.Renderer.entryToNode.get(e)?.parent)
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return {
    windowMs,
    groups,
    packages,
    functions: [...functions]
      .map(([label, ms]) => ({ label, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12),
    workerMs,
  };
}

/** A load: from the main frame's navigation to the ready mark, on the process that set it. */
export async function analyseLoad(
  events: readonly unknown[],
  resolve: FrameResolver,
): Promise<LoadAnalysis> {
  const { parsed, insights } = await parse(events);
  const mark = parsed.UserTimings.performanceMarks.find((m) => m.name === READY_MARK);
  if (!mark) throw new Error(`the trace has no "${READY_MARK}" mark`);
  const navigation = [...parsed.Meta.navigationsByNavigationId.values()]
    .filter((n) => n.pid === mark.pid && n.ts <= mark.ts)
    .at(-1);
  if (!navigation) throw new Error('the trace has no navigation before the ready mark');
  let lcp: LoadAnalysis['lcp'] = null;
  for (const set of insights?.values() ?? []) {
    const model = set.model.LCPBreakdown;
    if (!model?.lcpMs || !model.subparts) continue;
    const phases = Object.entries(model.subparts).map(([phase, part]) => [
      phase,
      part.range / 1000,
    ]);
    lcp = { ms: model.lcpMs, phases: Object.fromEntries(phases) };
  }
  return { mainThread: mainThreadOf(parsed, mark.pid, navigation.ts, mark.ts, resolve), lcp };
}

/** The trace's longest interaction (a click), its parts and the main thread during it. */
export async function analyseInteraction(
  events: readonly unknown[],
  resolve: FrameResolver,
): Promise<InteractionAnalysis> {
  const { parsed } = await parse(events);
  const longest = [...parsed.UserInteractions.interactionEvents].sort((a, b) => b.dur - a.dur)[0];
  if (!longest) throw new Error('the trace has no interaction');
  return {
    durationMs: longest.dur / 1000,
    inputDelayMs: longest.inputDelay / 1000,
    processingMs: longest.mainThreadHandling / 1000,
    presentationMs: longest.presentationDelay / 1000,
    mainThread: mainThreadOf(parsed, longest.pid, longest.ts, longest.ts + longest.dur, resolve),
  };
}

/**
 * The resolver from a CPU-profile frame (a URL of the served build, 0-based line and column) to
 * its package and "source:line name", through the source map of its chunk in `dist`/assets and,
 * for a package that ships its own map (maplibre-gl), on to the package's sources.
 */
export async function loadFrameResolver(dist: string): Promise<FrameResolver> {
  // The chunks' maps keep their sources as written ("../../src/map/layers.ts"); a package's own
  // map resolves its sources from where it lies ("node_modules/maplibre-gl/src/ui/map.ts").
  const read = async (file: string, base?: string) =>
    existsSync(file)
      ? new TraceMap(JSON.parse(await readFile(file, 'utf8')) as SourceMapInput, base)
      : null;
  // By chunk ("main-Cpp0YpKw.js"), and by bundled source of a package that ships its own map.
  const maps = new Map<string, TraceMap | null>();
  for (const file of await readdir(path.join(dist, 'assets'))) {
    const map = /\.m?js$/.test(file) ? await read(path.join(dist, 'assets', `${file}.map`)) : null;
    if (!map) continue;
    maps.set(file, map);
    for (const source of map.sources) {
      const own = source?.match(/node_modules\/.*\.m?js$/)?.[0];
      if (source && own && !maps.has(source))
        maps.set(source, await read(`${own}.map`, `${own}.map`));
    }
  }
  return (frame) => {
    const file = frame.url.replace(/[?#].*$/, '').replace(/^.*\//, '');
    const chunk = frame.lineNumber >= 0 && frame.columnNumber >= 0 ? maps.get(file) : null;
    const line = frame.lineNumber + 1;
    const first = chunk && originalPositionFor(chunk, { line, column: frame.columnNumber });
    if (!first?.source) {
      return frame.url
        ? { package: `(unmapped) ${file}`, label: `${file} ${frame.functionName}` }
        : null;
    }
    const inner = maps.get(first.source);
    const second = inner && originalPositionFor(inner, { line: first.line, column: first.column });
    const pos = second?.source ? { ...second, name: second.name ?? first.name } : first;
    const source = pos.source!.replace(/^.*node_modules\//, '').replace(/^(\.\.?\/)+/, '');
    const name = pos.name ?? (frame.functionName || '(anonymous)');
    return { package: packageOfSource(first.source), label: `${source}:${pos.line} ${name}` };
  };
}
