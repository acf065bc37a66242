import {
  Popup,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type Map as MapLibreMap,
} from 'maplibre-gl';
import { comparisonMove, framing, selectionMove, type Scene } from './camera';
import { cameraDriver, type CameraDriver } from './camera-driver';
import {
  featureStates,
  linkState,
  municipalityState,
  type FeatureStates,
  type LinkState,
  type MunicipalityState,
} from './feature-state';
import { INTERACTIVE_LAYERS, LAYER, SOURCE, type CountyLabelText } from './layers';
import { createMap, EMPTY_LINKS } from './maplibre';
import { showCountyLabels } from './county-level';
import { mapSession, type SessionMap } from './session';
import { boundsOf } from './sources';
import { testHooks } from './test-hooks';
import type { Tooltips } from './tooltips';
import type { LinkLook, MunicipalityLook, MunicipalityMapOptions } from './types';

/**
 * Owns the MapLibre map, outside React: React calls the setters when the view changes; styling
 * changes only feature-state (feature-state.ts) and never moves the camera, which moves only when
 * asked (camera.ts decides, camera-driver.ts moves). Once drawn, the map is the session's.
 */
export class MunicipalityMap implements SessionMap {
  private readonly map: MapLibreMap;
  private readonly ids = new Map<string, number>();
  private readonly focus = new Set<string>();
  private readonly bounds: ReturnType<typeof boundsOf>;
  private readonly camera: CameraDriver;
  /** Loaded with the map (a chunk of its own: no tip is shown before the map has drawn). */
  private tooltips?: Tooltips;
  private readonly states: FeatureStates<string, MunicipalityState>;
  private readonly linkStates: FeatureStates<number, LinkState>;
  private loaded = false;
  private scene: Scene = { selected: null, comparison: [] };
  private hovered: string | null = null;
  private clicked: string | null = null;
  private highlighted = new Set<string>();
  private looks = new Map<string, MunicipalityLook>();
  private links: GeoJSON.FeatureCollection = EMPTY_LINKS;
  private linkLooks = new Map<number, LinkLook>();
  private linksVisible = false;
  /** The county labels of a county-level metric; null while the metric is per municipality. */
  private countyLabels: readonly CountyLabelText[] | null = null;

  constructor(private readonly options: MunicipalityMapOptions) {
    const { data, container } = options;
    for (const f of data.municipalities.features) {
      this.ids.set(f.properties.code, f.id);
      if (f.properties.focus) this.focus.add(f.properties.code);
    }
    this.bounds = boundsOf(data.municipalities);
    const map = (this.map = createMap(options, this.bounds.region));

    const source = (name: string) => (id: string | number, changes: object) =>
      map.setFeatureState(
        { source: name, id: typeof id === 'number' ? id : this.ids.get(id) },
        changes,
      );
    this.states = featureStates<string, MunicipalityState>(source(SOURCE.municipalities));
    this.linkStates = featureStates<number, LinkState>(source(SOURCE.links));
    this.camera = cameraDriver(map, container, this.bounds);
    void import('./tooltips').then(({ tooltips }) => {
      this.tooltips = tooltips(
        map,
        Popup,
        (code) => this.looks.get(code)?.tip,
        data.municipalities,
        () => this.scene.selected,
      );
    });

    map.once('load', () => {
      // Whatever React set before the style loaded is applied now.
      this.loaded = true;
      map.getSource<GeoJSONSource>(SOURCE.links)?.setData(this.links);
      this.setLinksVisible(this.linksVisible);
      this.setCountyLabels(this.countyLabels);
      this.showNoDataLayer();
      this.syncStates();
      this.syncLinks();
      map.once('idle', () => {
        testHooks.markReady(container, true);
        mapSession.drawn(this);
      });
    });
    map.on('mousemove', INTERACTIVE_LAYERS, (e) => this.hover(e.features?.[0], e.lngLat));
    map.on('mouseleave', INTERACTIVE_LAYERS, () => this.hover(undefined));
    map.on('click', INTERACTIVE_LAYERS, (e) => {
      const code = e.features?.[0]?.properties.code as string | undefined;
      if (!code) return;
      this.clicked = code;
      options.onSelect(code);
    });
  }

  /** Writes the feature-state of `codes` (all by default) where it differs from what it was. */
  private syncStates(codes: Iterable<string | null> = this.ids.keys()) {
    if (!this.loaded) return;
    for (const code of codes) {
      if (code === null || !this.ids.has(code)) continue;
      const state = municipalityState(
        this.looks.get(code),
        code === this.hovered,
        code === this.scene.selected,
        this.highlighted.has(code),
      );
      this.states.sync(code, state);
    }
  }

