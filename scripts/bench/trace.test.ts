import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS, fixtureResolver } from './trace.fixture';
import {
  breakdown,
  classifyStack,
  compareBreakdowns,
  findLoadWindow,
  maplibreCategory,
  meanBreakdown,
  segmentsOf,
  threadSlices,
  traceCategory,
  type CallFrame,
  type FrameResolver,
  type ResolvedFrame,
  type Slice,
} from './trace';

/** A chain of slices, innermost first, as segmentsOf links them. */
function chain(...names: string[]): Slice {
  let parent: Slice | null = null;
  for (const name of [...names].reverse()) {
    parent = { name, cat: '', ts: 0, end: 1, parent };
  }
  return parent!;
}

const round = (record: Record<string, number>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));

describe('the load window', () => {
  it('runs from the main frame navigationStart with an http URL to the ready mark', () => {
    expect(findLoadWindow(FIXTURE_EVENTS)).toEqual({ pid: 1, tid: 10, start: 1000, end: 11000 });
  });

  it('is null without the mark', () => {
    expect(findLoadWindow(FIXTURE_EVENTS.filter((e) => e.name !== 'bench:map-ready'))).toBeNull();
  });
});

describe('segments', () => {
  it('give each instant to the innermost slice, and the gaps to nothing', () => {
    const slices = threadSlices(FIXTURE_EVENTS, 1, 10, 1000, 11000);
    const segments = segmentsOf(slices, 1000, 11000);
    const total = segments.reduce((s, x) => s + x.to - x.from, 0);
    expect(total).toBe(10000);
    const idle = segments.filter((s) => !s.slice).reduce((s, x) => s + x.to - x.from, 0);
    expect(idle).toBe(3100);
    // The B/E pair became a slice; the task before the window is gone; the last is cut.
    expect(slices.map((s) => s.name)).toContain('ParseHTML');
    expect(slices.find((s) => s.ts === 10500 && s.name === 'FunctionCall')?.end).toBe(11000);
    expect(slices.some((s) => s.ts < 1000)).toBe(false);
  });

  it('cut a child that outlasts its parent at the parent end', () => {
    const slices: Slice[] = [
      { name: 'RunTask', cat: '', ts: 0, end: 10, parent: null },
      { name: 'FunctionCall', cat: '', ts: 5, end: 15, parent: null },
    ];
    const segments = segmentsOf(slices, 0, 20);
    expect(segments.map((s) => [s.from, s.to, s.slice?.name ?? null])).toEqual([
      [0, 5, 'RunTask'],
      [5, 10, 'FunctionCall'],
      [10, 20, null],
    ]);
    expect(slices[1]!.parent?.name).toBe('RunTask');
  });
});

describe('categories of trace events', () => {
  it('names the WebGL call a GPU wait happens in', () => {
    const wait = [
      'CommandBufferProxyImpl::WaitForGetOffset',
      'CommandBufferHelper::Finish',
      'ImplementationBase::WaitForCmd',
    ];
    expect(
      traceCategory(
        chain(
          ...wait,
          'ImplementationBase::GetBucketContents',
          'GLES2Implementation::GetProgramiv',
          'FunctionCall',
        ),
      ),
    ).toBe('webgl-program');
    expect(traceCategory(chain(...wait, 'GLES2::GetUniformBlockIndex', 'FunctionCall'))).toBe(
      'webgl-program',
    );
    expect(
      traceCategory(chain(...wait, 'GLES2Implementation::CheckFramebufferStatus', 'FunctionCall')),
    ).toBe('webgl-sync');
    // A wait with no named call around it, straight under script.
    expect(traceCategory(chain(...wait, 'FunctionCall', 'RunTask'))).toBe('webgl-sync');
    expect(
      traceCategory(
        chain(
          'CommandBufferProxyImpl::Initialize',
          'GpuChannelHost::CreateViewCommandBuffer',
          'FunctionCall',
        ),
      ),
    ).toBe('webgl-context');
    expect(traceCategory(chain('CommandBufferProxyImpl::Flush', 'FunctionCall'))).toBe(
      'webgl-submit',
    );
  });

  it('leaves JavaScript, and 2D canvas calls made from it, to the CPU profile', () => {
    expect(traceCategory(chain('FunctionCall', 'TimerFire', 'RunTask'))).toBe('script');
    expect(traceCategory(chain('RunMicrotasks', 'RunTask'))).toBe('script');
    expect(
      traceCategory(chain('OffscreenCanvasRenderingContext2D::FinalizeFrame', 'FunctionCall')),
    ).toBe('script');
  });

  it('takes the innermost event with a rule, and "other" when none has one', () => {
    expect(traceCategory(chain('V8.GC_SCAVENGER', 'MinorGC', 'FunctionCall'))).toBe('gc');
    expect(traceCategory(chain('SerializedScriptValueFactory::create', 'FunctionCall'))).toBe(
      'postmessage',
    );
    expect(traceCategory(chain('Layout', 'LocalFrameView::UpdateStyleAndLayout'))).toBe(
      'style-layout',
    );
    expect(traceCategory(chain('Paint', 'WebFrameWidgetImpl::UpdateLifecycle'))).toBe('paint');
    expect(traceCategory(chain('V8.BytecodeBudgetInterrupt', 'FunctionCall'))).toBe('v8-tiering');
    expect(traceCategory(chain('v8.compileModule', 'RunTask'))).toBe('compile');
    expect(traceCategory(chain('ResourceFetcher::requestResource', 'ParseHTML'))).toBe('loading');
    expect(traceCategory(chain('Receive mojo message', 'RunTask'))).toBe('other');
    expect(traceCategory(null)).toBe('idle');
  });
});

