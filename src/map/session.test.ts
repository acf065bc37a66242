import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMapSession,
  FALLBACK_MS,
  mapSession,
  type MapSession,
  type SessionMap,
} from './session';

const fakeMap = (name: string) => ({ name }) as unknown as SessionMap;
const element = () => ({ id: Math.random() }) as unknown as HTMLElement;

describe('the map session', () => {
  let session: MapSession;
  beforeEach(() => {
    session = createMapSession(true);
  });

  it('starts with no map, not ready, with the WebGL the browser has and no covers', () => {
    expect(session.get()).toEqual({ map: null, ready: false, webgl: true, covers: [] });
    expect(createMapSession(false).get().webgl).toBe(false);
    // In Node there is no WebGL 2: the app's session says so.
    expect(mapSession.get().webgl).toBe(false);
  });

  it('tells its subscribers of every change, and keeps the same state object until one', () => {
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    const before = session.get();
    expect(session.get()).toBe(before);
    const map = fakeMap('a');
    session.drawn(map);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(session.get()).not.toBe(before);
    expect(session.get()).toMatchObject({ map, ready: true });
    unsubscribe();
    session.gone(map);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(session.get()).toMatchObject({ map: null, ready: true });
  });

  it('forgets a map only if it is the current one', () => {
    const [a, b] = [fakeMap('a'), fakeMap('b')];
    session.drawn(a);
    session.drawn(b);
    const listener = vi.fn();
    session.subscribe(listener);
    session.gone(a);
    expect(session.get().map).toBe(b);
    expect(listener).not.toHaveBeenCalled();
    session.gone(b);
    expect(session.get().map).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('switches WebGL off once, for good', () => {
    const listener = vi.fn();
    session.subscribe(listener);
    session.webglFailed();
    session.webglFailed();
    expect(session.get().webgl).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the covers while their elements are mounted, each once', () => {
    const listener = vi.fn();
    session.subscribe(listener);
    const [a, b] = [element(), element()];
    const removeA = session.coverRef(a)!;
    expect(session.get().covers).toEqual([a]);
    session.coverRef(a);
    const removeB = session.coverRef(b)!;
    expect(session.get().covers).toEqual([a, b]);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(session.coverRef(null)).toBeUndefined();
    removeA();
    removeA();
    expect(session.get().covers).toEqual([b]);
    removeB();
    expect(session.get().covers).toEqual([]);
  });
});

describe('afterReady', () => {
  let session: MapSession;
  beforeEach(() => {
    vi.useFakeTimers();
    session = createMapSession(true);
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the map, then runs the work once', async () => {
    const work = vi.fn();
    session.afterReady(work);
    await vi.advanceTimersByTimeAsync(5000);
    expect(work).not.toHaveBeenCalled();
    session.drawn(fakeMap('a'));
    session.drawn(fakeMap('b'));
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the map is already ready, and never when cancelled', async () => {
    session.drawn(fakeMap('a'));
    const work = vi.fn();
    session.afterReady(work);
    const cancelled = vi.fn();
    session.afterReady(cancelled)();
    await vi.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs work asked for once the map is ready once, even if another map draws meanwhile', async () => {
    session.drawn(fakeMap('a'));
    const work = vi.fn();
    session.afterReady(work);
    session.drawn(fakeMap('b'));
    await vi.advanceTimersByTimeAsync(FALLBACK_MS * 2);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs work cancelled while it waited for the map', async () => {
    const cancelled = vi.fn();
    session.afterReady(cancelled)();
    session.drawn(fakeMap('a'));
    await vi.advanceTimersByTimeAsync(FALLBACK_MS * 2);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('does not wait for ever for a map that never comes (no WebGL, a failed file)', async () => {
    const work = vi.fn();
    session.afterReady(work);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS - 1);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);
    expect(FALLBACK_MS).toBe(8000);
  });

  it('runs the work in an idle moment where the browser has one, and cancels it there', async () => {
    const idle = vi.fn((run: () => void, options: { timeout: number }) => {
      expect(options).toEqual({ timeout: 2000 });
      setTimeout(run, 50);
      return 7;
    });
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    try {
      session.drawn(fakeMap('a'));
      const work = vi.fn();
      session.afterReady(work);
      await vi.advanceTimersByTimeAsync(0);
      expect(idle).toHaveBeenCalledTimes(1);
      expect(work).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(50);
      expect(work).toHaveBeenCalledTimes(1);
      const cancel = session.afterReady(vi.fn());
      cancel();
      expect(cancelIdle).not.toHaveBeenCalled();
      const later = session.afterReady(vi.fn());
      await vi.advanceTimersByTimeAsync(0);
      later();
      expect(cancelIdle).toHaveBeenCalledWith(7);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
