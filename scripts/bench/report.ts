import type { FilterResult, InteractionResult, LoadResult } from './browser.ts';
import type { LighthouseResult, LighthouseScores } from './lighthouse.ts';
import { BUDGET, kB, type SizeReport } from './sizes.ts';

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
  filter: FilterResult;
  selection: InteractionResult;
  interactions: number;
  /** Gzip sizes of this data set's generated files (the scale set only). */
  data?: { file: string; bytes: number; gzip: number }[];
}

export interface BenchResult {
  date: string;
  machine: Machine;
  options: { runs: number; scaleRuns: number; interactions: number; scaleInteractions: number };
  durations: Record<string, number>;
  sizes: SizeReport;
  real: DataSetResult | { error: string };
  scale: DataSetResult | { error: string } | { skipped: string };
  lighthouse: LighthouseResult | { skipped: string };
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
  interaction(real, TARGETS.interactionP95Real, 'real data');
  interaction(scale, TARGETS.interactionP95Scale, 'scale');
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
