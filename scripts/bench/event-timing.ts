/**
 * Interactions as the browser's Event Timing API measures them (the definition behind INP):
 * pure functions of the PerformanceEventTiming entries the harness collects after each click.
 *
 * An entry is reported only when its duration (from the input's hardware timestamp to the next
 * frame presented after its handlers ran, rounded to 8 ms) is at least 16 ms, the API's lowest
 * threshold. A click with no entry therefore took less than 16 ms in every event: it is kept as
 * "below 16 ms" (null), not dropped, and percentiles that fall on it say so.
 */

export interface EventEntry {
  name: string;
  entryType: string;
  interactionId: number;
  startTime: number;
  processingStart: number;
  processingEnd: number;
  duration: number;
}

/** The events a click dispatches; hover events (pointerover, ...) are not part of it. */
const CLICK_EVENTS = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);

export const EVENT_TIMING_THRESHOLD = 16;

export interface Interaction {
  /** The longest event's duration: input delay + processing + presentation (INP's measure). */
  duration: number;
  inputDelay: number;
  /** The longest event's own handlers. */
  processing: number;
  presentation: number;
  /** JavaScript of the whole click: processing of every event it dispatched that was reported. */
  script: number;
}

/**
 * One click from the entries that started after it was armed, or null when none was reported
 * (every event under 16 ms). The longest is chosen among entries with an interactionId (as INP
 * does), or among all if none has one; a 'first-input' entry repeats an 'event' entry and is
 * counted once.
 */
export function interactionOf(entries: readonly EventEntry[]): Interaction | null {
  const seen = new Set<string>();
  const events = entries.filter((e) => {
    if (!CLICK_EVENTS.has(e.name)) return false;
    const k = `${e.name}:${e.startTime}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (events.length === 0) return null;
  const withId = events.filter((e) => e.interactionId > 0);
  const pool = withId.length > 0 ? withId : events;
  const longest = pool.reduce((a, b) =>
    b.duration > a.duration || (b.duration === a.duration && b.processingEnd > a.processingEnd)
      ? b
      : a,
  );
  const end = longest.startTime + longest.duration;
  return {
    duration: longest.duration,
    inputDelay: longest.processingStart - longest.startTime,
    processing: longest.processingEnd - longest.processingStart,
    presentation: Math.max(0, end - longest.processingEnd),
    script: events.reduce((s, e) => s + (e.processingEnd - e.processingStart), 0),
  };
}

/** A percentile where null stands for "below the 16 ms threshold". */
export interface CensoredSummary {
  n: number;
  /** Clicks with no entry (all under 16 ms). */
  below: number;
  /** null: the percentile falls among the clicks under 16 ms. */
  p50: number | null;
  p95: number | null;
}

/** Nearest-rank percentiles of values where null (below the threshold) sorts first. */
export function censoredSummary(values: readonly (number | null)[]): CensoredSummary | null {
  if (values.length === 0) return null;
  const below = values.filter((v) => v === null).length;
  const measured = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const at = (p: number): number | null => {
    const rank = Math.max(1, Math.ceil((p / 100) * values.length));
    return rank <= below ? null : percentile(measured, ((rank - below) / measured.length) * 100);
  };
  return { n: values.length, below, p50: at(50), p95: at(95) };
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? Number.NaN;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Clicks summarised: their durations (INP's measure) and their JavaScript as censored percentiles,
 * and the medians of the longest event's parts over the clicks that were reported.
 */
export function summariseEventTiming(clicks: readonly (Interaction | null)[]) {
  const reported = clicks.filter((c): c is Interaction => c !== null);
  return {
    duration: censoredSummary(clicks.map((c) => c?.duration ?? null)),
    script: censoredSummary(clicks.map((c) => c?.script ?? null)),
    inputDelayMedian: median(reported.map((c) => c.inputDelay)),
    processingMedian: median(reported.map((c) => c.processing)),
    presentationMedian: median(reported.map((c) => c.presentation)),
  };
}

/**
 * app p95 / baseline p95. When the baseline's p95 is below the threshold, 16 ms stands in for it
 * and the ratio is a lower bound; when the app's is, an upper bound.
 */
export function p95Ratio(
  app: CensoredSummary | null,
  baseline: CensoredSummary | null,
): { ratio: number; bound: 'exact' | 'at least' | 'at most' } | null {
  if (!app || !baseline) return null;
  if (app.p95 === null && baseline.p95 === null) return null;
  const a = app.p95 ?? EVENT_TIMING_THRESHOLD;
  const b = baseline.p95 ?? EVENT_TIMING_THRESHOLD;
  const bound = app.p95 === null ? 'at most' : baseline.p95 === null ? 'at least' : 'exact';
  return { ratio: a / b, bound };
}
