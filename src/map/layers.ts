import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FlagKey, StateKey } from './feature-state';
import { LABEL_PLACEMENT } from './label-placement';
import { rgbOf, type MapTheme } from './theme';

/**
 * The map style as pure data: sources are filled in by the caller, every layer comes from the
 * theme. Highlights, colours and dimming are feature-state, so changing them never touches the
 * GeoJSON. The feature-state keys are typed in feature-state.ts (MunicipalityState, LinkState).
 */
export const SOURCE = {
  basemap: 'basemap',
  municipalities: 'municipalities',
  links: 'cooperation-links',
  /**
   * The municipality names, the county labels and the county border in one source (OVERLAY): one
   * index and one set of tiles in MapLibre's worker instead of three, none of it restyled.
   */
  overlay: 'overlay',
} as const;

/** What a feature of the overlay source is, in its `overlay` property; each layer filters by it. */
export const OVERLAY = { name: 'name', county: 'county', border: 'border' } as const;
type OverlayKind = (typeof OVERLAY)[keyof typeof OVERLAY];
const overlayIs = (kind: OverlayKind): ExpressionSpecification => ['==', ['get', 'overlay'], kind];

export const LAYER = {
  background: 'background',
  countries: 'countries',
  countryBorders: 'country-borders',
  focusFill: 'municipality-fill',
  contextFill: 'context-fill',
  noData: 'municipality-no-data',
  lakes: 'lakes',
  outline: 'municipality-outline',
  countyBorder: 'county-border',
  links: 'cooperation-links',
  /** The outline of the highlighted, hovered and selected municipalities. */
  emphasis: 'municipality-emphasis',
  labels: 'municipality-labels',
  /** A county's name and figure while a county-level metric is shown (placed before the names). */
  countyLabels: 'county-labels',
} as const;

/** The layers that answer a click or hover on a municipality. */
export const INTERACTIVE_LAYERS = [LAYER.focusFill, LAYER.contextFill];

export const NO_DATA_PATTERN = 'no-data-hatch';

/** The NO_DATA_PATTERN image: an 8×8 diagonal hatch, made as pixels (no canvas read-back). */
export function hatchPattern(theme: MapTheme): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(8 * 8 * 4);
  const ink = rgbOf(theme.noDataInk);
  const paper = rgbOf(theme.noDataPaper);
  // Pixel i is at x = i % 8, y = i / 8; the lines are where x + y is 0 or 7 (mod 8).
  for (let i = 0; i < 64; i++) {
    const diagonal = ((i % 8) + (i >> 3)) % 8;
    data.set([...(diagonal % 7 === 0 ? ink : paper), 255], i * 4);
  }
  return { width: 8, height: 8, data };
}

/** A feature-state value, by a key the session writes. */
const stateValue = (key: StateKey): ExpressionSpecification => ['feature-state', key];
/** A feature-state flag: false until the session sets it. */
const state = (key: FlagKey): ExpressionSpecification => ['boolean', stateValue(key), false];
const isFocus: ExpressionSpecification = ['==', ['get', 'focus'], true];
/**
 * The colour of every label: focus names darker than context ones. The county labels (all focus)
 * use the same data-driven colour, so both symbol layers share one shader program variant (a
 * constant colour would link another).
 */
const labelColour = (theme: MapTheme): ExpressionSpecification => [
  'case',
  isFocus,
  theme.label,
  theme.contextLabel,
];