describe('categories of CPU samples', () => {
  const at = (url: string, line: number): CallFrame => ({
    functionName: 'x',
    url,
    scriptId: 5,
    lineNumber: line,
    columnNumber: 0,
    codeType: 'JS',
  });
  const table: Record<string, ResolvedFrame> = {
    'own:1': {
      package: '(own code)',
      source: 'src/components/Legend.tsx',
      line: 9,
      name: 'Legend',
    },
    'own:2': { package: '(own code)', source: 'src/map/controller.ts', line: 40, name: 'onClick' },
    'react:1': {
      package: 'react-dom',
      source: 'react-dom/cjs/react-dom-client.production.js',
      line: 1,
      name: 'renderWithHooks',
    },
    'react:2': {
      package: 'react-dom',
      source: 'react-dom/cjs/react-dom-client.production.js',
      line: 2,
      name: 'performUnitOfWork',
    },
    'react:3': {
      package: 'react-dom',
      source: 'react-dom/cjs/react-dom-client.production.js',
      line: 3,
      name: 'commitRoot',
    },
    'react:4': {
      package: 'react-dom',
      source: 'react-dom/cjs/react-dom-client.production.js',
      line: 4,
      name: 'flushPassiveEffects',
    },
    'maplibre:1': {
      package: 'maplibre-gl',
      source: '@mapbox/tiny-sdf/index.js',
      line: 62,
      name: 'draw',
    },
    'maplibre:2': {
      package: 'maplibre-gl',
      source: 'maplibre-gl/src/ui/map.ts',
      line: 100,
      name: 'fire',
    },
    'query:1': {
      package: '@tanstack/query-core',
      source: '@tanstack/query-core/src/query.ts',
      line: 1,
      name: 'fetchFn',
    },
  };
  const resolve: FrameResolver = (f) => table[`${f.url}:${f.lineNumber}`] ?? null;
  const native: CallFrame = { functionName: 'postMessage', scriptId: 0, codeType: 'JS' };

  it('counts our components as React render, our effects as our code', () => {
    const render = [at('own', 1), at('react', 1), at('react', 2)];
    expect(classifyStack(render, resolve).category).toBe('react-render');
    expect(classifyStack(render, resolve).frame?.label).toBe('src/components/Legend.tsx:9 Legend');
    const effect = [at('own', 1), at('react', 4), at('react', 3)];
    expect(classifyStack(effect, resolve).category).toBe('own:src/components');
    expect(classifyStack([at('react', 3)], resolve).category).toBe('react-commit');
  });

  it('gives a library the time of its own frames, and our handlers to us', () => {
    expect(classifyStack([native, at('maplibre', 1), at('own', 2)], resolve)).toEqual({
      category: 'maplibre-glyph',
      frame: { label: '@mapbox/tiny-sdf/index.js:62 draw', package: 'maplibre-gl' },
    });
    expect(classifyStack([at('own', 2), at('maplibre', 2)], resolve).category).toBe('own:src/map');
    expect(classifyStack([at('query', 1), at('own', 2)], resolve).category).toBe('other-libs');
  });

  it('knows GC, the JSON wrapper, injected scripts and native code', () => {
    expect(classifyStack([{ functionName: '(garbage collector)' }], resolve).category).toBe('gc');
    const json: CallFrame = { functionName: '__benchParseJson', scriptId: 3, lineNumber: 1 };
    expect(classifyStack([native, json, at('own', 2)], resolve).category).toBe('json');
    // The body read as text, natively, inside the harness's response.json().
    const method: CallFrame = { functionName: 'json', scriptId: 3, lineNumber: 18 };
    expect(classifyStack([{ functionName: 'text' }, method, at('own', 2)], resolve).category).toBe(
      'json',
    );
    // A json() of a script with a URL is that script's own.
    expect(classifyStack([{ ...at('own', 2), functionName: 'json' }], resolve).category).toBe(
      'own:src/map',
    );
    const injected: CallFrame = {
      functionName: 'tick',
      scriptId: 3,
      lineNumber: 20,
      codeType: 'JS',
    };
    expect(classifyStack([injected], resolve).category).toBe('harness');
    expect(classifyStack([native], resolve).category).toBe('script-native');
    const topLevel = { ...at('unknown', 0), columnNumber: 0 };
    expect(classifyStack([topLevel], resolve).category).toBe('module-eval');
  });

  it('sorts MapLibre by what its source files do', () => {
    expect(maplibreCategory('maplibre-gl/src/webgl/program.ts')).toBe('maplibre-program');
    expect(maplibreCategory('maplibre-gl/src/webgl/draw/draw_fill.ts')).toBe('maplibre-draw');
    expect(maplibreCategory('maplibre-gl/src/style/style.ts')).toBe('maplibre-style');
    expect(maplibreCategory('@maplibre/maplibre-gl-style-spec/dist/validate/validate.mjs')).toBe(
      'maplibre-style',
    );
    expect(maplibreCategory('maplibre-gl/src/render/glyph_manager.ts')).toBe('maplibre-glyph');
    expect(maplibreCategory('maplibre-gl/src/util/actor.ts')).toBe('maplibre-worker');
    expect(maplibreCategory('maplibre-gl/src/source/geojson_source.ts')).toBe('maplibre-data');
    expect(maplibreCategory('maplibre-gl/src/ui/camera.ts')).toBe('maplibre-other');
  });
});

