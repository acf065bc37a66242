/**
 * Where the main thread's time goes while a page loads to "map ready": a Chromium performance
 * trace (CDP Tracing) broken down into categories. Pure functions of the trace's events and of a
 * resolver from a CPU-profile frame to its original source (scripts/bench/trace-sources.ts reads
 * the build's source maps for it), so that they can be tested on a handmade trace.
 *
 * Method, in four steps (the README's Performance section says the same for readers):
 *
 * 1. The window: from the page's navigationStart (the main frame's, with an http(s) URL) to the
 *    user-timing mark "bench:map-ready" that the harness sets when data-map-ready="true" appears.
 *    The thread is the renderer main thread that recorded the mark.
 * 2. The thread's complete trace events (X, or B/E pairs), clipped to the window, are nested by
 *    time; the window is cut into segments, each owned by the innermost event open over it (its
 *    "self time"); time with no event open is idle.
 * 3. A segment is categorised by its chain of events, innermost first: the first event with a
 *    rule decides (GC, V8 compile, WebGL calls that wait for the GPU process, postMessage
 *    cloning, style and layout, paint, HTML parsing, loading, ...). A chain whose first rule says
 *    "JavaScript is running" (FunctionCall, RunMicrotasks, v8.evaluateModule, TimerFire, canvas
 *    calls made from JS, ...) is split by the V8 CPU profile.
 * 4. The CPU profile (disabled-by-default-v8.cpu_profiler) gives a stack every ~0.25 ms; each
 *    sample stands for the time up to the next one; across a longer gap (over 4 ms: the sampler
 *    thread starved on a busy machine) each side takes half, and of a gap over 100 ms only 4 ms
 *    at either end are attributed, the rest is "not sampled". A sample's category comes from its
 *    stack, leaf first, skipping frames
 *    without a script URL (builtins, DOM methods): the first frame of a known package decides
 *    (zod, minisearch, MapLibre by its source file, React by render or commit phase), our own
 *    code (src/) is "React render" when the nearest library frame below it is React's render
 *    phase and "our code: src/<folder>" otherwise; the harness's response.json() (body as text,
 *    then JSON.parse) is "JSON".
 *
 * The categories of one page add up to the window exactly.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  args?: Record<string, unknown>;
}

export interface CallFrame {
  functionName: string;
  url?: string;
  scriptId?: number | string;
  lineNumber?: number;
  columnNumber?: number;
  codeType?: string;
}

/** Where a frame of the CPU profile came from, through the build's source maps. */
export interface ResolvedFrame {
  /** The npm package as bundled ("maplibre-gl"), or OWN_PACKAGE for src/ and bench/. */
  package: string;
  /** The original source: "src/map/webgl.ts", "maplibre-gl/src/webgl/program.ts". */
  source: string;
  /** 1-based line of the original source. */
  line: number;
  /** The function's original name, when known. */
  name: string | null;
}

export type FrameResolver = (frame: CallFrame) => ResolvedFrame | null;

export const OWN_PACKAGE = '(own code)';

/**
 * The harness's replacement of Response.prototype.json (named json, as the method it replaces:
 * it reads the body as text) and the function in which it calls JSON.parse (see harness.ts).
 * Both are frames of an injected script, without a URL.
 */
export const JSON_WRAPPER = '__benchParseJson';
export const JSON_METHOD = 'json';
export const READY_MARK = 'bench:map-ready';

export type Group = 'script' | 'webgl' | 'browser' | 'idle';

