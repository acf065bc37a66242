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
  countyLabelText,
  INTERACTIVE_LAYERS,
  LAYER,
  NO_DATA_PATTERN,
  outlineOpacity,
  SOURCE,
  type CountyLabelText,
  type LabelFont,
} from './layers';
import { mapCovers } from './covers';
import { contains, freeRect, insetsOf, overlap, type Insets, type Rect } from './free-area';
import {
  boundsOf,
  countyBorderFeature,
  countyLabelFeatures,
  labelPoints,
  unionOf,
  type Bbox,
} from './sources';
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
  /** What hover and keyboard focus show: the name and the metric's value with its unit. */
  tip?: { name: string; value: string; noData: boolean };
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

/** Never closer than a municipality with its neighbours, whatever the screen. */
const MAX_FRAMING_ZOOM = 7;
/** An uncovered part smaller than this (an expanded sheet, an open drawer) is not framed into. */
const MIN_FREE_PX = 96;
/** A click's selection is checked again while covers move in after it (the sheet opening). */
const CLICK_CHECK_MS = 800;
/** Typing in the search narrows the matches letter by letter: the camera waits for a pause. */
const MATCHES_DELAY_MS = 300;

const toRect = (r: DOMRect, origin: DOMRect): Rect => ({
  left: r.left - origin.left,
  top: r.top - origin.top,
  right: r.right - origin.left,
  bottom: r.bottom - origin.top,
});

/**
 * Owns the MapLibre map: the camera and every per-feature highlight live here, outside React.
 * React calls the setters when the view state changes; nothing is rebuilt, only feature-state.
 */
