import { describe, expect, it } from 'vitest';
import { countyLabelText } from './county-level';
import { glyphsUrl } from '../domain/glyphs';
import {
  buildLayers,
  buildStyle,
  LAYER,
  OVERLAY,
  outlineOpacity,
  overlayOf,
  SOURCE,
} from './layers';
import { LIGHT_THEME, rgbOf } from './theme';

const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const layers = buildLayers(LIGHT_THEME);

describe('map layers', () => {
  it('draw in a fixed order: basemap, municipalities, lakes, lines, highlights, labels', () => {
    expect(layers.map((l) => l.id)).toEqual([
      LAYER.background,
      LAYER.countries,
      LAYER.countryBorders,
      LAYER.contextFill,
      LAYER.focusFill,
      LAYER.noData,
      LAYER.lakes,
      LAYER.outline,
      LAYER.countyBorder,
      LAYER.links,
      LAYER.emphasis,
      LAYER.labels,
      LAYER.countyLabels,
    ]);
  });

  it('keep the shader programs few: one solid line layer for every emphasis, no dashes', () => {
    const lines = layers.filter((l) => l.type === 'line');
    expect(lines.map((l) => l.id)).toEqual([
      LAYER.countryBorders,
      LAYER.outline,
      LAYER.countyBorder,
      LAYER.links,
      LAYER.emphasis,
    ]);
    // A dash array needs its own (SDF) line program.
    for (const l of lines) expect(JSON.stringify(l.paint)).not.toContain('line-dasharray');
    // Fills draw without the antialiasing pass: outlines are line layers.
    for (const l of layers.filter((x) => x.type === 'fill'))
      expect(l.paint).toMatchObject({ 'fill-antialias': false });
  });

  it('draw selection over hover over highlight, each in its theme colour and width', () => {
    const emphasis = layers.find((l) => l.id === LAYER.emphasis)!;
    const paint = emphasis.paint as Record<string, unknown[]>;
    expect(paint['line-color']).toEqual([
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      LIGHT_THEME.selectedLine,
      ['boolean', ['feature-state', 'hover'], false],
      LIGHT_THEME.hoverLine,
      LIGHT_THEME.highlightLine,
    ]);
    expect(paint['line-width']).toEqual([
      'case',
      ['boolean', ['feature-state', 'selected'], false],
      3.5,
      ['boolean', ['feature-state', 'hover'], false],
      2,
      3,
    ]);
  });

  it('name the focus municipalities a size larger than the context ones, haloed', () => {
    const labels = layers.find((l) => l.id === LAYER.labels)!;
    const size = (labels.layout as Record<string, unknown[]>)['text-size']!;
    expect(size.slice(3)).toEqual([
      4,
      ['case', ['==', ['get', 'focus'], true], 10.5, 9.5],
      6,
      ['case', ['==', ['get', 'focus'], true], 12.5, 11.5],
      8,
      ['case', ['==', ['get', 'focus'], true], 15, 14],
    ]);
    expect(labels.layout).toMatchObject({ 'symbol-sort-key': ['get', 'priority'] });
    expect(labels.paint).toMatchObject({ 'text-halo-color': LIGHT_THEME.labelHalo });
  });

  it('take every colour from the theme', () => {
    const text = JSON.stringify(layers);
    const colours = text.match(/#[0-9a-f]{6}/gi) ?? [];
    const themeColours = new Set(Object.values(LIGHT_THEME));
    for (const c of colours) expect(themeColours.has(c), c).toBe(true);
  });

  it('highlight hover and selection by feature-state, not by filters on the data', () => {
    const layer = layers.find((l) => l.id === LAYER.emphasis)!;
    for (const state of ['hover', 'selected', 'highlighted'])
      expect(JSON.stringify(layer.paint)).toContain(`["feature-state","${state}"]`);
    expect('filter' in layer && layer.filter).toBeFalsy();
  });

  it('draw "no data" as its own hatched layer, not as a fill colour', () => {
    const noData = layers.find((l) => l.id === LAYER.noData)!;
    expect(JSON.stringify(noData.paint)).toContain('fill-pattern');
    expect(JSON.stringify(noData.paint)).toContain('noData');
  });

  it('keep the cooperation links hidden until asked for', () => {
    const links = layers.find((l) => l.id === LAYER.links)!;
    expect(links.layout).toMatchObject({ visibility: 'none' });
  });

  it('fade the municipality outlines while a county-level figure is shown, by one constant', () => {
    const outline = layers.find((l) => l.id === LAYER.outline)!;
    // A constant opacity the map switches with setPaintProperty: no data-driven shader variant,
    // no new data.
    expect(outline.paint).toMatchObject({ 'line-opacity': 1 });
    expect(outlineOpacity(LIGHT_THEME, false)).toBe(1);
    expect(outlineOpacity(LIGHT_THEME, true)).toBe(0.12);
    // The county border is not faded: it is what the counties are read by.
    const border = layers.find((l) => l.id === LAYER.countyBorder)!;
    expect(JSON.stringify(border.paint)).not.toContain('opacity');
  });

  it('label the counties above the municipality names, hidden until a county-level metric', () => {
    const county = layers.find((l) => l.id === LAYER.countyLabels)!;
    expect(county).toMatchObject({ type: 'symbol', source: SOURCE.overlay });
    expect(county.layout).toMatchObject({ visibility: 'none', 'text-field': '' });
    // Larger than the largest municipality name, in the same font and halo colour.
    const size = (county.layout as Record<string, unknown[]>)['text-size']!;
    expect(size.slice(3)).toEqual([4, 14, 6, 17, 8, 21]);
    expect(county.paint).toMatchObject({ 'text-halo-color': LIGHT_THEME.labelHalo });
    // The same kind of paint values as the municipality names (data-driven colour, constant
    // halo): the two symbol layers share one shader program variant.
    const names = layers.find((l) => l.id === LAYER.labels)!;
    const paint = (l: typeof county) => l.paint as Record<string, unknown>;
    expect(paint(county)['text-color']).toEqual(paint(names)['text-color']);
    for (const key of ['text-halo-color', 'text-halo-width', 'text-halo-blur'])
      expect(typeof paint(county)[key], key).toBe(typeof paint(names)[key]);
  });

  it("write each county's name over its figure, chosen by the code of its label point", () => {
    expect(countyLabelText([])).toBe('');
    expect(
      countyLabelText([
        { code: '25', name: 'Norrbotten', figure: '4,49 per 1 000 inv.' },
        { code: '24', name: 'Västerbotten', figure: '4,02 per 1 000 inv.' },
      ]),
    ).toEqual([
      'match',
      ['get', 'code'],
      '25',
      ['format', 'Norrbotten', {}, '\n', {}, '4,49 per 1 000 inv.', { 'font-scale': 0.8 }],
      '24',
      ['format', 'Västerbotten', {}, '\n', {}, '4,02 per 1 000 inv.', { 'font-scale': 0.8 }],
      '',
    ]);
  });

  it('build an offline style: glyphs served with the app, no sprite or remote source', () => {
    const style = buildStyle(
      LIGHT_THEME,
      {
        basemap: empty,
        municipalities: empty,
        labels: empty,
        countyBorder: {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiLineString', coordinates: [] },
        },
        links: empty,
        countyLabels: empty,
      },
      glyphsUrl('http://127.0.0.1/app/'),
    );
    expect(style.glyphs).toBe('http://127.0.0.1/app/data/glyphs/{fontstack}/{range}.pbf');
    expect(style['font-faces']).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.keys(style.sources)).toEqual(Object.values(SOURCE));
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
    const labels = style.layers.find((l) => l.id === LAYER.labels)!;
    expect(JSON.stringify(labels.layout)).toContain('Noto Sans Regular');
  });
});

