import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The rendered map as a canvas copy (for the PNG export). The drawing buffer is only readable
 * during a render, so the copy is taken in the next 'render' event.
 */
export function snapshotOf(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
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
}
