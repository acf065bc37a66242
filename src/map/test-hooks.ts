import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's test hooks, in one place, present only in development and under browser automation
 * (Playwright sets `navigator.webdriver`): the end-to-end scenarios, the benchmark and the hosting
 * figures run the production build, so a build flag would hide the hooks from them. A reader's
 * browser gets none: no MapLibre map on the element, no readiness attribute. (The map element's
 * `data-selected`, `data-highlighted` and `data-undimmed` describe the view, set by MapView.)
 */
export const TEST_HOOKS_ON = import.meta.env.DEV || navigator.webdriver;

export const testHooks = {
  /** `__map` on the container: scenarios click places by longitude/latitude through it. */
  exposeMap(container: HTMLElement, map: MapLibreMap | null): void {
    if (TEST_HOOKS_ON) (container as HTMLElement & { __map?: MapLibreMap | null }).__map = map;
  },

  /** `data-map-ready="true"` on the container once the map has drawn everything. */
  markReady(container: HTMLElement, ready: boolean): void {
    if (!TEST_HOOKS_ON) return;
    if (ready) container.setAttribute('data-map-ready', 'true');
    else container.removeAttribute('data-map-ready');
  },
};
