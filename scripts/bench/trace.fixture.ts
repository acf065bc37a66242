import type { CallFrame, FrameResolver, ResolvedFrame, TraceEvent } from './trace.ts';

/**
 * A handmade trace of a page load, small enough to follow by hand (times in µs, as in Chrome's
 * traces). The window runs from navigationStart at 1 000 to the ready mark at 11 000: 10 ms.
 *
 *   main thread (pid 1, tid 10)
 *   1 000 ─ 5 000  RunTask
 *     1 500 ─ 4 500  FunctionCall                       (script: 1 700 µs of self time)
 *       2 000 ─ 3 000  GLES2Implementation::GetProgramiv → webgl-program 1 000
 *         2 100 ─ 2 900  ImplementationBase::GetBucketContents
 *           2 200 ─ 2 800  CommandBufferProxyImpl::WaitForGetOffset
 *       3 500 ─ 3 800  MinorGC                           → gc 300
 *   5 200 ─ 5 600  ParseHTML (a B/E pair)                → html 400
 *   6 000 ─ 8 000  RunTask
 *     6 000 ─ 6 500  UpdateLayoutTree                    → style-layout 500
 *     6 500 ─ 7 000  Paint                               → paint 500
 *     7 000 ─ 8 000  RunMicrotasks                       (script: 1 000)
 *   10 500 ─ 12 000 RunTask, cut at the mark
 *     10 500 ─ 11 500 FunctionCall                       (script: 500 inside the window)
 *
 * RunTask's own time (1 000–1 500 and 4 500–5 000) is "other": 1 000; the gaps are idle:
 * 200 + 400 + 2 500 = 3 100. Outside the window: a task at 0–900 and a navigationStart of an
 * about:blank document and one of a subframe (empty URL), which the window ignores.
 *
 * CPU samples (profile "0x1", from 1 000): zod's parse at 1 500 (→ 2 000: zod 500), MapLibre's
 * Program constructor at 2 000 and 2 500 (inside the GPU wait: charged with it), our main() at
 * 3 000 (→ 3 500: own 500; the sample at 3 500 is GC, inside the MinorGC slice), main() again at
 * 3 800 (own 400), zod at 4 200 (zod 300), idle at 4 500, the bench's JSON wrapper at 7 000 and
 * 7 500 (json 1 000), idle at 8 000, zod at 10 500 (the last sample stands for 4 ms at most: zod
 * 500). So: zod 1 300, our code 900, json 1 000.
 *
 * The worker thread (pid 1, tid 20) runs 2 000–9 000: 7 ms busy. The GPU process's main thread
 * (pid 2, tid 30) runs 500–1 500: 0.5 ms inside the window.
 */

const X = (name: string, ts: number, dur: number, tid = 10, pid = 1, cat = 'devtools.timeline') =>
  ({ name, cat, ph: 'X', ts, dur, pid, tid }) as TraceEvent;

const MAIN = 'http://127.0.0.1/assets/main.js';
const MAPLIBRE = 'http://127.0.0.1/assets/maplibre.js';

const frame = (functionName: string, extra: Partial<CallFrame> = {}): CallFrame => ({
  functionName,
  codeType: 'JS',
  scriptId: 0,
  ...extra,
});

const nodes = [
  { id: 1, callFrame: frame('(root)', { codeType: 'other' }) },
  { id: 2, parent: 1, callFrame: frame('(program)', { codeType: 'other' }) },
  { id: 3, parent: 1, callFrame: frame('(idle)', { codeType: 'other' }) },
  {
    id: 4,
    parent: 1,
    callFrame: frame('main', { url: MAIN, scriptId: 7, lineNumber: 0, columnNumber: 10 }),
  },
  {
    id: 5,
    parent: 4,
    // Later nodes of a script may leave out the URL: it is carried by script id.
    callFrame: frame('a', { scriptId: 7, lineNumber: 0, columnNumber: 20 }),
  },
  {
    id: 6,
    parent: 1,
    callFrame: frame('hj', { url: MAPLIBRE, scriptId: 8, lineNumber: 0, columnNumber: 5 }),
  },
  { id: 7, parent: 1, callFrame: frame('(garbage collector)', { codeType: 'other' }) },
  {
    id: 8,
    parent: 1,
    callFrame: frame('__benchParseJson', { scriptId: 3, lineNumber: 4, columnNumber: 2 }),
  },
];

