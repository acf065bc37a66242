import type {
  EventTimingComparison,
  FilterResult,
  InteractionResult,
  LoadResult,
} from './browser.ts';
import { EVENT_TIMING_THRESHOLD, p95Ratio, type CensoredSummary } from './event-timing.ts';
import type { LighthouseResult, LighthouseScores } from './lighthouse.ts';
import { BUDGET, kB, type SizeReport } from './sizes.ts';
import { compareBreakdowns, type Breakdown, type Group } from './trace.ts';
import type { TraceResult } from './trace-sources.ts';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string | null;
  loadAverageStart: number[];
  loadAverageEnd: number[];
}

export interface DataSetResult {
  label: string;
  municipalities: number;
  projects: number;
  loads: LoadResult;
  filter: Omit<FilterResult, 'eventTiming'>;
  selection: InteractionResult;
  /** Event Timing of the app's clicks against the baseline doing the same restyle. */
  eventTiming: { filter: EventTimingComparison; selection: EventTimingComparison };
  /** The main thread's time by category while loading, from performance traces. */
  trace: TraceResult | { error: string } | { skipped: string };
  interactions: number;
  /** Gzip sizes of this data set's generated files (the scale set only). */
  data?: { file: string; bytes: number; gzip: number }[];
}

export interface BenchResult {
  date: string;
  machine: Machine;
  options: {
    runs: number;
    scaleRuns: number;
    interactions: number;
    scaleInteractions: number;
    traces: number;
    scaleTraces: number;
  };
  durations: Record<string, number>;
  sizes: SizeReport;
  real: DataSetResult | { error: string };
  scale: DataSetResult | { error: string } | { skipped: string };
  lighthouse: LighthouseResult | { skipped: string };
  /** The bare MapLibre page in the same run (runs before 2026-11-30 have none). */
  lighthouseBaseline?: LighthouseResult | { skipped: string };
  targets: Target[];
}

