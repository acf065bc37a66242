import {
  censoredSummary,
  EVENT_TIMING_THRESHOLD as THRESHOLD,
  median,
  p95Ratio,
  summariseEventTiming,
  type CensoredSummary,
} from './event-timing.ts';
import type { LighthouseResult, LighthouseRun, LighthouseScores } from './lighthouse.ts';
import { PAGES, type Clicks, type Loads, type Which } from './pages.ts';
import { BUDGET } from '../size-budget.ts';
import { kB, type FileSize, type SizeReport } from '../sizes.ts';
import { GROUPS, type MainThread } from './trace.ts';

export interface DataSet {
  label: string;
  loads: Loads;
  clicks: Record<Kind, Clicks>;
  /** Gzip sizes of this data set's generated files (the scale set). */
  data?: FileSize[];
}
type Kind = 'filter' | 'select';
type Maybe<T> = T | { error: string } | { skipped: string };

export interface BenchResult {
  date: string;
  machine: Record<string, string | number | number[] | null>;
  options: Record<string, number>;
  durations: Record<string, number>;
  sizes: SizeReport;
  real: Maybe<DataSet>;
  scale: Maybe<DataSet>;
  lighthouse: Maybe<Record<Which, LighthouseResult>>;
  targets: Target[];
}

export interface Target {
  name: string;
  value: string;
  target: string;
  ok: boolean | null;
}

/** The targets of the performance work: the app within 25 % of the bare MapLibre page. */
export const TARGETS = { ratio: 1.25, clickScriptScale: 16 } as const;
const KINDS: [Kind, string][] = [
  ['filter', 'Filter toggle'],
  ['select', 'Map click'],
];

const isSet = (x: Maybe<DataSet>): x is DataSet => 'loads' in x;
const isScores = (x: LighthouseRun | undefined): x is LighthouseScores =>
  x !== undefined && 'performance' in x;
const ms = (v: number | null | undefined) => (v == null ? 'n/a' : `${Math.round(v)}`);
const censored = (v: number | null) => (v === null ? `< ${THRESHOLD}` : ms(v));
const quotient = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || !b ? null : a / b;
/** A Markdown table; `head` names the columns, separated by " | ". */
const table = (head: string, rows: string[][]) => [
  `| ${head} |`,
  `| ${head
    .split(' | ')
    .map(() => '---')
    .join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`),
];

/** Every target with its measured value and whether it is met (null: not measured). */
export function evaluateTargets(result: Omit<BenchResult, 'targets'>): Target[] {
  const targets: Target[] = [];
  const add = (name: string, value: string | null, target: string, ok: boolean | null) =>
    targets.push({ name, value: value ?? 'n/a', target, ok: value === null ? null : ok });
  const ratio = (name: string, r: number | null) =>
    add(name, r?.toFixed(2) ?? null, `≤ ${TARGETS.ratio}`, r !== null && r <= TARGETS.ratio);
  for (const [set, where] of [
    [result.real, 'two counties'],
    [result.scale, '290 municipalities'],
  ] as const) {
    const s = isSet(set) ? set : null;
    const ready = (w: Which) => median(s?.loads[w].map((l) => l.readyMs) ?? []);
    ratio(`Map ready, app / bare page, ${where}`, quotient(ready('app'), ready('baseline')));
    for (const [kind, label] of KINDS) {
      const of = (w: Which, pick: 'duration' | 'script') =>
        censoredSummary(s?.clicks[kind][w].map((c) => c?.[pick] ?? null) ?? []);
      const p = p95Ratio(of('app', 'duration'), of('baseline', 'duration'));
      const value = p && `${p.bound === 'exact' ? '' : `${p.bound} `}${p.ratio.toFixed(2)}`;
      const ok = p !== null && p.ratio <= TARGETS.ratio && p.bound !== 'at least';
      add(`${label}, Event Timing p95 app / bare page, ${where}`, value, `≤ ${TARGETS.ratio}`, ok);
      const js = of('app', 'script');
      if (where === 'two counties') continue;
      const limit = TARGETS.clickScriptScale;
      const value2 = js && `${censored(js.p95)} ms`;
      add(
        `${label}, JavaScript of a click p95, ${where}`,
        value2,
        `< ${limit} ms`,
        (js?.p95 ?? 0) < limit,
      );
    }
  }
  const { own } = result.sizes.initialJs.byCategory;
  const data = result.sizes.dataTotal;
  const [js, files] = [BUDGET.ownInitialJsGzip, BUDGET.dataGzip];
  add('Initial JS, our own code (gzip)', kB(own.gzip), `≤ ${kB(js)}`, own.gzip <= js);
  add('Generated data, two counties (gzip)', kB(data.gzip), `≤ ${kB(files)}`, data.gzip <= files);
  const lh = 'app' in result.lighthouse ? result.lighthouse : null;
  for (const form of ['desktop', 'mobile'] as const) {
    const [a, b] = PAGES.map((w) => lh?.[w][form]).map((x) => (isScores(x) ? x : null));
    const [pa, pb] = [a?.performance ?? null, b?.performance ?? null];
    const perf = pa === null ? null : `${pa} (bare page ${pb ?? 'n/a'})`;
    add(`Lighthouse ${form} performance, app`, perf, '≥ the bare page', pb !== null && pa! >= pb);
    const both = a ? `${a.accessibility} / ${a.bestPractices}` : null;
    add(`Lighthouse ${form} accessibility / best practices`, both, '100', both === '100 / 100');
  }
  const lcp = (w: Which) => {
    const s = lh?.[w].mobile;
    return isScores(s) ? s.metrics['largest-contentful-paint'] : null;
  };
  ratio('Lighthouse mobile LCP, app / bare page', quotient(lcp('app'), lcp('baseline')));
  return targets;
}

