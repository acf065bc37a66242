import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  CLICK_CHECK_MS,
  LABEL_ROOM,
  matchesOf,
  settle,
  type Bounds,
  type CameraState,
  type Scene,
} from './camera';
import type { Rect } from './free-area';
import { mapSession } from './session';
import type { Bbox } from './sources';

/** Typing in the search narrows the matches letter by letter: the camera waits for a pause. */
const MATCHES_DELAY_MS = 300;

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const toRect = (r: DOMRect, origin: DOMRect): Rect => ({
  left: r.left - origin.left,
  top: r.top - origin.top,
  right: r.right - origin.left,
  bottom: r.bottom - origin.top,
});

export type CameraDriver = ReturnType<typeof cameraDriver>;

/**
 * Moves the MapLibre camera as the rules of camera.ts decide: measures the map and its covers in
 * the next animation frame after a change (once React has rendered what the change opened and the
 * browser has laid it out) and applies the move. The camera never moves for any other reason.
 */
export function cameraDriver(map: MapLibreMap, container: HTMLElement, bounds: Bounds) {
  let state: CameraState = { subject: bounds.region, clickCheck: null, layoutKey: '' };
  let pending = 0;
  let animate = false;
  let refit = false;
  let matches = '';
  let matchesTimer = 0;
  let covers = mapSession.get().covers;

  /** The map's rectangle and, in its coordinates, the covers that are shown. */
  const measure = (): { area: Rect; covers: Rect[] } | null => {
    const origin = container.getBoundingClientRect();
    if (origin.width < 1 || origin.height < 1) return null;
    const shown: Rect[] = [];
    for (const element of covers) {
      if (!element.isConnected || element.contains(container)) continue;
      const r = element.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || getComputedStyle(element).visibility === 'hidden') {
        continue;
      }
      shown.push(toRect(r, origin));
    }
    return { area: toRect(origin, origin), covers: shown };
  };

  const settleNow = (animate: boolean, refit: boolean) => {
    const measured = measure();
    if (!measured) return;
    const { area } = measured;
    const canvas = map.getCanvas();
    if (
      Math.abs(canvas.clientWidth - area.right) > 0.5 ||
      Math.abs(canvas.clientHeight - area.bottom) > 0.5
    ) {
      map.resize();
    }
    const next = settle(state, {
      ...measured,
      onScreen: (box) => {
        const a = map.project([box[0], box[3]]);
        const b = map.project([box[2], box[1]]);
        return { left: a.x, top: a.y, right: b.x, bottom: b.y };
      },
      now: performance.now(),
      animate,
      refit,
      moving: map.isMoving(),
      reducedMotion: reducedMotion(),
      labelRoom: LABEL_ROOM,
    });
    state = next.state;
    const move = next.move;
    if (move && 'fit' in move) map.fitBounds(move.fit, move.options);
    else if (move) map.jumpTo({ center: map.unproject(move.centre), padding: move.padding });
  };

  /** Settles once in the next animation frame; `refit` frames even if nothing moved. */
  const schedule = (animateNext: boolean, refitNext: boolean) => {
    animate ||= animateNext;
    refit ||= refitNext;
    pending ||= requestAnimationFrame(() => {
      pending = 0;
      const args = [animate, refit] as const;
      animate = refit = false;
      settleNow(...args);
    });
  };

  const release = () => {
    state.subject = state.clickCheck = null;
  };

  // The map's size and whatever covers it: a change keeps the subject framed in what is left.
  const resizeObserver = new ResizeObserver(() => schedule(false, false));
  const observe = () => {
    resizeObserver.disconnect();
    resizeObserver.observe(container);
    for (const element of covers) resizeObserver.observe(element);
  };
  observe();
  const unsubscribe = mapSession.subscribe(() => {
    if (mapSession.get().covers === covers) return;
    covers = mapSession.get().covers;
    observe();
    schedule(false, false);
  });
  // A pan, zoom or key press by the user makes the camera theirs: nothing reframes it until
  // they ask for a framing again (a selection, the comparison, "whole region").
  map.on('movestart', (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) release();
  });

  const driver = {
    /** Frames `box` (a choice of the user's: eased); `check`: only if it is not in view. */
    frame(box: Bbox, check = false): void {
      if (check) state.clickCheck = { box, until: performance.now() + CLICK_CHECK_MS };
      else [state.subject, state.clickCheck] = [box, null];
      schedule(true, !check);
    },

    /** Frames `box` again, at once (the map's first framing, a restored view). */
    reframe(box: Bbox): void {
      state.subject = box;
      schedule(false, true);
    },

    /** The zoom buttons: the camera becomes the user's, as with a pinch. */
    zoomBy(delta: number): void {
      release();
      map.zoomTo(map.getZoom() + delta, { duration: reducedMotion() ? 0 : 250 });
    },

    /**
     * With nothing selected or compared, the camera frames the municipalities that match the
     * filters (one with its neighbours), or the region again when all do; after a pause.
     */
    followMatches(focus: Iterable<string>, dimmed: (code: string) => boolean, scene: () => Scene) {
      const { key, box } = matchesOf(focus, dimmed, bounds);
      if (key === matches) return;
      const first = matches === '';
      matches = key;
      if (first || !box) return;
      window.clearTimeout(matchesTimer);
      matchesTimer = window.setTimeout(() => {
        const now = scene();
        if (!now.selected && now.comparison.length === 0) driver.frame(box);
      }, MATCHES_DELAY_MS);
    },

    destroy(): void {
      cancelAnimationFrame(pending);
      window.clearTimeout(matchesTimer);
      unsubscribe();
      resizeObserver.disconnect();
    },
  };
  return driver;
}