export interface Target {
  name: string;
  value: string;
  target: string;
  ok: boolean | null;
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? 'n/a' : `${Math.round(v)}`;

export const TARGETS = {
  loadRatio: 1.25,
  /** Event Timing p95, app / baseline doing the same restyle. */
  interactionRatio: 1.25,
  /** The JavaScript of one click at scale: one frame. */
  clickScriptScale: 16,
  interactionP95Real: 50,
  interactionP95Scale: 100,
  desktopPerformance: 95,
  accessibility: 100,
  bestPractices: 100,
  mobilePerformance: 80,
} as const;

function isData(x: DataSetResult | { error: string } | { skipped: string }): x is DataSetResult {
  return 'loads' in x;
}
function isScores(x: LighthouseScores | { error: string }): x is LighthouseScores {
  return 'performance' in x;
}

/** Every target with its measured value and whether it is met (null: not measured). */
export function evaluateTargets(result: Omit<BenchResult, 'targets'>): Target[] {
  const targets: Target[] = [];
  const interaction = (set: DataSetResult | null, limit: number, label: string) => {
    const rows: [string, InteractionResult | undefined][] = [
      ['theme filter on', set?.filter.on],
      ['theme filter off', set?.filter.off],
      ['selection', set?.selection],
    ];
    for (const [name, r] of rows) {
      const p95 = r?.summary?.p95 ?? null;
      targets.push({
        name: `${name} p95 (${label})`,
        value: p95 === null ? `n/a${r?.error ? `: ${r.error}` : ''}` : `${ms(p95)} ms`,
        target: `≤ ${limit} ms`,
        ok: p95 === null ? null : p95 <= limit && !r?.error,
      });
    }
  };
  const real = isData(result.real) ? result.real : null;
  const scale = isData(result.scale) ? result.scale : null;
  const ratio = real?.loads.ratio ?? null;
  targets.push({
    name: 'map ready, app / baseline (medians, real data)',
    value: ratio === null ? 'n/a' : ratio.toFixed(2),
    target: `≤ ${TARGETS.loadRatio}`,
    ok: ratio === null ? null : ratio <= TARGETS.loadRatio,
  });
  const scaleRatio = scale?.loads.ratio ?? null;
  targets.push({
    name: 'map ready, app / baseline (medians, scale)',
    value: scaleRatio === null ? 'n/a' : scaleRatio.toFixed(2),
    target: `≤ ${TARGETS.loadRatio}`,
    ok: scaleRatio === null ? null : scaleRatio <= TARGETS.loadRatio,
  });
  interaction(real, TARGETS.interactionP95Real, 'real data');
  interaction(scale, TARGETS.interactionP95Scale, 'scale');
  for (const [set, label] of [
    [real, 'real data'],
    [scale, 'scale'],
  ] as const) {
    for (const [kind, timing] of [
      ['filter toggle', set?.eventTiming.filter],
      ['map click', set?.eventTiming.selection],
    ] as const) {
      const r = timing ? p95Ratio(timing.app.duration, timing.baseline.duration) : null;
      targets.push({
        name: `${kind}, Event Timing p95 app / baseline (${label})`,
        value: r === null ? `n/a${timing?.error ? `: ${timing.error}` : ''}` : ratioText(r),
        target: `≤ ${TARGETS.interactionRatio}`,
        ok: r === null ? null : r.ratio <= TARGETS.interactionRatio && r.bound !== 'at least',
      });
      if (label === 'scale') {
        const p95 = timing?.app.script ?? null;
        targets.push({
          name: `${kind}, JavaScript of a click p95 (scale)`,
          value: p95 === null ? 'n/a' : censoredMs(p95.p95),
          target: `< ${TARGETS.clickScriptScale} ms`,
          ok: p95 === null ? null : p95.p95 === null || p95.p95 < TARGETS.clickScriptScale,
        });
      }
    }
  }
  const own = result.sizes.initialJs.byCategory.own.gzip;
  targets.push({
    name: 'initial JS, our own code (gzip)',
    value: kB(own),
    target: `≤ ${kB(BUDGET.ownInitialJsGzip)}`,
    ok: own <= BUDGET.ownInitialJsGzip,
  });
  targets.push({
    name: 'generated data, two counties (gzip)',
    value: kB(result.sizes.dataTotal.gzip),
    target: `≤ ${kB(BUDGET.dataGzip)}`,
    ok: result.sizes.dataTotal.gzip <= BUDGET.dataGzip,
  });
  const lh = 'desktop' in result.lighthouse ? result.lighthouse : null;
  const lhTarget = (
    name: string,
    scores: LighthouseScores | { error: string } | undefined,
    key: 'performance' | 'accessibility' | 'bestPractices',
    limit: number,
  ) => {
    const value = scores && isScores(scores) ? scores[key] : null;
    targets.push({
      name,
      value: value === null ? 'n/a' : String(value),
      target: limit === 100 ? '100' : `≥ ${limit}`,
      ok: value === null ? null : value >= limit,
    });
  };
  lhTarget(
    'Lighthouse desktop performance',
    lh?.desktop,
    'performance',
    TARGETS.desktopPerformance,
  );
  lhTarget('Lighthouse desktop accessibility', lh?.desktop, 'accessibility', TARGETS.accessibility);
  lhTarget(
    'Lighthouse desktop best practices',
    lh?.desktop,
    'bestPractices',
    TARGETS.bestPractices,
  );
  lhTarget('Lighthouse mobile performance', lh?.mobile, 'performance', TARGETS.mobilePerformance);
  // The issue's target: the app's performance at least the bare page's, in the same run.
  const base =
    result.lighthouseBaseline && 'desktop' in result.lighthouseBaseline
      ? result.lighthouseBaseline
      : null;
  if (lh && base) {
    for (const form of ['desktop', 'mobile'] as const) {
      const app = lh[form];
      const bare = base[form];
      lhTarget(
        `Lighthouse ${form} performance, app against the baseline`,
        app,
        'performance',
        isScores(bare) && bare.performance !== null ? bare.performance : Infinity,
      );
    }
  }
  return targets;
}

const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? '✓' : '✗');

function loadCell(s: LoadResult['appSummary']): string {
  return s ? `${ms(s.median)} ms [${ms(s.min)}–${ms(s.max)}]` : 'n/a';
}

function interactionCell(r: InteractionResult): string {
  if (!r.summary) return `n/a: ${r.error ?? 'no sample'}`;
  const parts = [`${ms(r.summary.p50)} / ${ms(r.summary.p95)} ms`];
  const dom = r.dom ? `DOM ${ms(r.dom.p50)} / ${ms(r.dom.p95)}` : null;
  const frame = r.render ? `first map frame ${ms(r.render.p50)} / ${ms(r.render.p95)}` : null;
  const extra = [dom, frame, `n = ${r.summary.n}`].filter(Boolean).join('; ');
  parts.push(`(${extra})`);
  if (r.error) parts.push(`— ${r.failures} failed: ${r.error.slice(0, 160)}`);
  return parts.join(' ');
}