/** The mean of several main-thread breakdowns (groups, packages and functions stay additive). */
export function meanMainThread(list: readonly MainThread[]): MainThread | null {
  if (list.length === 0) return null;
  const mean = (pick: (m: MainThread) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const m of list) {
      for (const [k, v] of Object.entries(pick(m))) out[k] = (out[k] ?? 0) + v / list.length;
    }
    return out;
  };
  const functions = mean((m) => Object.fromEntries(m.functions.map((f) => [f.label, f.ms])));
  const top = Object.entries(functions)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10);
  return {
    windowMs: list.reduce((s, m) => s + m.windowMs, 0) / list.length,
    groups: mean((m) => m.groups),
    packages: mean((m) => m.packages),
    functions: top.map(([label, v]) => ({ label, ms: v })),
    workerMs: list.reduce((s, m) => s + m.workerMs, 0) / list.length,
  };
}

/** The main thread by group and the JavaScript by package, app against the bare page. */
function breakdown(traced: Record<Which, { mainThread: MainThread }[]>, window: string): string[] {
  const [app, bare] = PAGES.map((w) => meanMainThread(traced[w].map((t) => t.mainThread)));
  if (!app || !bare) return [];
  const d = (a: number, b: number) => `${a >= b ? '+' : '−'}${Math.abs(Math.round(a - b))}`;
  const row = (label: string, a = 0, b = 0) => [label, ms(a), ms(b), d(a, b)];
  const packages = [...new Set([...Object.keys(app.packages), ...Object.keys(bare.packages)])]
    .filter((p) => Math.max(app.packages[p] ?? 0, bare.packages[p] ?? 0) >= 1)
    .sort((x, y) => (app.packages[y] ?? 0) - (app.packages[x] ?? 0));
  return [
    '',
    ...table(
      `Mean of ${traced.app.length} and ${traced.baseline.length} traced (ms) | App | Bare page | Δ`,
      [
        ...GROUPS.map((g) => row(g, app.groups[g], bare.groups[g])),
        row(`**${window}**`, app.windowMs, bare.windowMs),
        row("Off the main thread: MapLibre's worker busy", app.workerMs, bare.workerMs),
        ...packages.map((p) => row(`JavaScript: ${p}`, app.packages[p], bare.packages[p])),
      ],
    ),
    '',
    ...table(
      'App: functions with the most self time | ms',
      app.functions.map((f) => [f.label, ms(f.ms)]),
    ),
  ];
}

