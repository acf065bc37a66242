import { GPUInitializationError, Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { glyphsUrl } from '../domain/glyphs';
import { buildStyle, hatchPattern, NO_DATA_PATTERN } from './layers';
import { countyBorderFeature, countyLabelFeatures, labelPoints, type Bbox } from './sources';
import { testHooks } from './test-hooks';
import type { MunicipalityMapOptions } from './types';

setWorkerUrl(workerUrl);
// Start the worker while the data downloads, not when the map is made.
prewarm();

/** Whether `error` is MapLibre's "no WebGL context" (its constructor throws it). */
export const isWebglFailure = (error: unknown) => error instanceof GPUInitializationError;

/** The links source before the catalogue has set it. */
export const EMPTY_LINKS: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The MapLibre map of a data set, framing `region`: the style from layers.ts, the no-data hatch,
 * no rotation or pitch, the canvas named for assistive technology. Throws MapLibre's
 * GPUInitializationError when the browser gives it no WebGL context (isWebglFailure).
 */
export function createMap(
  { container, data, theme, label }: MunicipalityMapOptions,
  region: Bbox,
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: buildStyle(
      theme,
      {
        basemap: data.basemap as GeoJSON.FeatureCollection,
        municipalities: data.municipalities as GeoJSON.FeatureCollection,
        labels: labelPoints(data.municipalities),
        countyBorder: countyBorderFeature(data.counties),
        links: EMPTY_LINKS,
        countyLabels: countyLabelFeatures(data.municipalities),
      },
      glyphsUrl(document.baseURI),
    ),
    bounds: region,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 11,
    minZoom: 2,
    cooperativeGestures: false,
    // Labels placed at once: no 300 ms of fade frames after each placement, nobody waits for them.
    fadeDuration: 0,
    // The camera driver's ResizeObserver resizes (once) and refits: MapLibre's would resize again.
    trackResize: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  testHooks.exposeMap(container, map);
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', label);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-describedby', 'map-summary');

  map.setMissingStyleImageResolver((id) => {
    if (id === NO_DATA_PATTERN) map.addImage(NO_DATA_PATTERN, hatchPattern(theme));
  });
  return map;
}
