import type { Map as MapLibreMap } from 'maplibre-gl';

/** The PNG export is drawn at twice the size on the screen, sharp in print and on slides. */
export const SNAPSHOT_PIXEL_RATIO = 2;

/**
 * The rendered map as a canvas copy (for the PNG export), drawn at `pixelRatio` device pixels per
 * CSS pixel whatever the screen's: the map is drawn once at that ratio (labels placed anew), copied,
 * and put back. The drawing buffer is only readable during a render, so the copy is taken in a
 * 'render' event after the map has settled at the new size.
 */
export async function snapshotOf(
  map: MapLibreMap,
  pixelRatio = SNAPSHOT_PIXEL_RATIO,
): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  const changed = before !== pixelRatio;
  if (changed) {
    map.setPixelRatio(pixelRatio);
    // Settled: every tile and label drawn at the new ratio (a few seconds at most).
    await new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, 5000);
      map.once('idle', () => {
        window.clearTimeout(timer);
        resolve();
      });
      map.triggerRepaint();
    });
  }
  try {
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    if (changed) map.setPixelRatio(before);
  }
}
