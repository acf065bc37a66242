import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { countyLabelText, showCountyLabels } from './county-level';
import { hatchPattern, LAYER, outlineOpacity } from './layers';
import { LIGHT_THEME, rgbOf } from './theme';

const fakeMap = () => {
  const calls: unknown[][] = [];
  const map = {
    setPaintProperty: vi.fn((...args: unknown[]) => calls.push(['paint', ...args])),
    setLayoutProperty: vi.fn((...args: unknown[]) => calls.push(['layout', ...args])),
  };
  return { map: map as unknown as MapLibreMap, calls };
};

describe('a county-level metric on the map', () => {
  const labels = [
    { code: '25', name: 'Norrbotten', figure: '1 234' },
    { code: '24', name: 'Västerbotten', figure: '2 345' },
  ];

  it('fades the municipality outlines and shows a label per county', () => {
    const { map, calls } = fakeMap();
    showCountyLabels(map, LIGHT_THEME, labels);
    expect(calls).toEqual([
      ['paint', LAYER.outline, 'line-opacity', outlineOpacity(LIGHT_THEME, true)],
      ['layout', LAYER.countyLabels, 'text-field', countyLabelText(labels)],
      ['layout', LAYER.countyLabels, 'visibility', 'visible'],
    ]);
    expect(outlineOpacity(LIGHT_THEME, true)).toBeLessThan(outlineOpacity(LIGHT_THEME, false));
  });

  it('goes back to the municipalities for a municipal metric (null) or no labels', () => {
    for (const none of [null, []]) {
      const { map, calls } = fakeMap();
      showCountyLabels(map, LIGHT_THEME, none);
      expect(calls).toEqual([
        ['paint', LAYER.outline, 'line-opacity', outlineOpacity(LIGHT_THEME, false)],
        ['layout', LAYER.countyLabels, 'text-field', ''],
        ['layout', LAYER.countyLabels, 'visibility', 'none'],
      ]);
    }
  });
});

describe('the no-data hatch', () => {
  it('is 8 × 8 pixels of ink on the diagonals where x + y is 0 or 7 (mod 8), paper elsewhere', () => {
    const { width, height, data } = hatchPattern(LIGHT_THEME);
    expect([width, height, data.length]).toEqual([8, 8, 256]);
    const ink = [...rgbOf(LIGHT_THEME.noDataInk), 255];
    const paper = [...rgbOf(LIGHT_THEME.noDataPaper), 255];
    expect(ink).not.toEqual(paper);
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        const pixel = [...data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
        const onLine = (x + y) % 8 === 7 || (x + y) % 8 === 0;
        expect(pixel, `${x},${y}`).toEqual(onLine ? ink : paper);
      }
    }
  });
});