function dataSetSection(set: DataSet): string[] {
  const { loads } = set;
  const ready = (w: Which) => {
    const t = loads[w].map((l) => l.readyMs).sort((a, b) => a - b);
    return t.length ? `${ms(median(t))} [${ms(t[0])}–${ms(t.at(-1))}] (n = ${t.length})` : 'n/a';
  };
  const lcp = (w: Which) =>
    loads.traced[w]
      .map((t) =>
        t.lcp
          ? `${ms(t.lcp.ms)} (${Object.entries(t.lcp.phases)
              .map(([p, v]) => `${p} ${ms(v)}`)
              .join(', ')})`
          : 'n/a',
      )
      .join('; ');
  const lines = [
    `## ${set.label}`,
    '',
    ...table('Loads | App | Bare page', [
      ['Map ready, median [min–max], ms', ready('app'), ready('baseline')],
      [
        'WebGL programs linked / style layers / sources / 2D canvases at map ready',
        ...PAGES.map((w) => {
          const l = loads[w].at(-1);
          return [l?.programs, l?.layers, l?.sources, l?.canvas2d]
            .map((n) => n ?? 'n/a')
            .join(' / ');
        }),
      ],
      ['Traced: LCP (its phases), ms', lcp('app'), lcp('baseline')],
    ]),
    ...(loads.error ? ['', `Loads stopped: ${loads.error}`] : []),
    ...breakdown(loads.traced, 'Window: navigation → map ready'),
  ];
  for (const [kind, label] of KINDS) {
    const clicks = set.clicks[kind];
    const [app, bare] = PAGES.map((w) => summariseEventTiming(clicks[w]));
    const c = (s: CensoredSummary | null) =>
      s
        ? `${censored(s.p50)} / ${censored(s.p95)} (n = ${s.n}${s.below ? `, ${s.below} under ${THRESHOLD} ms` : ''})`
        : 'n/a';
    const parts = (s = app!) =>
      `${ms(s.inputDelayMedian)} / ${ms(s.processingMedian)} / ${ms(s.presentationMedian)}`;
    const traced = PAGES.flatMap((w) =>
      clicks.traced[w].map((t, i) => [`${w} ${i + 1}`, t] as const),
    );
    lines.push(
      '',
      `### ${label}`,
      '',
      ...table('Event Timing (ms) | App | Bare page', [
        ['Click → next frame presented, p50 / p95', c(app!.duration), c(bare!.duration)],
        [
          'Longest event, medians of input delay / processing / presentation',
          parts(app),
          parts(bare),
        ],
        ['JavaScript of the click, p50 / p95', c(app!.script), c(bare!.script)],
        [
          'WebGL programs linked / style layers after the clicks',
          ...PAGES.map((w) => `${clicks.programs[w]} / ${clicks.layers[w]}`),
        ],
      ]),
      ...(clicks.error ? ['', `Clicks stopped: ${clicks.error}`] : []),
      '',
      `Each traced click, input to next frame presented, and the main thread during it (ms):`,
      '',
      ...table(
        ['Click | Duration | Input delay | Processing | Presentation', ...GROUPS].join(' | '),
        traced.map(([name, t]) => [
          name,
          ...[
            t.durationMs,
            t.inputDelayMs,
            t.processingMs,
            t.presentationMs,
            ...GROUPS.map((g) => t.mainThread.groups[g]),
          ].map(ms),
        ]),
      ),
      ...breakdown(clicks.traced, 'Window: the click'),
    );
  }
  return lines;
}

function lighthouseSection(lh: Record<Which, LighthouseResult>): string[] {
  const rows = (['desktop', 'mobile'] as const).flatMap((form) =>
    PAGES.map((w) => {
      const s = lh[w][form];
      if (!isScores(s)) return [`${form}, ${w}`, `n/a: ${s.error.slice(0, 200)}`, '', ''];
      const m = (id: string) => ms(s.metrics[id]);
      return [
        `${form}, ${w}`,
        `${s.performance} / ${s.accessibility} / ${s.bestPractices}`,
        `FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${(s.metrics['cumulative-layout-shift'] ?? 0).toFixed(3)}`,
        Object.entries(s.lcpPhases)
          .map(([p, t]) => `${p} ${ms(t)}`)
          .join(', '),
      ];
    }),
  );
  const lost = PAGES.flatMap((w) => [lh[w].desktop, lh[w].mobile]).flatMap((s) =>
    isScores(s) ? s.failing : [],
  );
  return [
    ...table(
      'Lighthouse 12 | Performance / accessibility / best practices | Metrics (ms) | LCP phases (ms)',
      rows,
    ),
    ...(lost.length ? ['', `Points lost: ${[...new Set(lost)].join('; ')}`] : []),
  ];
}