export class MunicipalityMap {
  private readonly map: MapLibreMap;
  private readonly ids = new Map<string, number>();
  private readonly bounds: ReturnType<typeof boundsOf>;
  private readonly focus = new Set<string>();
  private hovered: number | null = null;
  private selected: string | null = null;
  private comparison: string[] = [];
  private matches = '';
  private matchesTimer = 0;
  private highlighted = new Set<string>();
  private looks = new Map<string, MunicipalityLook>();
  private links: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  private linkLooks = new Map<number, LinkLook>();
  private linksVisible = false;
  /** The county labels of a county-level metric; null while the metric is per municipality. */
  private countyLabels: readonly CountyLabelText[] | null = null;
  /**
   * What the camera frames, kept in the uncovered part of the map as covers come and go; null
   * once the user moves the map (or clicks it where they are looking): then the camera is theirs.
   */
  private subject: Bbox | null;
  /** The selection of a click on the map, framed only if it is not fully in view. */
  private clicked: string | null = null;
  private clickCheck: { box: Bbox; until: number } | null = null;
  private settleFrame = 0;
  private settleAnimate = false;
  private settleRefit = false;
  private layoutKey = '';
  private readonly unsubscribeCovers: () => void;
  private readonly popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'map-tooltip',
    offset: 12,
  });
  private readonly resizeObserver: ResizeObserver;

  constructor(private readonly options: MunicipalityMapOptions) {
    const { data, theme } = options;
    for (const f of data.municipalities.features) {
      this.ids.set(f.properties.code, f.id);
      if (f.properties.focus) this.focus.add(f.properties.code);
    }
    this.bounds = boundsOf(data.municipalities);
    this.subject = this.bounds.region;
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
          countyLabels: countyLabelFeatures(data.municipalities),
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
      this.setCountyLabels(this.countyLabels);
      this.applyAllStates();
      this.applyLinkStates();
      this.map.once('idle', () => options.onReady());
    });
    this.map.on('mousemove', INTERACTIVE_LAYERS, (e) => this.hover(e.features?.[0], e.lngLat));
    this.map.on('mouseleave', INTERACTIVE_LAYERS, () => this.hover(undefined));
    canvas.addEventListener('focus', () => this.focusTip());
    canvas.addEventListener('blur', () => this.popup.remove());
    this.map.on('click', INTERACTIVE_LAYERS, (e) => {
      const code = e.features?.[0]?.properties.code as string | undefined;
      if (!code) return;
      this.clicked = code;
      options.onSelect(code);
    });
    // A pan, zoom or key press by the user makes the camera theirs: nothing reframes it until
    // they ask for a framing again (a selection, the comparison, "whole region").
    this.map.on('movestart', (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) this.release();
    });
    // The map's size and whatever covers it: a change keeps the subject framed in what is left.
    this.resizeObserver = new ResizeObserver(() => this.schedule(false, false));
    this.resizeObserver.observe(options.container);
    for (const element of mapCovers.all()) this.resizeObserver.observe(element);
    this.unsubscribeCovers = mapCovers.subscribe((element, added) => {
      if (added) this.resizeObserver.observe(element);
      else this.resizeObserver.unobserve(element);
      this.schedule(false, false);
    });
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
    if (feature && lngLat)
      this.showTip(String(feature.properties.code), String(feature.properties.name), lngLat);
    else if (this.focusTip()) return;
    else this.popup.remove();
  }

  /** The tip of a municipality: its name, and its value for the metric ("no data" set apart). */
  private showTip(code: string, fallbackName: string, lngLat: { lng: number; lat: number }) {
    const tip = this.looks.get(code)?.tip;
    const content = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = tip?.name ?? fallbackName;
    content.append(name);
    if (tip) {
      const value = document.createElement('span');
      value.className = tip.noData ? 'map-tooltip__value no-data' : 'map-tooltip__value';
      value.textContent = tip.value;
      content.append(document.createElement('br'), value);
    }
    this.popup.setLngLat(lngLat).setDOMContent(content).addTo(this.map);
  }

  /** While the map has keyboard focus, the selected municipality shows its tip at its label. */
  private focusTip(): boolean {
    const selected = this.selected;
    if (!selected || document.activeElement !== this.map.getCanvas()) return false;
    const feature = this.options.data.municipalities.features.find(
      (f) => f.properties.code === selected,
    );
    if (!feature) return false;
    this.showTip(selected, feature.properties.name, {
      lng: feature.properties.labelLon,
      lat: feature.properties.labelLat,
    });
    return true;
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

  /**
   * Marks the selected municipality and frames it with its neighbours, the same from every way
   * in (the picker, a result, a neighbour, a link, Back). A click on the map frames it only if
   * it is not fully in view once the panel has opened: the user was looking there already.
   */
  setSelected(code: string | null, options: { frame: boolean } = { frame: true }) {
    const clicked = this.clicked === code;
    this.clicked = null;
    if (code === this.selected) return;
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = code && this.ids.has(code) ? code : null;
    if (this.selected) this.setState(this.selected, { selected: true });
    if (!this.focusTip() && document.activeElement === this.map.getCanvas()) this.popup.remove();
    // Closing the panel keeps the camera; the comparison keeps framing its whole set.
    if (!options.frame || !this.selected || this.comparison.length > 0) return;
    const box = this.bounds.withNeighbours.get(this.selected)!;
    if (clicked) {
      this.clickCheck = { box, until: performance.now() + CLICK_CHECK_MS };
      this.schedule(true, false);
    } else {
      this.frameBox(box);
    }
  }

  /** The comparison frames its whole set; when it closes, the selection again. */
  setComparison(codes: readonly string[], options: { frame: boolean } = { frame: true }) {
    const known = codes.filter((c) => this.ids.has(c));
    if (known.join() === this.comparison.join()) return;
    this.comparison = known;
    if (!options.frame) return;
    if (known.length > 0) this.frameBox(unionOf(known.map((c) => this.bounds.byCode.get(c)!)));
    else if (this.selected) this.frameBox(this.bounds.withNeighbours.get(this.selected)!);
  }

  /** Frames the comparison, else the selection with its neighbours, else the whole region. */
  frameCurrent(animate = false) {
    if (this.comparison.length > 0) {
      this.subject = unionOf(this.comparison.map((c) => this.bounds.byCode.get(c)!));
    } else if (this.selected) {
      this.subject = this.bounds.withNeighbours.get(this.selected)!;
    } else {
      this.subject = this.bounds.region;
    }
    this.schedule(animate, true);
  }

  /** The "whole region" control. */
  showRegion() {
    this.frameBox(this.bounds.region);
  }

  /** The zoom buttons: the camera becomes the user's, as with a pinch. */
  zoomBy(delta: number) {
    this.release();
    this.map.zoomTo(this.map.getZoom() + delta, { duration: reducedMotion() ? 0 : 250 });
  }

  private frameBox(box: Bbox) {
    this.subject = box;
    this.clickCheck = null;
    this.schedule(true, true);
  }

  private release() {
    this.subject = null;
    this.clickCheck = null;
  }

  /**
   * Runs `settle` once in the next animation frame, after React has rendered whatever the change
   * opened (the sheet) and the browser has laid it out. `refit` frames the subject even if
   * nothing moved; `animate` eases there.
   */
  private schedule(animate: boolean, refit: boolean) {
    this.settleAnimate ||= animate;
    this.settleRefit ||= refit;
    if (this.settleFrame) return;
    this.settleFrame = requestAnimationFrame(() => {
      this.settleFrame = 0;
      const { settleAnimate, settleRefit } = this;
      this.settleAnimate = this.settleRefit = false;
      this.settle(settleAnimate, settleRefit);
    });
  }

  /** The map's rectangle and, in its coordinates, the covers that overlap it. */
  private measure(): { area: Rect; covers: Rect[] } | null {
    const container = this.options.container;
    const origin = container.getBoundingClientRect();
    if (origin.width < 1 || origin.height < 1) return null;
    const area = toRect(origin, origin);
    const covers: Rect[] = [];
    for (const element of mapCovers.all()) {
      if (!element.isConnected || element.contains(container)) continue;
      const r = element.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || getComputedStyle(element).visibility === 'hidden') {
        continue;
      }
      const over = overlap(area, toRect(r, origin));
      if (over) covers.push(over);
    }
    return { area, covers };
  }

  /** A box of longitudes and latitudes on screen, in the container's pixels. */
  private onScreen(box: Bbox): Rect {
    const a = this.map.project([box[0], box[3]]);
    const b = this.map.project([box[2], box[1]]);
    return { left: a.x, top: a.y, right: b.x, bottom: b.y };
  }

  /**
   * Sets MapLibre's padding to what covers the map and keeps the subject framed in the rest: the
   * largest uncovered rectangle for the subject's shape, with a margin. Without a subject the
   * view stays as the user left it (the padding changes, the picture does not).
   */
  private settle(animate: boolean, refit: boolean) {
    const measured = this.measure();
    if (!measured) return;
    const { area, covers } = measured;
    const canvas = this.map.getCanvas();
    if (
      Math.abs(canvas.clientWidth - area.right) > 0.5 ||
      Math.abs(canvas.clientHeight - area.bottom) > 0.5
    ) {
      this.map.resize();
    }
    if (this.clickCheck) {
      const { box, until } = this.clickCheck;
      const shown = this.onScreen(box);
      if (performance.now() > until) this.clickCheck = null;
      else if (!contains(area, shown) || covers.some((c) => overlap(shown, c))) {
        this.subject = box;
        this.clickCheck = null;
        refit = true;
      } else if (this.subject) {
        // In view where the user clicked: the camera is theirs from here.
        this.subject = null;
      }
    }
    const subject = this.subject;
    const shape = subject ? this.onScreen(subject) : null;
    const aspect = shape ? (shape.right - shape.left) / Math.max(1, shape.bottom - shape.top) : 0;
    const free = freeRect(area, covers, aspect || undefined);
    if (!free || free.right - free.left < MIN_FREE_PX || free.bottom - free.top < MIN_FREE_PX) {
      return;
    }
    const margin = Math.round(
      Math.max(8, Math.min(48, Math.min(free.right - free.left, free.bottom - free.top) / 10)),
    );
    const insets = insetsOf(area, free);
    const padding: Insets = {
      top: insets.top + margin,
      right: insets.right + margin,
      bottom: insets.bottom + margin,
      left: insets.left + margin,
    };
    const key = `${area.right}x${area.bottom} ${padding.top} ${padding.right} ${padding.bottom} ${padding.left}`;
    const changed = key !== this.layoutKey;
    this.layoutKey = key;
    if (subject) {
      if (!changed && !refit) return;
      const motion = (animate || this.map.isMoving()) && !reducedMotion();
      this.map.fitBounds(subject, {
        padding,
        absolutePadding: true,
        maxZoom: MAX_FRAMING_ZOOM,
        duration: motion ? 500 : 0,
      });
    } else if (changed) {
      // The same picture with the new padding: the centre moves to where the padded centre is.
      const x = (padding.left + area.right - padding.right) / 2;
      const y = (padding.top + area.bottom - padding.bottom) / 2;
      this.map.jumpTo({ center: this.map.unproject([x, y]), padding });
    }
  }

  /** Restyles only the municipalities whose look changed (before the load all are set at once). */
  setLooks(looks: Map<string, MunicipalityLook>) {
    const previous = this.looks;
    this.looks = looks;
    this.followMatches(looks);
    this.focusTip();
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
   * A county-level metric (the arrivals) is drawn as two areas: the municipality outlines fade
   * inside the county border and each county is labelled with its figure. Two property changes on
   * existing layers: no new data, no new layer.
   */
  setCountyLabels(labels: readonly CountyLabelText[] | null) {
    this.countyLabels = labels;
    if (!this.map.getLayer(LAYER.countyLabels)) return;
    const countyLevel = labels !== null && labels.length > 0;
    this.map.setPaintProperty(
      LAYER.outline,
      'line-opacity',
      outlineOpacity(this.options.theme, countyLevel),
    );
    this.map.setLayoutProperty(LAYER.countyLabels, 'text-field', countyLabelText(labels ?? []));
    this.map.setLayoutProperty(LAYER.countyLabels, 'visibility', countyLevel ? 'visible' : 'none');
  }

  /**
   * The filters dim what does not match: with nothing selected or compared, the camera frames the
   * municipalities that match (one with its neighbours), or the region again when all do.
   */
  private followMatches(looks: Map<string, MunicipalityLook>) {
    const matching = [...this.focus].filter((code) => !looks.get(code)?.dimmed).sort();
    const key = matching.length === this.focus.size ? 'all' : matching.join();
    if (key === this.matches) return;
    const first = this.matches === '';
    this.matches = key;
    if (first || matching.length === 0) return;
    window.clearTimeout(this.matchesTimer);
    this.matchesTimer = window.setTimeout(() => {
      if (this.selected || this.comparison.length > 0) return;
      const box =
        key === 'all'
          ? this.bounds.region
          : matching.length === 1
            ? this.bounds.withNeighbours.get(matching[0]!)!
            : unionOf(matching.map((c) => this.bounds.byCode.get(c)!));
      this.frameBox(box);
    }, MATCHES_DELAY_MS);
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
    cancelAnimationFrame(this.settleFrame);
    window.clearTimeout(this.matchesTimer);
    this.unsubscribeCovers();
    this.resizeObserver.disconnect();
    this.popup.remove();
    this.map.remove();
  }
}