describe('the overlay source', () => {
  const point = (name: string): GeoJSON.Feature => ({
    type: 'Feature',
    id: name,
    properties: { name },
    geometry: { type: 'Point', coordinates: [20, 66] },
  });
  const border: GeoJSON.Feature = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiLineString',
      coordinates: [
        [
          [15, 65],
          [20, 64],
        ],
      ],
    },
  };

  it('holds the names, the county labels and the border, each tagged with what it is', () => {
    const overlay = overlayOf({
      labels: { type: 'FeatureCollection', features: [point('Luleå'), point('Piteå')] },
      countyLabels: { type: 'FeatureCollection', features: [point('25')] },
      countyBorder: border,
    });
    expect(overlay.features.map((f) => [f.id ?? null, f.properties!.overlay])).toEqual([
      ['Luleå', OVERLAY.name],
      ['Piteå', OVERLAY.name],
      ['25', OVERLAY.county],
      [null, OVERLAY.border],
    ]);
    expect(overlay.features[0]!.properties).toEqual({ name: 'Luleå', overlay: OVERLAY.name });
    expect(overlay.features[3]!.geometry).toBe(border.geometry);
  });

  it('feeds three layers, each of one kind, none of them restyled by feature-state', () => {
    const fed = layers.filter((l) => 'source' in l && l.source === SOURCE.overlay);
    expect(fed.map((l) => [l.id, (l as { filter?: unknown }).filter])).toEqual([
      [LAYER.countyBorder, ['==', ['get', 'overlay'], OVERLAY.border]],
      [LAYER.labels, ['==', ['get', 'overlay'], OVERLAY.name]],
      [LAYER.countyLabels, ['==', ['get', 'overlay'], OVERLAY.county]],
    ]);
    for (const l of fed) expect(JSON.stringify(l)).not.toContain('feature-state');
  });
});

describe('the theme', () => {
  it('gives its colours as bytes for the hatch drawn as pixels', () => {
    expect(rgbOf(LIGHT_THEME.noDataInk)).toEqual([0x8a, 0x85, 0x77]);
    expect(rgbOf('#ffffff')).toEqual([255, 255, 255]);
  });
});

describe('the whole style', () => {
  it('is the reviewed one: a change of any layer, colour or expression shows in the snapshot', () => {
    const glyphs = '/data/glyphs/{fontstack}/{range}.pbf';
    const sources = {
      basemap: empty,
      municipalities: empty,
      labels: empty,
      countyBorder: {
        type: 'Feature',
        properties: {},
        geometry: null,
      } as unknown as GeoJSON.Feature,
      links: empty,
      countyLabels: empty,
    };
    expect(buildStyle(LIGHT_THEME, sources, glyphs)).toMatchSnapshot();
  });
});
