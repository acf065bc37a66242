/**
 * The benchmark's baseline: the least a page can do to show the same data. MapLibre, the same
 * generated municipalities.geojson, one fill and one line layer, no labels, no framework. Sets
 * data-map-ready="true" on the first 'idle' after the data is drawn, like the app.
 *
 * For the interaction benchmark it restyles by feature-state what the app restyles: the button
 * [data-testid=baseline-filter] dims every other focus municipality (as a theme filter dims the
 * ones without such projects), and a click on a municipality marks it selected and writes its
 * code to data-selected on the map element.
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
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            '#f2c6a0',
            '#f7f5ef',
          ],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.35, 1],
        },
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

const source = 'municipalities';
const dimmable = data.features
  .filter((f) => f.properties?.focus !== false && f.id !== undefined)
  .filter((_, i) => i % 2 === 1)
  .map((f) => f.id!);
const filter = document.querySelector<HTMLButtonElement>('[data-testid="baseline-filter"]')!;
filter.disabled = false;
filter.addEventListener('click', () => {
  const dimmed = filter.getAttribute('aria-pressed') !== 'true';
  for (const id of dimmable) map.setFeatureState({ source, id }, { dimmed });
  filter.setAttribute('aria-pressed', String(dimmed));
});

let selected: string | number | null = null;
map.on('click', 'fill', (e) => {
  const feature = e.features?.[0];
  if (!feature || feature.id === undefined) return;
  if (selected !== null) map.setFeatureState({ source, id: selected }, { selected: false });
  selected = feature.id;
  map.setFeatureState({ source, id: selected }, { selected: true });
  container.setAttribute('data-selected', String(feature.properties.code));
});
