import { describe, expect, it } from 'vitest';
import { buildLayers, buildStyle, LAYER, SOURCE } from './layers';
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
      LAYER.highlight,
      LAYER.hover,
      LAYER.selected,
      LAYER.labels,
    ]);
  });

  it('take every colour from the theme', () => {
    const text = JSON.stringify(layers);
    const colours = text.match(/#[0-9a-f]{6}/gi) ?? [];
    const themeColours = new Set(Object.values(LIGHT_THEME));
    for (const c of colours) expect(themeColours.has(c), c).toBe(true);
  });

  it('highlight hover and selection by feature-state, not by filters on the data', () => {
    for (const id of [LAYER.hover, LAYER.selected, LAYER.highlight]) {
      const layer = layers.find((l) => l.id === id)!;
      expect(JSON.stringify(layer)).toContain('feature-state');
      expect('filter' in layer && layer.filter).toBeFalsy();
    }
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

  it('build an offline style: no glyphs, sprite or remote source', () => {
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
      },
      {
        family: 'Noto Sans Regular',
        files: [{ url: 'http://127.0.0.1/x.woff2', unicodeRange: ['U+0000-00FF'] }],
      },
    );
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.keys(style.sources)).toEqual(Object.values(SOURCE));
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
    expect(style['font-faces']).toHaveProperty('Noto Sans Regular');
    const labels = style.layers.find((l) => l.id === LAYER.labels)!;
    expect(JSON.stringify(labels.layout)).toContain('Noto Sans Regular');
  });
});

describe('the theme', () => {
  it('gives its colours as bytes for the hatch drawn as pixels', () => {
    expect(rgbOf(LIGHT_THEME.noDataInk)).toEqual([0x8a, 0x85, 0x77]);
    expect(rgbOf('#ffffff')).toEqual([255, 255, 255]);
  });
});
