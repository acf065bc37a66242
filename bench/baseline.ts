/**
 * The benchmark's baseline: the least a page can do to show the same data. MapLibre, the same
 * generated municipalities.geojson, one fill and one line layer, no labels, no framework. Sets
 * data-map-ready="true" on the first 'idle' after the data is drawn, like the app.
 */
import { Map, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

type Box = [number, number, number, number];

function boundsOf(collection: GeoJSON.FeatureCollection): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) {
      for (const inner of c) visit(inner);
    }
  };
  // The app frames the focus municipalities; so does the baseline.
  for (const f of collection.features) {
    if (f.properties?.focus !== false && f.geometry.type !== 'GeometryCollection') {
      visit(f.geometry.coordinates);
    }
  }
  return [w, s, e, n];
}

const container = document.getElementById('map')!;
const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const map = new Map({
  container,
  style: {
    version: 8,
    sources: { municipalities: { type: 'geojson', data: empty } },
    layers: [
      {
        id: 'fill',
        type: 'fill',
        source: 'municipalities',
        paint: { 'fill-color': '#f7f5ef' },
      },
      {
        id: 'line',
        type: 'line',
        source: 'municipalities',
        paint: { 'line-color': '#3b4a5a', 'line-width': 1 },
      },
    ],
  },
  center: [18, 65],
  zoom: 4,
  attributionControl: false,
});

const [data] = await Promise.all([
  fetch('/data/municipalities.geojson').then((r) => r.json() as Promise<GeoJSON.FeatureCollection>),
  map.once('load'),
]);
map.getSource<GeoJSONSource>('municipalities')!.setData(data);
map.fitBounds(boundsOf(data), { padding: 16, duration: 0 });
map.once('idle', () => container.setAttribute('data-map-ready', 'true'));
(container as HTMLElement & { __map?: Map }).__map = map;
