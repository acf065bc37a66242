/** Without a map (no WebGL, a failed file) work waiting for it waits at most this long. */
export const FALLBACK_MS = 8000;

/** What the tools outside the map view may ask of the map on screen (controller.ts has it). */
export interface SessionMap {
  /** The rendered map as a canvas copy (the PNG export). */
  snapshot(): Promise<HTMLCanvasElement>;
  zoomBy(delta: number): void;
  /** Frames the whole region. */
  showRegion(): void;
}

/** What the app knows of the map, in one object: read with `get`, followed with `subscribe`. */
export interface MapSessionState {
  /** The map on screen once it has drawn, for tools outside the map view; null while none is. */
  readonly map: SessionMap | null;
  /** The map has drawn everything once (it stays true): deferred work may start. */
  readonly ready: boolean;
  /**
   * Whether this browser can draw the map, as far as is known: yes while it has WebGL 2 at all,
   * no once MapLibre has failed to make its context. No probe context is made first (ADR 0003).
   */
  readonly webgl: boolean;
  /**
   * The elements that may lie over the map (the panel or sheet, the legend, the buttons, the
   * drawer). The camera keeps what it frames clear of those that overlap its canvas.
   */
  readonly covers: readonly HTMLElement[];
}

export type MapSession = ReturnType<typeof createMapSession>;

/**
 * The map session's shared state. `get` returns the same object until something changes, so
 * `useSyncExternalStore(session.subscribe, session.get)` re-renders only on a change.
 */
export function createMapSession(webgl = typeof WebGL2RenderingContext !== 'undefined') {
  let state: MapSessionState = { map: null, ready: false, webgl, covers: [] };
  const listeners = new Set<() => void>();
  const waiting = new Set<() => void>();
  const update = (change: Partial<MapSessionState>) => {
    state = { ...state, ...change };
    listeners.forEach((listener) => listener());
  };

  const session = {
    get: (): MapSessionState => state,

    /** Calls `listener` after every change; returns the unsubscribe. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /**
     * A ref callback that makes an element a cover while it is mounted (React 19 calls the
     * returned function when the element goes). Stable, so React never registers it again.
     */
    coverRef(element: HTMLElement | null): (() => void) | undefined {
      if (!element) return undefined;
      const without = () => state.covers.filter((e) => e !== element);
      update({ covers: [...without(), element] });
      return () => update({ covers: without() });
    },

    /** The map has drawn: it is the current map, and what waited for it runs. */
    drawn(map: SessionMap): void {
      update({ map, ready: true });
      for (const run of [...waiting]) run();
      waiting.clear();
    },

    /** The map is gone (unmounted, or a new data set): no current map until the next draws. */
    gone(map: SessionMap): void {
      if (state.map === map) update({ map: null });
    },

    /** The map could not get a context: every view that asks switches to the list. */
    webglFailed(): void {
      if (state.webgl) update({ webgl: false });
    },

    /**
     * Runs `work` once the map is ready (or after FALLBACK_MS), in an idle moment of the main
     * thread where the browser has one, so that it does not compete with MapLibre while the map
     * loads. Returns a cancel.
     */
    afterReady(work: () => void): () => void {
      let cancelled = false;
      let idle: number | undefined;
      const run = () => {
        waiting.delete(run);
        clearTimeout(fallback);
        if (cancelled) return;
        if (typeof requestIdleCallback === 'function')
          idle = requestIdleCallback(() => work(), { timeout: 2000 });
        else work();
      };
      const fallback = setTimeout(run, state.ready ? 0 : FALLBACK_MS);
      if (!state.ready) waiting.add(run);
      return () => {
        cancelled = true;
        waiting.delete(run);
        clearTimeout(fallback);
        if (idle !== undefined) cancelIdleCallback(idle);
      };
    },
  };
  return session;
}

/** The one map session of the app. */
export const mapSession = createMapSession();

/** `mapSession.coverRef`, to pass as `ref={coverRef}`. */
export const coverRef = mapSession.coverRef;

/** `mapSession.afterReady`: work deferred past the map's first frame. */
export const afterMapReady = mapSession.afterReady;
