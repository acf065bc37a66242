import { describe, expect, it } from 'vitest';
import {
  censoredSummary,
  interactionOf,
  p95Ratio,
  summariseEventTiming,
  type EventEntry,
} from './event-timing';

const entry = (
  name: string,
  startTime: number,
  processingStart: number,
  processingEnd: number,
  duration: number,
  interactionId = 7,
  entryType = 'event',
): EventEntry => ({
  name,
  entryType,
  interactionId,
  startTime,
  processingStart,
  processingEnd,
  duration,
});

describe('one click', () => {
  it('is its longest event, with the JavaScript of all its events', () => {
    const click = interactionOf([
      entry('pointerover', 90, 95, 140, 56, 0),
      entry('pointerdown', 100, 104, 110, 96),
      entry('mousedown', 100, 110, 112, 96, 0),
      entry('pointerup', 120, 125, 126, 80),
      entry('click', 120, 126, 176, 104),
      // The first input repeats its pointerdown entry.
      entry('pointerdown', 100, 104, 110, 96, 7, 'first-input'),
    ]);
    expect(click).toEqual({
      duration: 104,
      inputDelay: 6,
      processing: 50,
      presentation: 48,
      // pointerdown 6 + mousedown 2 + pointerup 1 + click 50; not the hover's 45.
      script: 59,
    });
  });

  it('takes the longest among events with an interaction id, as INP does', () => {
    const click = interactionOf([
      entry('mousedown', 100, 101, 200, 200, 0),
      entry('click', 150, 151, 160, 40),
    ]);
    // The click's 40 ms, not the mousedown's 200 (no interaction id: not counted by INP).
    expect(click?.duration).toBe(40);
  });

  it('is below the threshold when no event was reported', () => {
    expect(interactionOf([])).toBeNull();
    expect(interactionOf([entry('pointerover', 0, 1, 2, 24, 0)])).toBeNull();
  });
});

describe('percentiles with clicks under 16 ms', () => {
  it('sort them first and say so when a percentile falls on them', () => {
    expect(censoredSummary([null, null, 40, 20])).toEqual({ n: 4, below: 2, p50: null, p95: 40 });
    expect(censoredSummary([30, null, 10.5, 20])).toEqual({ n: 4, below: 1, p50: 10.5, p95: 30 });
    expect(censoredSummary([null])).toEqual({ n: 1, below: 1, p50: null, p95: null });
    expect(censoredSummary([])).toBeNull();
  });

  it('summarise clicks, with the medians of the longest event parts', () => {
    const a = interactionOf([entry('click', 0, 10, 30, 100)]);
    const b = interactionOf([entry('click', 0, 20, 40, 200)]);
    const summary = summariseEventTiming([a, b, null]);
    expect(summary.duration).toEqual({ n: 3, below: 1, p50: 100, p95: 200 });
    expect(summary.script).toEqual({ n: 3, below: 1, p50: 20, p95: 20 });
    expect(summary.inputDelayMedian).toBe(15);
    expect(summary.processingMedian).toBe(20);
    expect(summary.presentationMedian).toBe(115);
  });

  it('give a ratio of p95s, bounded when one side is under the threshold', () => {
    const s = (p95: number | null) => ({ n: 10, below: 0, p50: p95, p95 });
    expect(p95Ratio(s(100), s(50))).toEqual({ ratio: 2, bound: 'exact' });
    expect(p95Ratio(s(64), s(null))).toEqual({ ratio: 4, bound: 'at least' });
    expect(p95Ratio(s(null), s(32))).toEqual({ ratio: 0.5, bound: 'at most' });
    expect(p95Ratio(s(null), s(null))).toBeNull();
    expect(p95Ratio(null, s(1))).toBeNull();
  });
});
