import { describe, expect, it } from 'vitest';
import type {
  BasemapCollection,
  CountiesFile,
  MunicipalityCollection,
  MunicipalityFeature,
} from '../../data/schemas';
import { municipalityFeature } from '../../data/municipality-feature.fixture';
import { scaleBarLength, sheetMap, windForD3 } from './sheet-map';

type Ring = number[][];

/** A cell of a grid of square municipalities at 20° E, 66° N; exterior ring clockwise (d3). */
function cell(col: number, row: number): Ring {
  const [x, y] = [20 + col * 0.5, 66 + row * 0.25];
  return [
    [x, y],
    [x, y + 0.25],
    [x + 0.5, y + 0.25],
    [x + 0.5, y],
    [x, y],
  ];
}

function municipality(
  code: string,
  ring: Ring,
  neighbours: string[],
  focus = true,
): MunicipalityFeature {
  return municipalityFeature(code, [[ring]], neighbours, {
    focus,
    label: [ring[0]![0]! + 0.25, ring[0]![1]! + 0.125],
  });
}

// 2501 in the middle of a row of three, 2502 and 2503 beside it; 2504 far off to the east;
// 2401 below 2502, touching no one we ask about.
const MUNICIPALITIES: MunicipalityCollection = {
  type: 'FeatureCollection',
  features: [
    municipality('2502', cell(0, 0), ['2501', '2401']),
    municipality('2501', cell(1, 0), ['2502', '2503']),
    municipality('2503', cell(2, 0), ['2501'], false),
    municipality('2504', cell(12, 0), []),
    municipality('2401', cell(0, -1), ['2502']),
  ],
};
const COUNTIES: CountiesFile = {
  counties: [],
  border: {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiLineString',
      coordinates: [
        [
          [19, 66],
          [23, 66],
        ],
      ],
    },
  },
};
const BASEMAP: BasemapCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'land' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [18, 64],
              [18, 68],
              [24, 68],
              [24, 64],
              [18, 64],
            ],
          ],
        ],
      },
    },
  ],
};

const input = { municipalities: MUNICIPALITIES, counties: COUNTIES, basemap: BASEMAP };
const SIZE = { width: 400, height: 300, padding: 20 };
const reversed = (rings: Ring[]) => rings.map((r) => [...r].reverse());

describe('the fact sheet’s map', () => {
  const map = sheetMap({ ...input, ...SIZE, code: '2501' })!;

  it('frames the municipality and its neighbours within the padding, labelled', () => {
    expect(map.labels.map((l) => [l.code, l.role])).toEqual([
      ['2502', 'neighbour'],
      ['2501', 'self'],
      ['2503', 'neighbour'],
    ]);
    for (const { x, y } of map.labels) {
      expect(x).toBeGreaterThan(SIZE.padding);
      expect(x).toBeLessThan(SIZE.width - SIZE.padding);
      expect(y).toBeGreaterThan(SIZE.padding);
      expect(y).toBeLessThan(SIZE.height - SIZE.padding);
    }
    // West to east, and north up: the neighbour to the west is left of the one to the east.
    expect(map.labels[0]!.x).toBeLessThan(map.labels[1]!.x);
    expect(map.labels[1]!.x).toBeLessThan(map.labels[2]!.x);
  });

  it('draws what reaches into the frame, the municipality last, and leaves out the rest', () => {
    expect(map.areas.map((a) => [a.code, a.role, a.outside])).toEqual([
      ['2502', 'neighbour', false],
      ['2503', 'neighbour', true],
      ['2401', 'context', false],
      ['2501', 'self', false],
    ]);
    for (const area of map.areas) expect(area.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('clips the land and the county border to the frame', () => {
    const numbers = (d: string) => [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
    for (const d of [map.land, map.countyBorder]) {
      expect(d).not.toBe('');
      for (const v of numbers(d)) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(SIZE.width);
      }
    }
    expect(map.countryBorders).toBe('');
  });

  it('draws the same map from polygons wound the other way (RFC 7946)', () => {
    const rfc: MunicipalityCollection = {
      ...MUNICIPALITIES,
      features: MUNICIPALITIES.features.map((f) => ({
        ...f,
        geometry: { ...f.geometry, coordinates: f.geometry.coordinates.map(reversed) },
      })),
    };
    const again = sheetMap({ ...input, ...SIZE, municipalities: rfc, code: '2501' })!;
    expect(again.labels).toEqual(map.labels);
    expect(again.areas.map((a) => a.code)).toEqual(map.areas.map((a) => a.code));
  });

  it('has a scale bar of a round length, at most a quarter of the width', () => {
    expect([5, 10, 20, 25, 50, 100, 200]).toContain(map.scaleBar.km);
    expect(map.scaleBar.px).toBeLessThanOrEqual(SIZE.width / 4);
    // The frame spans the three cells, 1.5° of longitude at 66° N: about 68 km over 360 units.
    const kmPerUnit = (1.5 * 111.2 * Math.cos((66.125 * Math.PI) / 180)) / 360;
    expect(map.scaleBar.px * kmPerUnit).toBeCloseTo(map.scaleBar.km, -0.5);
  });

  it('is null for a municipality that is not in the collection', () => {
    expect(sheetMap({ ...input, ...SIZE, code: '9999' })).toBeNull();
  });
});

describe('windForD3', () => {
  it('keeps a clockwise exterior and turns a counter-clockwise one around, holes with it', () => {
    const clockwise = [cell(0, 0)];
    expect(windForD3([clockwise])).toEqual([clockwise]);
    const hole = [
      [20.1, 66.1],
      [20.2, 66.1],
      [20.2, 66.2],
      [20.1, 66.1],
    ];
    const rfc = [[...cell(0, 0)].reverse(), [...hole].reverse()];
    expect(windForD3([rfc])).toEqual([[cell(0, 0), hole]]);
  });
});

describe('scaleBarLength', () => {
  it.each([
    [1, 100, 100],
    [1, 99, 50],
    [10, 60, 5],
    [0.5, 1000, 200],
  ])('at %f units a km and at most %f units: %f km', (pxPerKm, maxPx, km) => {
    expect(scaleBarLength(pxPerKm, maxPx)).toEqual({ km, px: km * pxPerKm });
  });
});