function dataSetRows(
  set: DataSetResult | { error: string } | { skipped: string },
  title: string,
  targets: Target[],
  suffix: string,
): string[] {
  if (!isData(set)) {
    return [`| **${title}** | n/a: ${'error' in set ? set.error : set.skipped} | | |`];
  }
  const t = (name: string) => targets.find((x) => x.name === `${name} p95 (${suffix})`);
  const rows = [
    `| **${set.label}** | | | |`,
    `| Map ready, app: median [min–max], ${set.loads.app.length} runs | ${loadCell(set.loads.appSummary)} | | |`,
    `| Map ready, baseline: median [min–max] | ${loadCell(set.loads.baselineSummary)} | | |`,
  ];
  const ratio = set.loads.ratio;
  if (suffix === 'real data') {
    const target = targets.find((x) => x.name.startsWith('map ready'));
    rows.push(
      `| App / baseline (medians) | ${ratio === null ? 'n/a' : ratio.toFixed(2)} | ${target?.target ?? ''} | ${mark(target?.ok ?? null)} |`,
    );
  } else {
    rows.push(`| App / baseline (medians) | ${ratio === null ? 'n/a' : ratio.toFixed(2)} | | |`);
  }
  if (set.loads.error) rows.push(`| Load runs stopped | ${set.loads.error.slice(0, 200)} | | |`);
  const interactionRows: [string, string, InteractionResult][] = [
    ['Theme filter on', 'theme filter on', set.filter.on],
    ['Theme filter off', 'theme filter off', set.filter.off],
    ['Selection on the map', 'selection', set.selection],
  ];
  for (const [label, key, r] of interactionRows) {
    const target = t(key);
    rows.push(
      `| ${label}: p50 / p95, click → repainted | ${interactionCell(r)} | p95 ${target?.target ?? ''} | ${mark(target?.ok ?? null)} |`,
    );
  }
  for (const f of set.data ?? []) {
    rows.push(`| ${f.file} (gzip) | ${kB(f.gzip)} (${kB(f.bytes)} raw) | | |`);
  }
  return rows;
}

function lighthouseCell(s: LighthouseScores | { error: string }): string {
  if (!isScores(s)) return `n/a: ${s.error.slice(0, 200)}`;
  const m = s.metrics;
  const detail = [
    `FCP ${ms(m['first-contentful-paint'])} ms`,
    `LCP ${ms(m['largest-contentful-paint'])} ms`,
    `TBT ${ms(m['total-blocking-time'])} ms`,
    `CLS ${(m['cumulative-layout-shift'] ?? 0).toFixed(3)}`,
  ].join(', ');
  return `${s.performance ?? 'n/a'} / ${s.accessibility ?? 'n/a'} / ${s.bestPractices ?? 'n/a'} (${detail})`;
}

function ratioText(r: { ratio: number; bound: 'exact' | 'at least' | 'at most' }): string {
  return `${r.bound === 'at least' ? '≥ ' : r.bound === 'at most' ? '≤ ' : ''}${r.ratio.toFixed(2)}`;
}

/** A censored percentile: "< 16" when it falls among the clicks under the threshold. */
function censoredMs(v: number | null): string {
  return v === null ? `< ${EVENT_TIMING_THRESHOLD}` : `${Math.round(v)}`;
}

function censoredCell(s: CensoredSummary | null): string {
  if (!s) return 'n/a';
  const below = s.below ? `; ${s.below} under ${EVENT_TIMING_THRESHOLD} ms` : '';
  return `${censoredMs(s.p50)} / ${censoredMs(s.p95)} ms (n = ${s.n}${below})`;
}

