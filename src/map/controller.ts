import {
  Map as MapLibreMap,
  Popup,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import notoLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { BasemapCollection, CountiesFile, MunicipalityCollection } from '../data/schemas';
import {
  buildStyle,
  INTERACTIVE_LAYERS,
  LAYER,
  NO_DATA_PATTERN,
  SOURCE,
  type LabelFont,
} from './layers';
import { boundsOf, countyBorderFeature, labelPoints } from './sources';
import { rgbOf, type MapTheme } from './theme';

setWorkerUrl(workerUrl);
// Start the worker while the data downloads, not when the map is made.
prewarm();

export interface MunicipalityMapData {
  municipalities: MunicipalityCollection;
  counties: CountiesFile;
  basemap: BasemapCollection;
}

/** What the map shows per municipality for the current metric and filters. */
export interface MunicipalityLook {
  fill?: string;
  noData?: boolean;
  dimmed?: boolean;
}

export interface LinkLook {
  highlighted?: boolean;
  dimmed?: boolean;
}

export interface MunicipalityMapOptions {
  container: HTMLElement;
  data: MunicipalityMapData;
  theme: MapTheme;
  onSelect: (code: string) => void;
  onReady: () => void;
  /** Accessible name of the canvas. */
  label: string;
}

const labelFont = (family: string): LabelFont => ({
  family,
  files: [
    // Latin-1 holds every letter of the municipality names (å ä ö): no Latin Extended file to load.
    {
      url: new URL(notoLatin, document.baseURI).href,
      unicodeRange: ['U+0000-00FF', 'U+2000-206F'],
    },
  ],
});

/** An 8×8 diagonal hatch for "no data", made as pixels (no canvas read-back). */
function hatchPattern(theme: MapTheme): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  const ink = rgbOf(theme.noDataInk);
  const paper = rgbOf(theme.noDataPaper);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size === size - 1 || (x + y) % size === 0;
      data.set([...(onLine ? ink : paper), 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

const sameLook = (a: MunicipalityLook | undefined, b: MunicipalityLook | undefined) =>
  (a?.fill ?? null) === (b?.fill ?? null) &&
  Boolean(a?.noData) === Boolean(b?.noData) &&
  Boolean(a?.dimmed) === Boolean(b?.dimmed);

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Owns the MapLibre map: the camera and every per-feature highlight live here, outside React.
 * React calls the setters when the view state changes; nothing is rebuilt, only feature-state.
 */
export class MunicipalityMap {
  private readonly map: MapLibreMap;
  private readonly ids = new Map<string, number>();
  private readonly bounds: ReturnType<typeof boundsOf>;
  private hovered: number | null = null;
  private keepCameraOnce = false;
  private lastFramed = -Infinity;
  private selected: string | null = null;
  private highlighted = new Set<string>();
  private looks = new Map<string, MunicipalityLook>();
  private links: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  private linkLooks = new Map<number, LinkLook>();
  private linksVisible = false;
  private readonly popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'map-tooltip',
    offset: 12,
  });
  private readonly resizeObserver: ResizeObserver;

  constructor(private readonly options: MunicipalityMapOptions) {
    const { data, theme } = options;
    for (const f of data.municipalities.features) this.ids.set(f.properties.code, f.id);
    this.bounds = boundsOf(data.municipalities);
    this.map = new MapLibreMap({
      container: options.container,
      style: buildStyle(
        theme,
        {
          basemap: data.basemap as GeoJSON.FeatureCollection,
          municipalities: data.municipalities as GeoJSON.FeatureCollection,
          labels: labelPoints(data.municipalities),
          countyBorder: countyBorderFeature(data.counties),
          links: this.links,
        },
        labelFont(theme.font),
      ),
      bounds: this.bounds.region,
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
      // The ResizeObserver below resizes (once) and refits: MapLibre's own would resize again.
      trackResize: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // Test hook: end-to-end scenarios click places by longitude/latitude through the map's projection.
    (options.container as HTMLElement & { __map?: MapLibreMap }).__map = this.map;
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-label', options.label);
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-describedby', 'map-summary');

    this.map.setMissingStyleImageResolver((id) => {
      if (id === NO_DATA_PATTERN) this.map.addImage(NO_DATA_PATTERN, hatchPattern(theme));
    });
    this.map.once('load', () => {
      // Whatever React set before the style loaded is applied now.
      this.map.getSource<GeoJSONSource>(SOURCE.links)?.setData(this.links);
      this.setLinksVisible(this.linksVisible);
      this.applyAllStates();
      this.applyLinkStates();
      this.map.once('idle', () => options.onReady());
    });
    this.map.on('mousemove', INTERACTIVE_LAYERS, (e) => this.hover(e.features?.[0], e.lngLat));
    this.map.on('mouseleave', INTERACTIVE_LAYERS, () => this.hover(undefined));
    this.map.on('click', INTERACTIVE_LAYERS, (e) => {
      const code = e.features?.[0]?.properties.code as string | undefined;
      if (!code) return;
      // A click on the map selects where the user is already looking: the camera stays.
      this.keepCameraOnce = true;
      options.onSelect(code);
    });
    // The camera follows the window: a resize refits the framing. A panel opening beside the map
    // only narrows it: the framing is redone if it was just set (a selection from the list),
    // otherwise the camera stays where the user put it.
    let windowSize = `${window.innerWidth}x${window.innerHeight}`;
    const sizeOf = (element: HTMLElement) => `${element.clientWidth}x${element.clientHeight}`;
    let mapSize = sizeOf(options.container);
    this.resizeObserver = new ResizeObserver(() => {
      // The first observation comes at once, at the size the map was made with: a resize would
      // only make a new drawing buffer and wait for the GPU (hundreds of ms on a software renderer).
      if (sizeOf(options.container) === mapSize) return;
      mapSize = sizeOf(options.container);
      const size = `${window.innerWidth}x${window.innerHeight}`;
      const refit = size !== windowSize || performance.now() - this.lastFramed < 1000;
      windowSize = size;
      this.map.resize();
      if (refit) this.frame(false);
    });
    this.resizeObserver.observe(options.container);
  }

  private setState(
    code: string,
    state: Record<string, unknown>,
    source: string = SOURCE.municipalities,
  ) {
    const id = this.ids.get(code);
    if (id === undefined || !this.map.getSource(source)) return;
    this.map.setFeatureState({ source, id }, state);
  }

  private hover(feature: MapGeoJSONFeature | undefined, lngLat?: { lng: number; lat: number }) {
    const id = feature ? Number(feature.id) : null;
    if (id !== this.hovered) {
      if (this.hovered !== null)
        this.map.setFeatureState(
          { source: SOURCE.municipalities, id: this.hovered },
          { hover: false },
        );
      if (id !== null)
        this.map.setFeatureState({ source: SOURCE.municipalities, id }, { hover: true });
      this.hovered = id;
    }
    this.map.getCanvas().style.cursor = feature ? 'pointer' : '';
    if (feature && lngLat) {
      this.popup.setLngLat(lngLat).setText(String(feature.properties.name)).addTo(this.map);
    } else {
      this.popup.remove();
    }
  }

  /** The hatch layer costs a shader: it is drawn only while some municipality has no data. */
  private showNoDataLayer() {
    if (!this.map.getLayer(LAYER.noData)) return;
    const any = [...this.looks.values()].some((look) => look.noData);
    this.map.setLayoutProperty(LAYER.noData, 'visibility', any ? 'visible' : 'none');
  }

  private applyAllStates() {
    this.showNoDataLayer();
    for (const code of this.ids.keys()) {
      const look = this.looks.get(code);
      this.setState(code, {
        fill: look?.fill ?? null,
        noData: look?.noData ?? false,
        dimmed: look?.dimmed ?? false,
        selected: code === this.selected,
        highlighted: this.highlighted.has(code),
      });
    }
  }

  setSelected(code: string | null, options: { frame: boolean } = { frame: true }) {
    if (code === this.selected) return;
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = code && this.ids.has(code) ? code : null;
    if (this.selected) this.setState(this.selected, { selected: true });
    if (options.frame && !this.keepCameraOnce) this.frame(!reducedMotion());
    this.keepCameraOnce = false;
  }

  /** Restyles only the municipalities whose look changed (before the load all are set at once). */
  setLooks(looks: Map<string, MunicipalityLook>) {
    const previous = this.looks;
    this.looks = looks;
    this.showNoDataLayer();
    for (const code of this.ids.keys()) {
      const look = looks.get(code);
      if (sameLook(look, previous.get(code))) continue;
      this.setState(code, {
        fill: look?.fill ?? null,
        noData: look?.noData ?? false,
        dimmed: look?.dimmed ?? false,
      });
    }
  }

  setHighlighted(codes: Iterable<string>) {
    const next = new Set(codes);
    for (const code of this.highlighted)
      if (!next.has(code)) this.setState(code, { highlighted: false });
    for (const code of next)
      if (!this.highlighted.has(code)) this.setState(code, { highlighted: true });
    this.highlighted = next;
  }

  /** The cooperation links (set once per catalogue) and how each is drawn (feature-state). */
  setLinks(links: GeoJSON.FeatureCollection, states: Map<number, LinkLook>) {
    // Same links: only the links whose look changed are restyled (thousands at 10 000 projects).
    const previous = links === this.links ? this.linkLooks : null;
    if (links !== this.links) {
      this.links = links;
      this.map.getSource<GeoJSONSource>(SOURCE.links)?.setData(links);
    }
    this.linkLooks = states;
    this.applyLinkStates(previous);
  }

  private applyLinkStates(previous: Map<number, LinkLook> | null = null) {
    if (!this.map.getSource(SOURCE.links)) return;
    for (const feature of this.links.features) {
      const id = Number(feature.id);
      const look = this.linkLooks.get(id);
      const before = previous?.get(id);
      if (
        previous &&
        Boolean(look?.highlighted) === Boolean(before?.highlighted) &&
        Boolean(look?.dimmed) === Boolean(before?.dimmed)
      )
        continue;
      this.map.setFeatureState(
        { source: SOURCE.links, id },
        { highlighted: look?.highlighted ?? false, dimmed: look?.dimmed ?? false },
      );
    }
  }

  setLinksVisible(visible: boolean) {
    this.linksVisible = visible;
    if (this.map.getLayer(LAYER.links))
      this.map.setLayoutProperty(LAYER.links, 'visibility', visible ? 'visible' : 'none');
  }

  /**
   * Frames the selected municipality with its neighbours (what is next door matters here), or the
   * whole region when none is selected.
   */
  frame(animate: boolean) {
    const box =
      (this.selected && this.bounds.withNeighbours.get(this.selected)) || this.bounds.region;
    const { clientWidth, clientHeight } = this.options.container;
    const padding = Math.max(8, Math.min(64, Math.min(clientWidth, clientHeight) / 6));
    this.lastFramed = performance.now();
    this.map.fitBounds(box, {
      padding,
      duration: animate ? 500 : 0,
      maxZoom: 7,
    });
  }

  /**
   * The rendered map as a canvas copy (for the PNG export). The drawing buffer is only readable
   * during a render, so the copy is taken in the next 'render' event.
   */
  snapshot(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      this.map.triggerRepaint();
    });
  }

  destroy() {
    this.resizeObserver.disconnect();
    this.popup.remove();
    this.map.remove();
  }
}