  private syncLinks() {
    if (!this.loaded) return;
    for (const feature of this.links.features) {
      const id = Number(feature.id);
      this.linkStates.sync(id, linkState(this.linkLooks.get(id)));
    }
  }

  private hover(feature: MapGeoJSONFeature | undefined, lngLat?: { lng: number; lat: number }) {
    const code: string | null = feature?.properties.code ?? null;
    if (code !== this.hovered) {
      const before = this.hovered;
      this.hovered = code;
      this.syncStates([before, code]);
    }
    this.map.getCanvas().style.cursor = feature ? 'pointer' : '';
    if (feature && lngLat) this.tooltips?.show(code!, String(feature.properties.name), lngLat);
    else this.tooltips?.leave();
  }

  /** Marks the selection and frames it with its neighbours; `frame: false` only marks it. */
  setSelected(code: string | null, options: { frame: boolean } = { frame: true }) {
    const clicked = this.clicked === code;
    this.clicked = null;
    if (code === this.scene.selected) return;
    const before = this.scene.selected;
    this.scene.selected = code && this.ids.has(code) ? code : null;
    this.syncStates([before, this.scene.selected]);
    this.tooltips?.selectionChanged();
    const box = options.frame ? selectionMove(this.scene, this.bounds) : null;
    // After a click on the map, only if it is not in view once the panel has opened.
    if (box) this.camera.frame(box, clicked);
  }

  /** The comparison frames its whole set; when it closes, the selection again. */
  setComparison(codes: readonly string[], options: { frame: boolean } = { frame: true }) {
    const known = codes.filter((c) => this.ids.has(c));
    if (known.join() === this.scene.comparison.join()) return;
    this.scene.comparison = known;
    const box = options.frame ? comparisonMove(this.scene, this.bounds) : null;
    if (box) this.camera.frame(box);
  }

  /** Frames the comparison, else the selection with its neighbours, else the whole region. */
  frameCurrent() {
    this.camera.reframe(framing(this.scene, this.bounds));
  }

  /** The "whole region" control. */
  showRegion() {
    this.camera.frame(this.bounds.region);
  }

  /** The zoom buttons: the camera becomes the user's, as with a pinch. */
  zoomBy(delta: number) {
    this.camera.zoomBy(delta);
  }

  /** With nothing selected or compared, the camera frames what matches the filters. */
  followMatches(looks: Map<string, MunicipalityLook>) {
    // Region-wide practices match in every municipality they name: frame the placed matches.
    const dimmed = (code: string) => {
      const look = looks.get(code);
      return Boolean(look?.dimmed || look?.regionWideOnly);
    };
    this.camera.followMatches(this.focus, dimmed, () => this.scene);
  }

  /** Restyles the municipalities whose look changed. The camera stays where it is. */
  setLooks(looks: Map<string, MunicipalityLook>) {
    this.looks = looks;
    this.tooltips?.focus();
    this.showNoDataLayer();
    this.syncStates();
  }

  /** The hatch layer costs a shader: it is drawn only while some municipality has no data. */
  private showNoDataLayer() {
    this.show(
      LAYER.noData,
      [...this.looks.values()].some((l) => l.noData),
    );
  }

  setHighlighted(codes: Iterable<string>) {
    const before = this.highlighted;
    this.highlighted = new Set(codes);
    this.syncStates(new Set([...before, ...this.highlighted]));
  }

  /** The cooperation links (set once per catalogue) and how each is drawn (feature-state). */
  setLinks(links: GeoJSON.FeatureCollection, looks: Map<number, LinkLook>) {
    if (links !== this.links) {
      this.links = links;
      this.map.getSource<GeoJSONSource>(SOURCE.links)?.setData(links);
      // New links are all written; the same links only where a look changed (thousands of them).
      this.linkStates.forget();
    }
    this.linkLooks = looks;
    this.syncLinks();
  }

  setLinksVisible(visible: boolean) {
    this.linksVisible = visible;
    this.show(LAYER.links, visible);
  }

  private show(layer: string, visible: boolean) {
    if (this.map.getLayer(layer))
      this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
  }

  /** A county-level metric's labels (county-level.ts); null: the metric is per municipality. */
  setCountyLabels(labels: readonly CountyLabelText[] | null) {
    this.countyLabels = labels;
    if (this.loaded) showCountyLabels(this.map, this.options.theme, labels);
  }

  /** The rendered map as a canvas copy (for the PNG export, loaded when it is asked for). */
  async snapshot(): Promise<HTMLCanvasElement> {
    return (await import('./snapshot')).snapshotOf(this.map);
  }

  destroy() {
    this.loaded = false;
    mapSession.gone(this);
    testHooks.markReady(this.options.container, false);
    this.camera.destroy();
    this.tooltips?.remove();
    this.map.remove();
  }
}
