import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  bboxOf,
  quantizePath,
  quantizePolygons,
  quantizeRing,
  ringsOf,
  sharedBorder,
} from './geometry.ts';
import { realMunicipalities } from './sources.fixture.ts';

describe('quantizePath', () => {
  it('rounds to the given decimals (4: about 11 m north–south)', () => {
    expect(
      quantizePath(
        [
          [22.15556, 65.58444],
          [22.1, 65.6],
        ],
        4,
      ),
    ).toEqual([
      [22.1556, 65.5844],
      [22.1, 65.6],
    ]);
    expect(quantizePath([[22.15556, 65.58444]], 2)).toEqual([[22.16, 65.58]]);
  });

  it('drops a point that rounds onto the one before', () => {
    expect(
      quantizePath(
        [
          [1.0001, 2],
          [1.0002, 2],
          [1.1, 2],
        ],
        2,
      ),
    ).toEqual([
      [1, 2],
      [1.1, 2],
    ]);
    // Only equal in both coordinates counts.
    expect(
      quantizePath(
        [
          [1, 2],
          [1, 3],
          [2, 3],
        ],
        0,
      ),
    ).toHaveLength(3);
  });

  it('removes the spike A→B→A that rounding makes, staying at A', () => {
    expect(
      quantizePath(
        [
          [0, 0],
          [1, 0],
          [0.0001, 0],
          [0, 1],
        ],
        2,
      ),
    ).toEqual([
      [0, 0],
      [0, 1],
    ]);
    // A→B→C is no spike, even when C shares a coordinate with A.
    expect(
      quantizePath(
        [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
        2,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
  });
});

const unitSquare: Position[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('quantizeRing', () => {
  it('closes a ring again when rounding moved its end', () => {
    const ring = quantizeRing(
      [
        [0.001, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0.001],
        [0.001, 0.002],
      ],
      2,
    );
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring).toEqual(unitSquare);
  });

  it('leaves a closed ring closed, without a second closing point', () => {
    expect(quantizeRing(unitSquare, 3)).toEqual(unitSquare);
    expect(quantizeRing([], 3)).toEqual([]);
  });
});

describe('quantizePolygons', () => {
  it('makes a MultiPolygon of a Polygon', () => {
    expect(quantizePolygons({ type: 'Polygon', coordinates: [unitSquare] }, 3)).toEqual({
      type: 'MultiPolygon',
      coordinates: [[unitSquare]],
    });
  });

  it('drops a polygon that collapses to a line, and a hole that does, keeping the rest', () => {
    const sliver: Position[] = [
      [5, 5],
      [5.001, 5],
      [5.001, 5.001],
      [5, 5],
    ];
    const hole: Position[] = [
      [0.25, 0.25],
      [0.75, 0.25],
      [0.75, 0.75],
      [0.25, 0.25],
    ];
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[unitSquare, hole, sliver], [sliver]],
    };
    expect(quantizePolygons(geometry, 1).coordinates).toEqual([
      [
        unitSquare,
        [
          [0.3, 0.3],
          [0.8, 0.3],
          [0.8, 0.8],
          [0.3, 0.3],
        ],
      ],
    ]);
  });
});

describe('ringsOf and bboxOf', () => {
  const a: Polygon = { type: 'Polygon', coordinates: [unitSquare] };
  const b: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [unitSquare],
      [
        [
          [-3, -2],
          [5, -2],
          [5, 7],
          [-3, -2],
        ],
      ],
    ],
  };

  it('lists the rings of a Polygon or of every part of a MultiPolygon', () => {
    expect(ringsOf(a)).toEqual([unitSquare]);
    expect(ringsOf(b)).toHaveLength(2);
    expect(ringsOf(b)[1]![0]).toEqual([-3, -2]);
  });

  it('gives [west, south, east, north]', () => {
    expect(bboxOf(a)).toEqual([0, 0, 1, 1]);
    expect(bboxOf(b)).toEqual([-3, -2, 5, 7]);
  });

  it('frames Luleå, archipelago included, from 21.3° to 23.2° E and 65.0° to 66.3° N', async () => {
    const lulea = (await realMunicipalities('2580')).get('2580')!;
    const [w, s, e, n] = bboxOf(lulea.geometry);
    // Lantmäteriet 1:1 million: 21.336–23.138° E, 65.038–66.283° N.
    expect(w).toBeCloseTo(21.336, 3);
    expect(s).toBeCloseTo(65.038, 3);
    expect(e).toBeCloseTo(23.138, 3);
    expect(n).toBeCloseTo(66.283, 3);
  });
});

describe('sharedBorder', () => {
  const squareAt = (x: number): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 1],
          [x, 0],
        ],
      ],
    ],
  });

  it('is the segments both sides have, whichever way each runs', () => {
    expect(sharedBorder([squareAt(0)], [squareAt(1)])).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(sharedBorder([squareAt(0)], [squareAt(5)])).toEqual([]);
  });

  it('joins consecutive shared segments into one line and starts a new one after a gap', () => {
    // An L of three unit squares on the right of a 1×3 column: shared x=1 from y=0 to 2, then a
    // gap, then y=3 to 4 shared again.
    const column: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [1, 2],
            [1, 3],
            [1, 4],
            [0, 4],
            [0, 0],
          ],
        ],
      ],
    };
    const right = (y0: number, y1: number): MultiPolygon => ({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1, y0],
            [2, y0],
            [2, y1],
            [1, y1],
            [1, y0],
          ],
        ],
      ],
    });
    expect(sharedBorder([column], [right(0, 1), right(1, 2), right(3, 4)])).toEqual([
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [
        [1, 3],
        [1, 4],
      ],
    ]);
  });

  it('finds the county border between Skellefteå and Piteå on the real layer', async () => {
    const m = await realMunicipalities('2482', '2581');
    const toMulti = (g: Polygon | MultiPolygon): MultiPolygon =>
      g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
    const lines = sharedBorder(
      [toMulti(m.get('2482')!.geometry)],
      [toMulti(m.get('2581')!.geometry)],
    );
    const points = lines.flat();
    expect(points.length).toBeGreaterThan(10);
    for (const [lon, lat] of points) {
      expect(lat!).toBeGreaterThan(64.5);
      expect(lat!).toBeLessThan(66);
      expect(lon!).toBeGreaterThan(18);
      expect(lon!).toBeLessThan(22);
    }
  });
});
