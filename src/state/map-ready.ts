/**
 * Whether the map has drawn everything once. Work that nobody sees in the first frame (the search
 * index) waits for it, so that it does not compete with MapLibre for the main thread while the map
 * loads. Without a map (no WebGL, a failed file) it waits at most FALLBACK_MS.
 */
const FALLBACK_MS = 8000;

let ready = false;
const waiting = new Set<() => void>();

/** The map is drawn (or will not be): run what waited for it. */
export function markMapReady(): void {
  if (ready) return;
  ready = true;
  for (const run of [...waiting]) run();
  waiting.clear();
}

/**
 * Runs `work` once the map is ready (or after FALLBACK_MS), in an idle moment of the main thread
 * where the browser has one. Returns a cancel.
 */
export function afterMapReady(work: () => void): () => void {
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
  const fallback = setTimeout(run, ready ? 0 : FALLBACK_MS);
  if (!ready) waiting.add(run);
  return () => {
    cancelled = true;
    waiting.delete(run);
    clearTimeout(fallback);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