export function buildLayers(theme: MapTheme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.sea } },
    {
      id: LAYER.countries,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'kind'], 'land'],
      paint: {
        // Outlines are line layers: no antialiasing pass (one shader less each).
        'fill-antialias': false,
        'fill-color': theme.land,
      },
    },
    {
      id: LAYER.countryBorders,
      type: 'line',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'kind'], 'border'],
      paint: { 'line-color': theme.countryBorder, 'line-width': 1 },
    },
    {
      id: LAYER.contextFill,
      type: 'fill',
      source: SOURCE.municipalities,
      filter: ['!', isFocus],
      paint: {
        // Outlines are line layers: no antialiasing pass (one shader less each).
        'fill-antialias': false,
        'fill-color': theme.contextFill,
        'fill-opacity': ['case', state('highlighted'), 1, 0.85],
      },
    },
    {
      id: LAYER.focusFill,
      type: 'fill',
      source: SOURCE.municipalities,
      filter: isFocus,
      paint: {
        // Outlines are line layers: no antialiasing pass (one shader less each).
        'fill-antialias': false,
        'fill-color': ['to-color', ['coalesce', stateValue('fill'), theme.municipalityFill]],
        'fill-opacity': ['case', state('dimmed'), 0.35, 1],
      },
    },
    {
      id: LAYER.noData,
      type: 'fill',
      source: SOURCE.municipalities,
      filter: isFocus,
      // Shown by the map only while some municipality has no data for the metric.
      layout: { visibility: 'none' },
      paint: {
        // Outlines are line layers: no antialiasing pass (one shader less each).
        'fill-antialias': false,
        'fill-pattern': NO_DATA_PATTERN,
        'fill-opacity': ['case', state('noData'), ['case', state('dimmed'), 0.4, 1], 0],
      },
    },
    {
      id: LAYER.lakes,
      type: 'fill',
      source: SOURCE.basemap,
      filter: ['==', ['get', 'kind'], 'lake'],
      paint: {
        // Outlines are line layers: no antialiasing pass (one shader less each).
        'fill-antialias': false,
        'fill-color': theme.lake,
      },
    },
    {
      id: LAYER.outline,
      type: 'line',
      source: SOURCE.municipalities,
      paint: {
        'line-color': theme.municipalityLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.4],
        // A constant the map switches (outlineOpacity): data-driven, it would cost a shader variant.
        'line-opacity': outlineOpacity(theme, false),
      },
    },
    {
      id: LAYER.countyBorder,
      type: 'line',
      source: SOURCE.overlay,
      filter: overlayIs(OVERLAY.border),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.countyBorder,
        // Solid, dark and wider than the white municipality outlines: a dash array would cost a
        // shader program of its own (the SDF line program).
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.4, 8, 2.6],
      },
    },
    {
      id: LAYER.links,
      type: 'line',
      source: SOURCE.links,
      layout: { 'line-cap': 'round', visibility: 'none' },
      paint: {
        'line-color': theme.linkLine,
        'line-width': ['case', state('highlighted'), 3.5, 1.5],
        'line-opacity': ['case', state('dimmed'), 0.15, 0.8],
      },
    },
    {
      // Highlight, hover and selection in one layer (one shader program, not three): the
      // strongest state decides colour and width; the selection wins over hover over highlight.
      id: LAYER.emphasis,
      type: 'line',
      source: SOURCE.municipalities,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': [
          'case',
          state('selected'),
          theme.selectedLine,
          state('hover'),
          theme.hoverLine,
          theme.highlightLine,
        ],
        'line-width': [
          'case',
          state('selected'),
          theme.emphasisWidth.selected,
          state('hover'),
          theme.emphasisWidth.hover,
          theme.emphasisWidth.highlighted,
        ],
        'line-opacity': [
          'case',
          ['any', state('selected'), state('hover'), state('highlighted')],
          1,
          0,
        ],
      },
    },
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SOURCE.overlay,
      filter: overlayIs(OVERLAY.name),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [theme.font],
        // Context names a size smaller than the focus ones: they are there to orient.
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['case', isFocus, theme.labelSize[0], theme.labelSize[0] - 1],
          6,
          ['case', isFocus, theme.labelSize[1], theme.labelSize[1] - 1],
          8,
          ['case', isFocus, theme.labelSize[2], theme.labelSize[2] - 1],
        ],
        'text-max-width': 8,
        ...LABEL_PLACEMENT,
      },
      paint: {
        'text-color': labelColour(theme),
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.4,
        'text-halo-blur': 0.3,
      },
    },
    {
      // Last in the list, so placed first: the municipality names make way for it.
      id: LAYER.countyLabels,
      type: 'symbol',
      source: SOURCE.overlay,
      filter: overlayIs(OVERLAY.county),
      // Shown by the map, with its text, only while a county-level metric is (countyLabelText).
      layout: {
        visibility: 'none',
        'text-field': '',
        'text-font': [theme.font],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          theme.countyLabelSize[0],
          6,
          theme.countyLabelSize[1],
          8,
          theme.countyLabelSize[2],
        ],
        'text-max-width': 14,
        'text-line-height': 1.15,
        'text-padding': 4,
      },
      paint: {
        'text-color': labelColour(theme),
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 2,
        'text-halo-blur': 0.3,
      },
    },
  ];
}

/** The municipality outlines' opacity: faint while a county-level figure is shown. */
export function outlineOpacity(theme: MapTheme, countyLevel: boolean): number {
  return countyLevel
    ? theme.municipalityLineOpacity.county
    : theme.municipalityLineOpacity.municipality;
}

/** What a county's label says: its name, and under it its figure. */
export interface CountyLabelText {
  code: string;
  name: string;
  figure: string;
}

export interface StyleSources {
  basemap: GeoJSON.FeatureCollection;
  municipalities: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
  countyBorder: GeoJSON.Feature;
  links: GeoJSON.FeatureCollection;
  countyLabels: GeoJSON.FeatureCollection;
}

/** The overlay source's features: the names, the county labels and the border, each tagged. */
export function overlayOf(
  sources: Pick<StyleSources, 'labels' | 'countyLabels' | 'countyBorder'>,
): GeoJSON.FeatureCollection {
  const tag = (f: GeoJSON.Feature, overlay: OverlayKind): GeoJSON.Feature => ({
    ...f,
    properties: { ...f.properties, overlay },
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...sources.labels.features.map((f) => tag(f, OVERLAY.name)),
      ...sources.countyLabels.features.map((f) => tag(f, OVERLAY.county)),
      tag(sources.countyBorder, OVERLAY.border),
    ],
  };
}

/**
 * The whole style. `glyphs` is the URL of the label font's glyph ranges built ahead and served
 * with the app (glyphs.ts): no glyph server, and no glyph drawn in the page.
 */
export function buildStyle(
  theme: MapTheme,
  sources: StyleSources,
  glyphs: string,
): StyleSpecification {
  const geojson = (data: GeoJSON.GeoJSON): SourceSpecification => ({ type: 'geojson', data });
  return {
    version: 8,
    name: 'Integrationskartan',
    glyphs,
    sources: {
      [SOURCE.basemap]: geojson(sources.basemap),
      [SOURCE.municipalities]: geojson(sources.municipalities),
      [SOURCE.links]: geojson(sources.links),
      [SOURCE.overlay]: geojson(overlayOf(sources)),
    },
    layers: buildLayers(theme),
  };
}