//               1500 2000 2500 3000 3500 3800 4200 4500 7000 7500 8000 10500
const samples = [5, 6, 6, 4, 7, 4, 5, 3, 8, 8, 3, 5];
const timeDeltas = [500, 500, 500, 500, 500, 300, 400, 300, 2500, 500, 500, 2500];

export const FIXTURE_EVENTS: TraceEvent[] = [
  { name: 'process_name', ph: 'M', ts: 0, pid: 1, tid: 0, args: { name: 'Renderer' } },
  { name: 'process_name', ph: 'M', ts: 0, pid: 2, tid: 0, args: { name: 'GPU Process' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 10, args: { name: 'CrRendererMain' } },
  {
    name: 'thread_name',
    ph: 'M',
    ts: 0,
    pid: 1,
    tid: 20,
    args: { name: 'DedicatedWorker thread' },
  },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 30, args: { name: 'CrGpuMain' } },
  {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    ts: 400,
    pid: 1,
    tid: 10,
    args: { data: { documentLoaderURL: '', isLoadingMainFrame: true, isOutermostMainFrame: true } },
  },
  {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    ts: 1000,
    pid: 1,
    tid: 10,
    args: {
      data: {
        documentLoaderURL: 'http://127.0.0.1/',
        isLoadingMainFrame: true,
        isOutermostMainFrame: true,
      },
    },
  },
  {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    ts: 1200,
    pid: 1,
    tid: 10,
    args: { data: { documentLoaderURL: '', isLoadingMainFrame: true, isOutermostMainFrame: true } },
  },
  X('RunTask', 0, 900),
  X('RunTask', 1000, 4000),
  X('FunctionCall', 1500, 3000),
  X('GLES2Implementation::GetProgramiv', 2000, 1000, 10, 1, 'gpu'),
  X('ImplementationBase::GetBucketContents', 2100, 800, 10, 1, 'gpu'),
  X('CommandBufferProxyImpl::WaitForGetOffset', 2200, 600, 10, 1, 'gpu'),
  X('MinorGC', 3500, 300),
  { name: 'ParseHTML', cat: 'devtools.timeline', ph: 'B', ts: 5200, pid: 1, tid: 10 },
  { name: 'ParseHTML', cat: 'devtools.timeline', ph: 'E', ts: 5600, pid: 1, tid: 10 },
  X('RunTask', 6000, 2000),
  X('UpdateLayoutTree', 6000, 500),
  X('Paint', 6500, 500),
  X('RunMicrotasks', 7000, 1000),
  X('RunTask', 10500, 1500),
  X('FunctionCall', 10500, 1000),
  { name: 'bench:map-ready', cat: 'blink.user_timing', ph: 'R', ts: 11000, pid: 1, tid: 10 },
  X('RunTask', 2000, 7000, 20),
  X('RunTask', 500, 1000, 30, 2),
  {
    name: 'Profile',
    cat: 'disabled-by-default-v8.cpu_profiler',
    ph: 'P',
    ts: 1000,
    pid: 1,
    tid: 10,
    id: '0x1',
    args: { data: { startTime: 1000 } },
  },
  {
    name: 'ProfileChunk',
    cat: 'disabled-by-default-v8.cpu_profiler',
    ph: 'P',
    ts: 11000,
    pid: 1,
    tid: 99,
    id: '0x1',
    args: { data: { cpuProfile: { nodes, samples }, timeDeltas } },
  },
];

const RESOLVED: Record<string, ResolvedFrame> = {
  [`${MAIN}:0:10`]: { package: '(own code)', source: 'src/main.ts', line: 3, name: 'main' },
  [`${MAIN}:0:20`]: { package: 'zod', source: 'zod/v4/core/schemas.js', line: 856, name: 'parse' },
  [`${MAPLIBRE}:0:5`]: {
    package: 'maplibre-gl',
    source: 'maplibre-gl/src/webgl/program.ts',
    line: 69,
    name: 'constructor',
  },
};

/** What the build's source maps would say about the fixture's frames. */
export const fixtureResolver: FrameResolver = (f) =>
  RESOLVED[`${f.url}:${f.lineNumber}:${f.columnNumber}`] ?? null;
