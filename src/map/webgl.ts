import { GPUInitializationError } from 'maplibre-gl';

let failed = false;
const listeners = new Set<() => void>();

/**
 * Whether this browser can draw the map, as far as is known: yes while it has WebGL 2 at all,
 * no once MapLibre has failed to make its context (old machines, some remote desktops, a GPU on
 * the blocklist). No probe context is made first: on a software renderer that cost hundreds of
 * milliseconds of the first frame, and only the map's own context tells the truth.
 */
export function supportsWebgl(): boolean {
  return !failed && typeof WebGL2RenderingContext !== 'undefined';
}

/** Whether `error` is MapLibre's "no WebGL context" (its constructor throws it). */
export function isWebglFailure(error: unknown): boolean {
  return error instanceof GPUInitializationError;
}

/** The map could not get a context: every view that asks switches to the list. */
export function reportWebglFailure(): void {
  if (failed) return;
  failed = true;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: called when `supportsWebgl` changes. */
export function subscribeWebgl(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