/** Fixed categories, in display order; "own:<folder>" categories are added as found. */
export const CATEGORIES: Record<string, { label: string; group: Group }> = {
  json: { label: 'JSON: body as text and JSON.parse (response.json())', group: 'script' },
  zod: { label: 'Schema validation (zod)', group: 'script' },
  minisearch: { label: 'Search index (minisearch)', group: 'script' },
  'react-render': { label: 'React render (reconciler and our components)', group: 'script' },
  'react-commit': { label: 'React commit (DOM updates, effect bookkeeping)', group: 'script' },
  'react-other': { label: 'React scheduler and event system', group: 'script' },
  'maplibre-style': {
    label: 'MapLibre: style (parse, validate, expressions, layers)',
    group: 'script',
  },
  'maplibre-program': {
    label: 'MapLibre: shader programs, JS side (sources, compile/link calls, uniforms)',
    group: 'script',
  },
  'maplibre-glyph': {
    label: 'MapLibre: glyphs (font loading, TinySDF rasterisation on a 2D canvas)',
    group: 'script',
  },
  'maplibre-worker': {
    label: 'MapLibre: worker setup and messages (actor, serialisation)',
    group: 'script',
  },
  'maplibre-draw': {
    label: 'MapLibre: drawing (painter, draw calls, GL state, buffers)',
    group: 'script',
  },
  'maplibre-data': { label: 'MapLibre: sources, tiles, buckets, placement', group: 'script' },
  'maplibre-other': { label: 'MapLibre: map, camera, events, other', group: 'script' },
  'other-libs': { label: 'Other libraries (@tanstack/query, zustand, ...)', group: 'script' },
  'module-eval': { label: "Module evaluation (the bundles' top-level code)", group: 'script' },
  'other-js': { label: 'Other scripts (no source map)', group: 'script' },
  harness: { label: 'Bench harness and Playwright (injected in both pages)', group: 'script' },
  'script-native': {
    label: 'Script: native code with no JS frame in the sample',
    group: 'script',
  },
  'script-unsampled': { label: 'Script: not sampled', group: 'script' },
  'webgl-context': {
    label: 'GPU context creation (WebGL, accelerated 2D canvas): waiting for the GPU process',
    group: 'webgl',
  },
  'webgl-program': {
    label: 'WebGL: waiting for shader compile and link (getProgramParameter, ...)',
    group: 'webgl',
  },
  'webgl-sync': {
    label: 'WebGL: other calls waiting for the GPU process (checkFramebufferStatus, getError, ...)',
    group: 'webgl',
  },
  'webgl-submit': { label: 'WebGL: command submission (flush)', group: 'webgl' },
  postmessage: { label: 'postMessage structured clone (to and from workers)', group: 'browser' },
  compile: { label: 'V8: parse and compile scripts', group: 'browser' },
  'v8-tiering': { label: 'V8: optimisation, deoptimisation, interrupts', group: 'browser' },
  gc: { label: 'Garbage collection', group: 'browser' },
  html: { label: 'HTML parsing', group: 'browser' },
  'style-layout': { label: 'Style, layout and fonts', group: 'browser' },
  paint: { label: 'Paint, compositing and frame lifecycle', group: 'browser' },
  loading: { label: 'Network and resource loading (Blink)', group: 'browser' },
  profiler: { label: 'Tracing and profiler overhead', group: 'browser' },
  other: {
    label: 'Other: task scheduling, IPC, native work with no trace event',
    group: 'browser',
  },
  idle: { label: 'Idle (waiting for network, worker, GPU process)', group: 'idle' },
};

export function categoryLabel(id: string): string {
  if (id.startsWith('own:')) return `Our code: ${id.slice(4)}`;
  return CATEGORIES[id]?.label ?? id;
}

export function categoryGroup(id: string): Group {
  if (id.startsWith('own:')) return 'script';
  return CATEGORIES[id]?.group ?? 'browser';
}

// ---------------------------------------------------------------------------------------------
// Step 1: threads and the window

export interface LoadWindow {
  pid: number;
  tid: number;
  /** Trace clock, microseconds. */
  start: number;
  end: number;
}

const key = (pid: number, tid: number) => `${pid}:${tid}`;

export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      names.set(key(e.pid, e.tid), String((e.args as { name?: string })?.name ?? ''));
    }
  }
  return names;
}

function processNames(events: readonly TraceEvent[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'process_name') {
      names.set(e.pid, String((e.args as { name?: string })?.name ?? ''));
    }
  }
  return names;
}

/** From the main frame's navigationStart to the ready mark, on the thread that set the mark. */
export function findLoadWindow(
  events: readonly TraceEvent[],
  mark: string = READY_MARK,
): LoadWindow | null {
  const ready = events.find((e) => e.name === mark && e.ph !== 'M');
  if (!ready) return null;
  let start: number | null = null;
  for (const e of events) {
    if (e.name !== 'navigationStart' || e.pid !== ready.pid || e.ts > ready.ts) continue;
    const data = (e.args?.data ?? {}) as {
      documentLoaderURL?: string;
      isOutermostMainFrame?: boolean;
      isLoadingMainFrame?: boolean;
    };
    if (!/^https?:/.test(data.documentLoaderURL ?? '')) continue;
    if (data.isOutermostMainFrame === false || data.isLoadingMainFrame === false) continue;
    if (start === null || e.ts > start) start = e.ts;
  }
  if (start === null) return null;
  return { pid: ready.pid, tid: ready.tid, start, end: ready.ts };
}

// ---------------------------------------------------------------------------------------------
// Step 2: slices and segments

export interface Slice {
  name: string;
  cat: string;
  ts: number;
  end: number;
  /** The slices open around this one, innermost first (filled in by segmentsOf). */
  parent: Slice | null;
}

