/**
 * The elements that may lie over the map: the side panel or bottom sheet, the legend, the map's
 * buttons, the filter drawer. Views register them (useMapCover); the map controller measures them
 * and keeps what it frames clear of those that overlap its canvas. An element beside the map (the
 * panel column on a wide screen) overlaps nothing and so costs nothing.
 */
type Listener = (element: HTMLElement, added: boolean) => void;

const elements = new Set<HTMLElement>();
const listeners = new Set<Listener>();

export const mapCovers = {
  add(element: HTMLElement) {
    elements.add(element);
    for (const listener of listeners) listener(element, true);
  },
  delete(element: HTMLElement) {
    if (!elements.delete(element)) return;
    for (const listener of listeners) listener(element, false);
  },
  all(): readonly HTMLElement[] {
    return [...elements];
  },
  /** Calls `listener` for every element added or removed from now on; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * A ref callback that registers an element as a cover while it is mounted (React 19 calls the
 * returned function when the element goes). Stable, so React never re-registers it.
 */
export function coverRef(element: HTMLElement | null): (() => void) | undefined {
  if (!element) return undefined;
  mapCovers.add(element);
  return () => mapCovers.delete(element);
}