/** Event Timing rows of one data set: filter toggles and map clicks, app against baseline. */
function eventTimingRows(set: DataSetResult, targets: Target[], suffix: string): string[] {
  const rows: string[] = [];
  for (const [kind, label, timing] of [
    ['filter toggle', 'Filter toggle', set.eventTiming.filter],
    ['map click', 'Map click', set.eventTiming.selection],
  ] as const) {
    const t = targets.find(
      (x) => x.name === `${kind}, Event Timing p95 app / baseline (${suffix})`,
    );
    const parts = (x: EventTimingComparison['app']) =>
      `${ms(x.inputDelayMedian)} / ${ms(x.processingMedian)} / ${ms(x.presentationMedian)}`;
    rows.push(
      `| ${set.label}: ${label} | ${censoredCell(timing.app.duration)} | ${censoredCell(timing.baseline.duration)} | ${t?.value ?? 'n/a'} | ${t?.target ?? ''} | ${mark(t?.ok ?? null)} |`,
      `| ${label}: longest event, medians of input delay / processing / presentation | ${parts(timing.app)} ms | ${parts(timing.baseline)} ms | | | |`,
    );
    const js = targets.find((x) => x.name === `${kind}, JavaScript of a click p95 (${suffix})`);
    rows.push(
      `| ${label}: JavaScript of the click (processing of its events) p50 / p95 | ${censoredCell(timing.app.script)} | ${censoredCell(timing.baseline.script)} | | ${js?.target ?? ''} | ${js ? mark(js.ok) : ''} |`,
    );
    if (timing.error) rows.push(`| ${label}: stopped | ${timing.error.slice(0, 200)} | | | | |`);
  }
  return rows;
}

const GROUP_TITLES: Record<Group, string> = {
  script: 'JavaScript running',
  webgl: 'Waiting for the GPU process',
  browser: 'Browser work',
  idle: 'Idle',
};

/** The main thread by category, app against baseline, from the traces of one data set. */
export function traceSection(set: DataSetResult): string[] {
  const trace = set.trace;
  if (!('app' in trace)) {
    return [
      `Main-thread breakdown (${set.label}): n/a: ${'error' in trace ? trace.error : trace.skipped}`,
    ];
  }
  const { app, baseline } = trace;
  const rows = compareBreakdowns(app, baseline);
  const n = (v: number) => `${Math.round(v)}`;
  const d = (a: number, b: number) => `${a - b >= 0 ? '+' : '−'}${Math.abs(Math.round(a - b))}`;
  const lines = [
    `#### Main thread from navigation to map ready: ${set.label}`,
    '',
    `Mean of ${trace.runs} traced loads each, alternating (map ready when traced: app ` +
      `${trace.appReadyMs.map((x) => Math.round(x)).join(', ')} ms; baseline ` +
      `${trace.baselineReadyMs.map((x) => Math.round(x)).join(', ')} ms). ` +
      `Script time covered by a CPU sample: app ${Math.round(app.sampledShare * 100)} %, ` +
      `baseline ${Math.round(baseline.sampledShare * 100)} %.`,
    '',
    '| Category | App (ms) | Baseline (ms) | App − baseline |',
    '| --- | --- | --- | --- |',
  ];
  for (const group of ['script', 'webgl', 'browser', 'idle'] as Group[]) {
    const inGroup = rows.filter((r) => r.group === group);
    const a = inGroup.reduce((s, r) => s + r.app, 0);
    const b = inGroup.reduce((s, r) => s + r.baseline, 0);
    lines.push(`| **${GROUP_TITLES[group]}** | **${n(a)}** | **${n(b)}** | **${d(a, b)}** |`);
    for (const r of inGroup) {
      if (group === 'idle' || Math.max(r.app, r.baseline) < 0.5) continue;
      lines.push(`| ${r.label} | ${n(r.app)} | ${n(r.baseline)} | ${d(r.app, r.baseline)} |`);
    }
  }
  lines.push(
    `| **Window: navigation → map ready** | **${n(app.windowMs)}** | **${n(baseline.windowMs)}** | **${d(app.windowMs, baseline.windowMs)}** |`,
    `| Off the main thread: MapLibre's worker busy | ${n(app.workerBusyMs)} | ${n(baseline.workerBusyMs)} | ${d(app.workerBusyMs, baseline.workerBusyMs)} |`,
    `| Off the main thread: GPU process main thread busy (SwiftShader) | ${n(app.gpuProcessBusyMs)} | ${n(baseline.gpuProcessBusyMs)} | ${d(app.gpuProcessBusyMs, baseline.gpuProcessBusyMs)} |`,
    `| Shader programs linked / GPU contexts created | ${app.programsLinked.toFixed(1)} / ${app.contextsCreated.toFixed(1)} | ${baseline.programsLinked.toFixed(1)} / ${baseline.contextsCreated.toFixed(1)} | |`,
    '',
    '| Script time by package (function charged) | App (ms) | Baseline (ms) |',
    '| --- | --- | --- |',
  );
  const packages = [...new Set([...Object.keys(app.packages), ...Object.keys(baseline.packages)])]
    .map((p) => ({ p, a: app.packages[p] ?? 0, b: baseline.packages[p] ?? 0 }))
    .filter((x) => Math.max(x.a, x.b) >= 0.5)
    .sort((x, y) => y.a - x.a);
  for (const x of packages) lines.push(`| ${x.p} | ${n(x.a)} | ${n(x.b)} |`);
  const top = (b: Breakdown, count: number) =>
    b.functions.slice(0, count).map((f) => `| ${f.label} | ${f.category} | ${n(f.ms)} |`);
  lines.push(
    '',
    '| App: functions charged the most (script, and the waits their calls caused) | Category | ms |',
    '| --- | --- | --- |',
    ...top(app, 15),
    '',
    '| Baseline: functions charged the most | Category | ms |',
    '| --- | --- | --- |',
    ...top(baseline, 6),
  );
  return lines;
}