/** The thread's complete events (X, and B/E pairs), clipped to [from, to). */
export function threadSlices(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  from = -Infinity,
  to = Infinity,
): Slice[] {
  const slices: Slice[] = [];
  const open: TraceEvent[] = [];
  const push = (name: string, cat: string, ts: number, end: number) => {
    const a = Math.max(ts, from);
    const b = Math.min(end, to);
    if (b > a) slices.push({ name, cat, ts: a, end: b, parent: null });
  };
  const own = events
    .filter((e) => e.pid === pid && e.tid === tid && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E'))
    .sort((a, b) => a.ts - b.ts);
  for (const e of own) {
    if (e.ph === 'X') {
      if (typeof e.dur === 'number' && e.dur > 0) push(e.name, e.cat ?? '', e.ts, e.ts + e.dur);
    } else if (e.ph === 'B') {
      open.push(e);
    } else {
      const begin = open.pop();
      if (begin) push(begin.name, begin.cat ?? '', begin.ts, e.ts);
    }
  }
  return slices;
}

export interface Segment {
  from: number;
  to: number;
  /** The innermost slice open over the segment; null: nothing runs (idle). */
  slice: Slice | null;
}

/**
 * Cuts [from, to) into segments, each owned by the innermost slice open over it. Slices are
 * nested by start time (longest first on ties); a slice that outlasts its parent is cut at the
 * parent's end. Sets each slice's parent.
 */
export function segmentsOf(slices: Slice[], from: number, to: number): Segment[] {
  const sorted = [...slices].sort((a, b) => a.ts - b.ts || b.end - a.end);
  const out: Segment[] = [];
  const stack: Slice[] = [];
  let cursor = from;
  const emit = (until: number) => {
    if (until > cursor) out.push({ from: cursor, to: until, slice: stack.at(-1) ?? null });
    cursor = Math.max(cursor, until);
  };
  for (const slice of sorted) {
    while (stack.length && stack.at(-1)!.end <= slice.ts) {
      emit(stack.at(-1)!.end);
      stack.pop();
    }
    emit(slice.ts);
    const parent = stack.at(-1) ?? null;
    if (parent && slice.end > parent.end) slice.end = parent.end;
    if (slice.end <= slice.ts) continue;
    slice.parent = parent;
    stack.push(slice);
  }
  while (stack.length) {
    emit(stack.at(-1)!.end);
    stack.pop();
  }
  emit(to);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Step 3: categories of trace events

/** Marks a chain in which JavaScript runs: the CPU profile says what. */
export const SCRIPT = 'script';

/** GPU-client events that only wait: the WebGL call around them says what for. */
const GPU_WAIT =
  /^(CommandBufferProxyImpl::WaitForGetOffset|CommandBufferHelper::Finish|ImplementationBase::(WaitForCmd|GetBucketContents)|CommandBufferHelper::WaitForToken|CommandBufferProxyImpl::WaitForToken)$/;
const GPU_PROGRAM =
  /(GetProgramiv|GetShaderiv|GetProgramInfoLog|GetShaderInfoLog|GetUniformBlockIndex|GetUniformLocation|GetAttribLocation|GetActiveUniform|GetActiveAttrib|GetUniformIndices|GetFragDataLocation|GetProgramInfoCHROMIUM|GetUniformsES3CHROMIUM|GetUniformBlocksCHROMIUM|GetTransformFeedbackVaryingsCHROMIUM|LinkProgram|CompileShader)/;
const GPU_CONTEXT =
  /^(GpuChannelHost::|CommandBufferProxyImpl::Initialize|EstablishGpuChannel|WebGLRenderingContextBase::Create|WebGL2RenderingContext::Create|CreateContextProviderOnMainThread|Create3DContext|WebGraphicsContext3DProviderImpl)/;
const GPU_SUBMIT =
  /^(CommandBufferProxyImpl::Flush|CommandBufferHelper::Flush|CommandBufferHelper::OrderingBarrier|CommandBuffer::OrderingBarrier|CommandBufferProxyImpl::OrderingBarrier)$/;
const GPU_CALL = /^(GLES2Implementation|GLES2|ImplementationBase|GLES2Interface)::/;
/** 2D canvas work is done for the JavaScript that calls it (MapLibre's TinySDF glyphs). */
const CANVAS_2D =
  /^((Offscreen)?CanvasRenderingContext2D::|BaseRenderingContext2D::|Canvas2DLayerBridge::|CanvasResourceProvider::|Canvas2D)/;

const RULES: [RegExp, string][] = [
  [
    /^(FunctionCall|EvaluateScript|v8\.evaluateModule|v8\.callFunction|v8\.callModuleMethod|v8\.run|V8\.Execute|RunMicrotasks|AnimationFrame::Script::Execute|v8\.newInstance|TimerFire|FireAnimationFrame|EventDispatch|HandlePostMessage|FireIdleCallback|XHRReadyStateChange)/,
    SCRIPT,
  ],
  [
    /^SerializedScriptValueFactory::|^SerializedScriptValue::|^V8ScriptValueSerializer|^V8ScriptValueDeserializer/,
    'postmessage',
  ],
  [
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|V8\.CompileLazy|V8\.CompileIgnition|v8\.parseOnBackground|V8\.ParseFunction|V8\.ParseProgram|V8\.Parse|v8\.produceModuleCache|v8\.produceCache|v8\.consumeCache|v8\.deserializeOnBackground|AnimationFrame::Script::Compile|V8\.ScriptCompiler|V8\.CompileScript|V8\.NewContext|V8\.DeserializeContext|V8\.DeserializeIsolate)/,
    'compile',
  ],
  [
    /^V8\.(BytecodeBudgetInterrupt|HandleInterrupts|StackGuard|InvokeApiInterruptCallbacks|DeoptimizeCode|OptimizeCode|Turbofan|Maglev|InstallOptimizedFunctions|OptimizeConcurrent|FinalizeOptimization|OptimizeNonConcurrent)/,
    'v8-tiering',
  ],
  [
    /^(MinorGC|MajorGC|V8\.GC|BlinkGC|CppGC|ThreadState::|V8\.GCScavenger|V8\.GCFinalize|V8\.GCIncremental|V8\.ExternalMemoryPressure|V8\.CheckMemoryPressure|V8\.MemoryPressure|GCEvent)/,
    'gc',
  ],
  [/^(CpuProfiler::|v8\.cpu_profiler|TracingController|ProfileChunk)/, 'profiler'],
  [
    /^(ParseHTML|HTMLDocumentParser::|DecodedDataDocumentParser::|HTMLParserScriptRunner|HTMLTreeBuilder|HTMLTokenizer)/,
    'html',
  ],
  [
    /^(UpdateLayoutTree|Layout|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout|Document::(recalcStyle|updateStyle|UpdateStyleAndLayout\w*)|LocalFrameView::(layout|performLayout|UpdateStyleAndLayout\w*|RunStyleAndLayoutLifecyclePhases)|ParseAuthorStyleSheet|CSSParserImpl::|StyleEngine|Blink\.(Style|Layout|ParseStyleSheet|ForcedStyleAndLayout)|InlineNode::|LayoutObject|LayoutBlock|LayoutNG|FontCache|DecodeFont|FontFace|FontResource|StyleRecalc|ComputedStyle|SelectorQuery)/,
    'style-layout',
  ],
  [
    /^(Paint|PrePaint|Layerize|Commit|CullRectUpdate|Blink\.(Paint|PrePaint|CompositingInputs|UpdateLayers|Layerize|Animate|UpdateTime)|LocalFrameView::(RunPaintLifecyclePhase|RunPrePaintLifecyclePhase|PaintTree|RunAccessibilityLifecyclePhase)|PaintController|PaintLayer|CompositeLayers|UpdateLayer|ScrollingCoordinator|WebFrameWidgetImpl::(UpdateLifecycle|BeginMainFrame|UpdateAnimations)|ProxyMain::|LayerTreeHost|Decode Image|ImageDecodeTask|BeginFrame|PageAnimator::|Animate|UpdateLayerTree|PaintImage|ImageResourceContent|SVGImage|IsolatedSVGDocumentHost)/,
    'paint',
  ],
  [
    /^(ResourceFetcher|ResponseBodyLoader|URLLoader|ThrottlingURLLoader|ResourceRequestSender|MojoURLLoaderClient|Resource::|TextResourceDecoder|DocumentLoader::|NavigationBodyLoader|ResourceLoader|WebURLLoader|ResourceLoadScheduler|PreloadHelper|ScriptStreamer|BackgroundJSStreamManager|ClassicPendingScript|ModuleScriptLoader|ModuleTreeLinker|ResourceSendRequest|ResourceReceiveResponse|ResourceFinish|ResourceReceivedData|PageTimingMetricsSender|FrameLoader|LocalFrame::|Document::Document|Document::Initialize|LocalWindowProxy|Frame::Detach)/,
    'loading',
  ],
];

/** The category of a slice's chain (innermost first), or SCRIPT when the CPU profile decides. */
export function traceCategory(slice: Slice | null): string {
  if (!slice) return 'idle';
  let waitedOnGpu = false;
  for (let s: Slice | null = slice; s; s = s.parent) {
    const { name } = s;
    if (GPU_WAIT.test(name)) {
      waitedOnGpu = true;
      continue;
    }
    if (CANVAS_2D.test(name)) return SCRIPT;
    if (GPU_CONTEXT.test(name)) return 'webgl-context';
    if (GPU_PROGRAM.test(name) && (GPU_CALL.test(name) || waitedOnGpu)) return 'webgl-program';
    if (GPU_SUBMIT.test(name)) return waitedOnGpu ? 'webgl-sync' : 'webgl-submit';
    if (GPU_CALL.test(name)) return 'webgl-sync';
    for (const [pattern, category] of RULES) {
      if (pattern.test(name)) return waitedOnGpu && category === SCRIPT ? 'webgl-sync' : category;
    }
  }
  return waitedOnGpu ? 'webgl-sync' : 'other';
}

// ---------------------------------------------------------------------------------------------
// Step 4: the CPU profile

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

export interface CpuProfile {
  nodes: Map<number, ProfileNode>;
  /** Sorted by time (trace clock, µs). */
  samples: { ts: number; node: number }[];
}

/** The V8 CPU profile recorded for a thread in the trace (Profile and ProfileChunk events). */
export function readCpuProfile(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
): CpuProfile | null {
  const head = events.find(
    (e) => e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id !== undefined,
  );
  if (!head) return null;
  let ts = Number((head.args?.data as { startTime?: number })?.startTime ?? head.ts);
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const urls = new Map<string, string>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== head.id) continue;
    const data = (e.args?.data ?? {}) as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) {
      // Later nodes of a script may leave out its URL: carry it by script id.
      const sid = String(node.callFrame.scriptId ?? '');
      if (node.callFrame.url) urls.set(sid, node.callFrame.url);
      else if (urls.has(sid)) node.callFrame = { ...node.callFrame, url: urls.get(sid) };
      nodes.set(node.id, node);
    }
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    ids.forEach((node, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  return { nodes, samples };
}

/** The usual longest time between two samples (the profiler samples every ~0.25 ms). */
export const MAX_SAMPLE_SPAN_US = 4000;
/** The longest gap between samples that is shared between its two ends. */
export const MAX_GAP_US = 100_000;

const REACT_PACKAGES = new Set(['react', 'react-dom', 'scheduler']);
const REACT_COMMIT =
  /^(commit\w*|flushPassiveEffects\w*|flushLayoutEffects|flushMutationEffects|flushSpawnedWork|flushSyncWorkOnAllRoots|recursivelyTraverse\w*Effects\w*|runWithFiberInDEV)$/;
const REACT_RENDER =
  /^(performUnitOfWork|workLoop\w*|renderRoot\w*|beginWork|completeWork|completeUnitOfWork|renderWithHooks\w*|reconcile\w*|update\w*Component|mount\w*Component|mountIndeterminateComponent|replayFunctionComponent)$/;

/** MapLibre's own modules (and what it bundles) by what they do. */
export function maplibreCategory(source: string): string {
  const s = source.replace(/^maplibre-gl\//, '');
  if (/tiny-sdf|glyph_manager|font_face_manager|parse_glyph_pbf/.test(s)) return 'maplibre-glyph';
  if (/src\/webgl\/program|src\/shaders\/|program_configuration/.test(s)) return 'maplibre-program';
  if (/maplibre-gl-style-spec|src\/style\/|src\/util\/style/.test(s)) return 'maplibre-style';
  if (
    /src\/util\/(actor|dispatcher|web_worker|worker_pool|global_worker_pool|global_dispatcher)/.test(
      s,
    )
  )
    return 'maplibre-worker';
  if (/src\/webgl\/|src\/render\//.test(s)) return 'maplibre-draw';
  if (/src\/(source|data|tile|symbol)\/|geojson-vt|vt-pbf|vector-tile|earcut|pbf|mlt/.test(s))
    return 'maplibre-data';
  return 'maplibre-other';
}

export interface FrameInfo {
  /** Where the time is shown in the function list: "src/map/webgl.ts:7 supportsWebgl". */
  label: string;
  package: string;
}

export interface SampleClass {
  category: string;
  /** The frame the time is charged to (first frame with a script URL), if any. */
  frame: FrameInfo | null;
}

function frameLabel(frame: CallFrame, resolved: ResolvedFrame | null): string {
  if (!resolved) {
    const where = frame.url ? frame.url.replace(/^.*\//, '') : '(no URL)';
    return `${where}:${(frame.lineNumber ?? 0) + 1} ${frame.functionName || '(anonymous)'}`;
  }
  return `${resolved.source}:${resolved.line} ${resolved.name ?? (frame.functionName || '(anonymous)')}`;
}

/**
 * The category of a sample from its stack (leaf first). Exported for the unit tests; the cache
 * in breakdown() calls it once per profile node.
 */
export function classifyStack(stack: readonly CallFrame[], resolve: FrameResolver): SampleClass {
  const leaf = stack[0];
  if (!leaf) return { category: 'script-native', frame: null };
  if (leaf.functionName === '(garbage collector)') return { category: 'gc', frame: null };
  const isJson = (f: CallFrame) =>
    !f.url &&
    Number(f.scriptId ?? 0) > 0 &&
    (f.functionName === JSON_WRAPPER || f.functionName === JSON_METHOD);
  if (stack.some(isJson)) {
    return {
      category: 'json',
      frame: { label: 'response.json(): body as text, JSON.parse', package: '(response.json())' },
    };
  }
  let charged: FrameInfo | null = null;
  let ownFolder: string | null = null;
  for (let i = 0; i < stack.length; i++) {
    const frame = stack[i]!;
    if (!frame.url) {
      // A frame of an injected script has a script id but no URL (the harness, Playwright).
      if (
        Number(frame.scriptId ?? 0) > 0 &&
        frame.codeType === 'JS' &&
        frame.lineNumber !== undefined
      )
        return { category: 'harness', frame: charged };
      continue;
    }
    const resolved = resolve(frame);
    if (!resolved && frame.lineNumber === 0 && (frame.columnNumber ?? 0) === 0) {
      // A module's top-level function starts at its first character, before any mapping.
      return {
        category: ownFolder ?? 'module-eval',
        frame: charged ?? { label: frameLabel(frame, null), package: '(module top level)' },
      };
    }
    const pkg = resolved?.package ?? '(unmapped)';
    charged ??= { label: frameLabel(frame, resolved), package: pkg };
    if (pkg === OWN_PACKAGE) {
      // Our code: the library below it (towards the root) says in what context it runs.
      ownFolder ??= ownFolderOf(resolved!.source);
      continue;
    }
    if (REACT_PACKAGES.has(pkg)) {
      const phase = reactPhase(stack.slice(i), resolve);
      if (ownFolder !== null && phase !== 'react-render')
        return { category: ownFolder, frame: charged };
      return { category: phase, frame: charged };
    }
    if (ownFolder !== null) return { category: ownFolder, frame: charged };
    if (pkg === 'zod') return { category: 'zod', frame: charged };
    if (pkg === 'minisearch') return { category: 'minisearch', frame: charged };
    if (pkg === 'maplibre-gl')
      return { category: maplibreCategory(resolved!.source), frame: charged };
    return { category: resolved ? 'other-libs' : 'other-js', frame: charged };
  }
  if (ownFolder !== null) return { category: ownFolder, frame: charged };
  return { category: 'script-native', frame: charged };
}

function ownFolderOf(source: string): string {
  const parts = source.replace(/^(\.\.\/)+/, '').split('/');
  if (parts[0] === 'src' && parts.length > 2) return `own:src/${parts[1]}`;
  if (parts[0] === 'src') return 'own:src (app shell)';
  return `own:${parts[0] ?? 'other'}`;
}

function reactPhase(stack: readonly CallFrame[], resolve: FrameResolver): string {
  let render = false;
  for (const frame of stack) {
    if (!frame.url) continue;
    const resolved = resolve(frame);
    if (!resolved || !REACT_PACKAGES.has(resolved.package)) continue;
    const name = resolved.name ?? frame.functionName;
    if (REACT_COMMIT.test(name)) return 'react-commit';
    if (REACT_RENDER.test(name)) render = true;
  }
  return render ? 'react-render' : 'react-other';
}

// ---------------------------------------------------------------------------------------------
// The breakdown

export interface FunctionTime {
  label: string;
  package: string;
  category: string;
  ms: number;
}

export interface Breakdown {
  /** ms from navigationStart to the ready mark. */
  windowMs: number;
  /** ms per category; they add up to windowMs. */
  categories: Record<string, number>;
  /** Script time per package of the function charged (first frame with a URL). */
  packages: Record<string, number>;
  /** Functions charged with script time or with the WebGL waits they caused, longest first. */
  functions: FunctionTime[];
  /** Shader programs linked on the main thread (getProgramParameter calls that waited). */
  programsLinked: number;
  /** GPU command buffers created by the page (WebGL contexts). */
  contextsCreated: number;
  /** ms the page's workers (MapLibre's) and the GPU process's main thread were busy. */
  workerBusyMs: number;
  gpuProcessBusyMs: number;
  /** Share of the script time covered by a CPU sample. */
  sampledShare: number;
}

function busyMs(
  events: readonly TraceEvent[],
  threads: { pid: number; tid: number }[],
  from: number,
  to: number,
): number {
  let total = 0;
  for (const { pid, tid } of threads) {
    const slices = threadSlices(events, pid, tid, from, to);
    const segments = segmentsOf(slices, from, to);
    for (const s of segments) if (s.slice) total += s.to - s.from;
  }
  return total / 1000;
}

function hasDescendant(slices: readonly Slice[], parent: Slice, name: RegExp): boolean {
  return slices.some((s) => {
    if (!name.test(s.name)) return false;
    for (let p = s.parent; p; p = p.parent) if (p === parent) return true;
    return false;
  });
}

/** Breaks down one trace of a page loading to the ready mark. */
export function breakdown(
  events: readonly TraceEvent[],
  resolve: FrameResolver,
  options: { mark?: string; topFunctions?: number } = {},
): Breakdown {
  const window = findLoadWindow(events, options.mark);
  if (!window) {
    throw new Error(
      `the trace has no "${options.mark ?? READY_MARK}" mark after a main-frame navigationStart`,
    );
  }
  const { pid, tid, start, end } = window;
  const slices = threadSlices(events, pid, tid, start, end);
  const segments = segmentsOf(slices, start, end);
  const profile = readCpuProfile(events, pid, tid);

  const categories: Record<string, number> = {};
  const packages: Record<string, number> = {};
  const functions = new Map<string, FunctionTime>();
  const add = (record: Record<string, number>, k: string, us: number) => {
    record[k] = (record[k] ?? 0) + us / 1000;
  };
  const charge = (frame: FrameInfo | null, category: string, us: number) => {
    if (!frame) return;
    const k = `${frame.label}\u0000${category}`;
    const f = functions.get(k) ?? { label: frame.label, package: frame.package, category, ms: 0 };
    f.ms += us / 1000;
    functions.set(k, f);
  };

  const stackCache = new Map<number, SampleClass>();
  const classOf = (nodeId: number): SampleClass => {
    let c = stackCache.get(nodeId);
    if (!c) {
      const stack: CallFrame[] = [];
      for (
        let n = profile!.nodes.get(nodeId);
        n;
        n = n.parent ? profile!.nodes.get(n.parent) : undefined
      ) {
        if (n.callFrame.functionName !== '(root)') stack.push(n.callFrame);
      }
      const leafName = stack[0]?.functionName;
      c =
        leafName === '(program)' || leafName === '(idle)'
          ? { category: 'script-native', frame: null }
          : classifyStack(stack, resolve);
      stackCache.set(nodeId, c);
    }
    return c;
  };

  /**
   * Calls `visit` with the parts of [a, b) each sample stands for (null: not sampled). A sample
   * stands for the time up to the next one; across a gap longer than MAX_SAMPLE_SPAN_US (the
   * sampler thread starved on a busy machine) each side takes half, and a gap longer than
   * MAX_GAP_US is left "not sampled" but for MAX_SAMPLE_SPAN_US at either end.
   */
  const samplesOver = (
    a: number,
    b: number,
    visit: (c: SampleClass | null, us: number) => void,
  ) => {
    const samples = profile?.samples ?? [];
    // The last sample at or before a.
    let lo = 0;
    let hi = samples.length - 1;
    let j = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (samples[mid]!.ts <= a) {
        j = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const part = (from: number, to: number, c: SampleClass | null) => {
      const x = Math.max(from, a);
      const y = Math.min(to, b);
      if (y > x) visit(c, y - x);
    };
    if (j < 0) part(-Infinity, samples[0]?.ts ?? Infinity, null);
    for (let i = Math.max(j, 0); i < samples.length && samples[i]!.ts < b; i++) {
      const t0 = samples[i]!.ts;
      const t1 = samples[i + 1]?.ts ?? t0 + MAX_SAMPLE_SPAN_US;
      const here = classOf(samples[i]!.node);
      const there = samples[i + 1] ? classOf(samples[i + 1]!.node) : null;
      const gap = t1 - t0;
      if (gap <= MAX_SAMPLE_SPAN_US) {
        part(t0, t1, here);
      } else if (gap <= MAX_GAP_US) {
        part(t0, (t0 + t1) / 2, here);
        part((t0 + t1) / 2, t1, there ?? null);
      } else {
        part(t0, t0 + MAX_SAMPLE_SPAN_US, here);
        part(t0 + MAX_SAMPLE_SPAN_US, t1 - MAX_SAMPLE_SPAN_US, null);
        part(t1 - MAX_SAMPLE_SPAN_US, t1, there);
      }
      if (!samples[i + 1]) part(t1, Infinity, null);
    }
  };

  let scriptUs = 0;
  let sampledUs = 0;
  for (const segment of segments) {
    const us = segment.to - segment.from;
    const category = traceCategory(segment.slice);
    if (category === SCRIPT) {
      scriptUs += us;
      samplesOver(segment.from, segment.to, (c, part) => {
        if (!c) {
          add(categories, 'script-unsampled', part);
          return;
        }
        sampledUs += part;
        add(categories, c.category, part);
        if (c.frame) add(packages, c.frame.package, part);
        else if (c.category !== 'gc') add(packages, '(native or no frame)', part);
        charge(c.frame, c.category, part);
      });
    } else {
      add(categories, category, us);
      if (category.startsWith('webgl-') || category === 'postmessage') {
        // Who made the call: the JavaScript function on the stack while the thread waited.
        samplesOver(segment.from, segment.to, (c, part) =>
          charge(c?.frame ?? null, category, part),
        );
      }
    }
  }

  const programSlices = slices.filter((s) => /GLES2Implementation::GetProgramiv/.test(s.name));
  const programsLinked = programSlices.filter((s) =>
    hasDescendant(slices, s, /ImplementationBase::(GetBucketContents|WaitForCmd)/),
  ).length;
  const contextsCreated = slices.filter((s) =>
    /^GpuChannelHost::CreateViewCommandBuffer$/.test(s.name),
  ).length;

  const names = threadNames(events);
  const processes = processNames(events);
  const workers: { pid: number; tid: number }[] = [];
  const gpu: { pid: number; tid: number }[] = [];
  for (const [k, name] of names) {
    const [p, t] = k.split(':').map(Number) as [number, number];
    if (p === pid && /^DedicatedWorker thread$/.test(name)) workers.push({ pid: p, tid: t });
    if (name === 'CrGpuMain' && processes.get(p) === 'GPU Process') gpu.push({ pid: p, tid: t });
  }

  const top = [...functions.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, options.topFunctions ?? 40);
  return {
    windowMs: (end - start) / 1000,
    categories,
    packages,
    functions: top,
    programsLinked,
    contextsCreated,
    workerBusyMs: busyMs(events, workers, start, end),
    gpuProcessBusyMs: busyMs(events, gpu, start, end),
    sampledShare: scriptUs > 0 ? sampledUs / scriptUs : 1,
  };
}

/** The mean of several breakdowns of the same page (categories stay additive). */
export function meanBreakdown(list: readonly Breakdown[]): Breakdown {
  if (list.length === 0) throw new Error('no breakdown to average');
  const n = list.length;
  const mean = (pick: (b: Breakdown) => number) => list.reduce((s, b) => s + pick(b), 0) / n;
  const meanRecord = (pick: (b: Breakdown) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const b of list)
      for (const [k, v] of Object.entries(pick(b))) out[k] = (out[k] ?? 0) + v / n;
    return out;
  };
  const functions = new Map<string, FunctionTime>();
  for (const b of list) {
    for (const f of b.functions) {
      const k = `${f.label}\u0000${f.category}`;
      const acc = functions.get(k) ?? { ...f, ms: 0 };
      acc.ms += f.ms / n;
      functions.set(k, acc);
    }
  }
  return {
    windowMs: mean((b) => b.windowMs),
    categories: meanRecord((b) => b.categories),
    packages: meanRecord((b) => b.packages),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms),
    programsLinked: mean((b) => b.programsLinked),
    contextsCreated: mean((b) => b.contextsCreated),
    workerBusyMs: mean((b) => b.workerBusyMs),
    gpuProcessBusyMs: mean((b) => b.gpuProcessBusyMs),
    sampledShare: mean((b) => b.sampledShare),
  };
}

export interface ComparisonRow {
  category: string;
  label: string;
  group: Group;
  app: number;
  baseline: number;
}

const GROUP_ORDER: Group[] = ['script', 'webgl', 'browser', 'idle'];

/** Rows of app against baseline: every category either has, grouped, by the app's time. */
export function compareBreakdowns(app: Breakdown, baseline: Breakdown): ComparisonRow[] {
  const ids = new Set([...Object.keys(app.categories), ...Object.keys(baseline.categories)]);
  const fixed = Object.keys(CATEGORIES);
  return [...ids]
    .map((category) => ({
      category,
      label: categoryLabel(category),
      group: categoryGroup(category),
      app: app.categories[category] ?? 0,
      baseline: baseline.categories[category] ?? 0,
    }))
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
        b.app - b.baseline - (a.app - a.baseline) ||
        fixed.indexOf(a.category) - fixed.indexOf(b.category),
    );
}