function sizeSection(sizes: SizeReport, scale: FileSize[] = []): string[] {
  const { byCategory, packages, chunks, total } = sizes.initialJs;
  const list = (files: FileSize[], bytes = false) =>
    files
      .map((f) => `${f.file.replace(/^assets\//, '')} ${kB(bytes ? f.bytes : f.gzip)}`)
      .join(', ');
  const largest = packages.filter((p) => p.category === 'own').slice(0, 4);
  return table('Transfer size, gzip -9 (kB = 1000 bytes) | Size', [
    [
      `Initial JS, our own code (${chunks.length} chunks)`,
      `${kB(byCategory.own.gzip)} (largest: ${largest.map((p) => `${p.name} ${kB(p.gzip)}`).join(', ')})`,
    ],
    [
      'Initial JS, maplibre-gl / react + react-dom / total',
      [byCategory['maplibre-gl'], byCategory.react, total].map((p) => kB(p.gzip)).join(' / '),
    ],
    ['JS loaded on demand', list(sizes.lazyJs)],
    ['MapLibre worker', sizes.worker ? kB(sizes.worker.gzip) : 'n/a'],
    ['CSS', list(sizes.css)],
    ['Fonts, woff2 (as they are)', list(sizes.fonts, true)],
    ['Label glyphs, PBF (precached, apart from the data)', list(sizes.glyphs)],
    ...[...sizes.data, ...scale].map((f) => [f.file, `${kB(f.gzip)} (${kB(f.bytes)} raw)`]),
    [
      `Generated data, total (counties ${sizes.dataFocusCounties?.join(', ') ?? '?'})`,
      kB(sizes.dataTotal.gzip),
    ],
  ]);
}

/** The report: the targets first, then every measurement with how it was taken. */
export function renderMarkdown(result: BenchResult): string {
  const { machine: m, options } = result;
  const notRun = [result.real, result.scale, result.lighthouse].flatMap((x) =>
    'error' in x ? [`Failed: ${x.error}`] : 'skipped' in x ? [`Not run: ${x.skipped}`] : [],
  );
  const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? '✓' : '✗');
  return [
    `# Integrationskartan benchmark, ${result.date}`,
    '',
    `${m.os}; ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}; Chromium ${m.chromium} headless, WebGL by SwiftShader (on the CPU); load average ${String(m.loadAverageStart)} at the start, ${String(m.loadAverageEnd)} at the end. ` +
      `${Object.entries(options)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; ${result.durations.total} s.`,
    ...notRun.flatMap((line) => ['', line]),
    '',
    ...table(
      'Target | Measured | Target | Met',
      result.targets.map((t) => [t.name, t.value, t.target, mark(t.ok)]),
    ),
    '',
    `Targets met: ${result.targets.filter((t) => t.ok).length} of ${result.targets.length}. ` +
      `Event Timing as INP counts it: per click its longest event, input to next frame presented ` +
      `(an event under ${THRESHOLD} ms has no entry); its JavaScript, the processing of all its events. ` +
      'The bare page restyles by feature-state what the app restyles. App and bare page alternate.',
    ...[result.real, result.scale].filter(isSet).flatMap((set) => ['', ...dataSetSection(set)]),
    '',
    '## Sizes',
    '',
    ...sizeSection(
      result.sizes,
      [result.real, result.scale].filter(isSet).find((s) => s.data)?.data,
    ),
    '',
    '## Lighthouse',
    '',
    ...('app' in result.lighthouse ? lighthouseSection(result.lighthouse) : ['n/a']),
    '',
  ].join('\n');
}
