import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps whether the map is ready: a fresh copy per test.
const load = async () => {
  vi.resetModules();
  return import('./map-ready');
};

describe('afterMapReady', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the map, then runs the work once', async () => {
    const { afterMapReady, markMapReady } = await load();
    const work = vi.fn();
    afterMapReady(work);
    await vi.advanceTimersByTimeAsync(5000);
    expect(work).not.toHaveBeenCalled();
    markMapReady();
    markMapReady();
    await vi.advanceTimersByTimeAsync(3000);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the map is already ready, and never when cancelled', async () => {
    const { afterMapReady, markMapReady } = await load();
    markMapReady();
    const work = vi.fn();
    afterMapReady(work);
    const cancelled = vi.fn();
    afterMapReady(cancelled)();
    await vi.advanceTimersByTimeAsync(3000);
    expect(work).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('does not wait for ever for a map that never comes (no WebGL, a failed file)', async () => {
    const { afterMapReady } = await load();
    const work = vi.fn();
    afterMapReady(work);
    await vi.advanceTimersByTimeAsync(7000);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(4000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