/** The short Markdown report: date, machine, and every measurement beside its target. */
export function renderMarkdown(result: BenchResult): string {
  const { machine, sizes, targets, options } = result;
  const target = (name: string) => targets.find((t) => t.name === name);
  const sizeRow = (label: string, value: string, name?: string) => {
    const t = name ? target(name) : undefined;
    return `| ${label} | ${value} | ${t?.target ?? ''} | ${t ? mark(t.ok) : ''} |`;
  };
  const { byCategory } = sizes.initialJs;
  const lines = [
    `## Integrationskartan benchmark, ${result.date}`,
    '',
    `Machine: ${machine.os}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; ` +
      `Node ${machine.node}; Chromium ${machine.chromium ?? 'n/a'} headless, WebGL by SwiftShader (CPU). ` +
      `Load average at start ${machine.loadAverageStart.map((x) => x.toFixed(1)).join(' ')}, ` +
      `at end ${machine.loadAverageEnd.map((x) => x.toFixed(1)).join(' ')}.`,
    '',
    `Runs: ${options.runs} cold loads each of app and baseline, alternating (scale: ${options.scaleRuns}); ` +
      `${options.interactions} interactions of each kind (scale: ${options.scaleInteractions}; ` +
      'the scale run does fewer, without warm-up, to keep the whole run within ten minutes). ' +
      "Latency: from the click event to the DOM showing the new state and the map's next 'idle' " +
      '(two animation frames when the map has nothing to redraw), timed in the page; ' +
      'prefers-reduced-motion is on, so selecting frames the municipality without animation.',
    '',
    '| Measurement | Result | Target | Met |',
    '| --- | --- | --- | --- |',
    ...dataSetRows(result.real, 'Real data', targets, 'real data'),
    ...dataSetRows(result.scale, 'Scale', targets, 'scale'),
    '| **Transfer sizes, gzip -9** (kB = 1000 bytes) | | | |',
    sizeRow(
      `Initial JS, our own code (${sizes.initialJs.chunks.length} chunks)`,
      `${kB(byCategory.own.gzip)} (largest: ${sizes.initialJs.packages
        .filter((p) => p.category === 'own')
        .slice(0, 4)
        .map((p) => `${p.name} ${kB(p.gzip)}`)
        .join(', ')})`,
      'initial JS, our own code (gzip)',
    ),
    sizeRow('Initial JS, maplibre-gl', kB(byCategory['maplibre-gl'].gzip)),
    sizeRow('Initial JS, react + react-dom', kB(byCategory.react.gzip)),
    sizeRow('Initial JS, total', kB(sizes.initialJs.total.gzip)),
    sizeRow(
      'JS loaded on demand',
      sizes.lazyJs.length
        ? sizes.lazyJs.map((f) => `${f.file.replace(/^assets\//, '')} ${kB(f.gzip)}`).join(', ')
        : 'none',
    ),
    sizeRow('MapLibre worker', sizes.worker ? kB(sizes.worker.gzip) : 'n/a'),
    sizeRow(
      'CSS',
      `${kB(sizes.css.reduce((s, f) => s + f.gzip, 0))} (${sizes.css.map((f) => `${f.file.replace(/^assets\//, '')} ${kB(f.gzip)}`).join(', ')})`,
    ),
    sizeRow(
      'Fonts, woff2 (as is)',
      `${kB(sizes.fonts.reduce((s, f) => s + f.bytes, 0))} (${sizes.fonts.map((f) => `${f.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.woff2$/, '')} ${kB(f.bytes)}`).join(', ')})`,
    ),
    ...sizes.data.map((f) => sizeRow(f.file, `${kB(f.gzip)} (${kB(f.bytes)} raw)`)),
    sizeRow(
      `Generated data, total${sizes.dataFocusCounties ? ` (counties ${sizes.dataFocusCounties.join(', ')})` : ''}`,
      kB(sizes.dataTotal.gzip),
      'generated data, two counties (gzip)',
    ),
  ];
  if ('desktop' in result.lighthouse) {
    const lh = result.lighthouse;
    const d = target('Lighthouse desktop performance');
    const a = target('Lighthouse desktop accessibility');
    const b = target('Lighthouse desktop best practices');
    const m = target('Lighthouse mobile performance');
    const desktopOk = [d, a, b].some((t) => t?.ok === null) ? null : [d, a, b].every((t) => t?.ok);
    lines.push(
      '| **Lighthouse 12** (performance / accessibility / best practices) | | | |',
      `| Desktop | ${lighthouseCell(lh.desktop)} | ≥ 95 / 100 / 100 | ${mark(desktopOk)} |`,
      `| Mobile | ${lighthouseCell(lh.mobile)} | performance ≥ 80 | ${mark(m?.ok ?? null)} |`,
    );
    const base = result.lighthouseBaseline;
    if (base && 'desktop' in base) {
      const vs = (form: 'desktop' | 'mobile') =>
        target(`Lighthouse ${form} performance, app against the baseline`);
      lines.push(
        `| Desktop, baseline (bare MapLibre page) | ${lighthouseCell(base.desktop)} | app performance ≥ baseline | ${mark(vs('desktop')?.ok ?? null)} |`,
        `| Mobile, baseline (bare MapLibre page) | ${lighthouseCell(base.mobile)} | app performance ≥ baseline | ${mark(vs('mobile')?.ok ?? null)} |`,
      );
    }
  } else {
    lines.push(`| **Lighthouse** | n/a: ${result.lighthouse.skipped} | | |`);
  }
  if ('desktop' in result.lighthouse) {
    const lost = [result.lighthouse.desktop, result.lighthouse.mobile].flatMap((s) =>
      isScores(s) ? s.failing : [],
    );
    if (lost.length) {
      lines.push(
        '',
        `Lighthouse points lost: ${[...new Set(lost)].map((l) => l.slice(0, 300)).join('; ')}`,
      );
    }
  }
  const sets = [result.real, result.scale].filter(isData);
  if (sets.length > 0) {
    lines.push(
      '',
      '### Event Timing: the INP definition, app against the same restyle on the baseline',
      '',
      `Per click, the longest of its events (pointerdown, pointerup, click; mousedown and mouseup ` +
        `are counted in its JavaScript) from the input's timestamp to the next frame presented, ` +
        `as PerformanceObserver reports it (durationThreshold ${EVENT_TIMING_THRESHOLD}: a click ` +
        `without an entry took less than ${EVENT_TIMING_THRESHOLD} ms). Baseline: a button that ` +
        'dims every other municipality by feature-state, and a map click that sets a "selected" ' +
        'feature-state. App and baseline clicks alternate.',
      '',
      '| Interaction (p50 / p95) | App | Baseline | p95 app / baseline | Target | Met |',
      '| --- | --- | --- | --- | --- | --- |',
      ...sets.flatMap((set) =>
        eventTimingRows(set, targets, set === result.real ? 'real data' : 'scale'),
      ),
    );
    for (const set of sets) lines.push('', ...traceSection(set));
  }
  const met = targets.filter((t) => t.ok === true).length;
  const missed = targets.filter((t) => t.ok === false).map((t) => t.name);
  const unmeasured = targets.filter((t) => t.ok === null).map((t) => t.name);
  lines.push(
    '',
    `Targets met: ${met} of ${targets.length}.` +
      (missed.length ? ` Missed: ${missed.join('; ')}.` : '') +
      (unmeasured.length ? ` Not measured: ${unmeasured.join('; ')}.` : ''),
    '',
  );
  return lines.join('\n');
}