describe('the breakdown of a trace', () => {
  const result = breakdown(FIXTURE_EVENTS, fixtureResolver);

  it('adds up to the window, category by category as worked out by hand', () => {
    expect(result.windowMs).toBe(10);
    expect(round(result.categories)).toEqual({
      other: 1,
      zod: 1.3,
      'webgl-program': 1,
      'own:src (app shell)': 0.9,
      gc: 0.3,
      idle: 3.1,
      html: 0.4,
      'style-layout': 0.5,
      paint: 0.5,
      json: 1,
    });
    const sum = Object.values(result.categories).reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(result.windowMs, 9);
    expect(result.sampledShare).toBe(1);
  });

  it('charges script time to packages and functions, and GPU waits to their caller', () => {
    expect(round(result.packages)).toEqual({
      zod: 1.3,
      '(own code)': 0.9,
      '(response.json())': 1,
    });
    expect(result.functions[0]).toEqual({
      label: 'zod/v4/core/schemas.js:856 parse',
      package: 'zod',
      category: 'zod',
      ms: expect.closeTo(1.3, 9),
    });
    expect(result.functions).toContainEqual({
      label: 'maplibre-gl/src/webgl/program.ts:69 constructor',
      package: 'maplibre-gl',
      category: 'webgl-program',
      ms: 1,
    });
  });

  it('counts programs linked, and the worker and GPU process busy in the window', () => {
    expect(result.programsLinked).toBe(1);
    expect(result.contextsCreated).toBe(0);
    expect(result.workerBusyMs).toBe(7);
    expect(result.gpuProcessBusyMs).toBe(0.5);
  });

  it('leaves script time between samples far apart unsampled', () => {
    // Without the profile, every script instant is "not sampled".
    const bare = breakdown(
      FIXTURE_EVENTS.filter((e) => e.name !== 'Profile' && e.name !== 'ProfileChunk'),
      fixtureResolver,
    );
    expect(round(bare.categories)['script-unsampled']).toBe(3.2);
    expect(bare.sampledShare).toBe(0);
  });

  it('averages runs and compares app with baseline, grouped, largest difference first', () => {
    const half = { ...result, categories: { idle: 10 }, windowMs: 10 };
    const mean = meanBreakdown([result, half]);
    expect(mean.windowMs).toBe(10);
    expect(mean.categories.idle).toBeCloseTo((3.1 + 10) / 2, 9);
    expect(mean.categories.zod).toBeCloseTo(0.65, 9);
    const rows = compareBreakdowns(result, half);
    expect(rows[0]).toMatchObject({ category: 'zod', group: 'script', app: 1.3, baseline: 0 });
    expect(rows.at(-1)).toMatchObject({ category: 'idle', app: 3.1, baseline: 10 });
  });

  it('refuses a trace without the ready mark', () => {
    expect(() =>
      breakdown(
        FIXTURE_EVENTS.filter((e) => e.name !== 'bench:map-ready'),
        fixtureResolver,
      ),
    ).toThrow(/bench:map-ready/);
  });
});
