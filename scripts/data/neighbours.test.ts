import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { NORTH_SWEDEN } from './config.ts';
import { areNeighbours, neighbourMap, type NeighbourCandidate } from './neighbours.ts';
import { FOCUS_MUNICIPALITY_NAMES } from '../../src/domain/focus-municipalities.fixture.ts';
import { realMunicipalities } from './sources.fixture.ts';

const TOLERANCE = NORTH_SWEDEN.neighbourToleranceKm;

/** The 14 municipalities of Norrbotten (kommunkod 25xx). */
const NORRBOTTEN = Object.keys(FOCUS_MUNICIPALITY_NAMES).filter((code) => code.startsWith('25'));

describe('neighbours on the real boundaries (Lantmäteriet 1:1 million)', () => {
  it('finds Piteå and Boden, neighbours in SCB’s boundary data, at the 2 km tolerance only', async () => {
    const m = await realMunicipalities('2581', '2582');
    const [pitea, boden] = [m.get('2581')!, m.get('2582')!];
    expect(TOLERANCE).toBe(2);
    expect(NORRBOTTEN).toHaveLength(14);
    expect(areNeighbours(pitea, boden, TOLERANCE)).toBe(true);
    expect(areNeighbours(boden, pitea, TOLERANCE)).toBe(true);
    // In this layer their borders lie between 1.76 and 1.77 km apart.
    expect(areNeighbours(pitea, boden, 1.77)).toBe(true);
    expect(areNeighbours(boden, pitea, 1.77)).toBe(true);
    expect(areNeighbours(pitea, boden, 1.76)).toBe(false);
    expect(areNeighbours(boden, pitea, 1.76)).toBe(false);
    expect(areNeighbours(pitea, boden, 0)).toBe(false);
  });

  it('finds municipalities whose borders touch at any tolerance, and none far apart', async () => {
    const m = await realMunicipalities('2480', '2460', '2584', '2580');
    expect(areNeighbours(m.get('2480')!, m.get('2460')!, 0)).toBe(true); // Umeå–Vännäs
    expect(areNeighbours(m.get('2584')!, m.get('2580')!, TOLERANCE)).toBe(false); // Kiruna–Luleå
  });

  it('gives Boden its six neighbours and Piteå its four among the 14 of Norrbotten', async () => {
    const m = await realMunicipalities(...NORRBOTTEN);
    const all = [...m.values()];
    const boden = m.get('2582')!;
    const pitea = m.get('2581')!;
    const map = neighbourMap([boden, pitea], all, TOLERANCE);
    const names = (code: string) => map.get(code)!.map((c) => FOCUS_MUNICIPALITY_NAMES[c]);
    expect(names('2582')).toEqual([
      'Jokkmokk',
      'Överkalix',
      'Gällivare',
      'Älvsbyn',
      'Luleå',
      'Piteå',
    ]);
    // Piteå also borders Skellefteå, in Västerbotten, not among the candidates here.
    expect(names('2581')).toEqual(['Arvidsjaur', 'Älvsbyn', 'Luleå', 'Boden']);
    // Only the focus gets a list; the others are candidates.
    expect([...map.keys()]).toEqual(['2582', '2581']);
    // Below the distance between Piteå and Boden they are no longer neighbours.
    expect(neighbourMap([boden], all, 1.7).get('2582')).not.toContain('2581');
  });
});

/** A square of `sideKm` km with its south-west corner at [lon, lat]. */
function square(lon: number, lat: number, sideKm: number): Polygon {
  const dLat = sideKm / 111.195;
  const dLon = sideKm / (111.195 * Math.cos((lat * Math.PI) / 180));
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + dLon, lat],
        [lon + dLon, lat + dLat],
        [lon, lat + dLat],
        [lon, lat],
      ],
    ],
  };
}

const kmEast = (lon: number, lat: number, km: number) =>
  lon + km / (111.195 * Math.cos((lat * Math.PI) / 180));
const kmNorth = (lat: number, km: number) => lat + km / 111.195;

const candidate = (code: string, geometry: Polygon): NeighbourCandidate => ({ code, geometry });

describe('the tolerance, at 65° N where a degree of longitude is 47 km', () => {
  const LAT = 65;
  const west = candidate('0001', square(20, LAT, 10));

  it('joins two areas 1.95 km apart east–west at 2 km, not at 1.9 km', () => {
    const east = candidate('0002', square(kmEast(20, LAT, 11.95), LAT, 10));
    expect(areNeighbours(west, east, 2)).toBe(true);
    expect(areNeighbours(east, west, 2)).toBe(true);
    expect(areNeighbours(west, east, 1.9)).toBe(false);
  });

  it('joins two areas 1.95 km apart north–south at 2 km, not at 1.9 km', () => {
    const north = candidate('0002', square(20, kmNorth(LAT, 11.95), 10));
    expect(areNeighbours(west, north, 2)).toBe(true);
    expect(areNeighbours(north, west, 2)).toBe(true);
    expect(areNeighbours(west, north, 1.9)).toBe(false);
  });

  it('measures from the corners of either area to the outline of the other', () => {
    // A narrow wedge whose tip comes within 1.5 km of the middle of a long straight border: only
    // the wedge has a corner near the other area.
    const border = candidate('0001', square(20, LAT, 40));
    const tipLon = kmEast(20, LAT, 41.5);
    const tipLat = kmNorth(LAT, 20);
    const wedge = candidate('0002', {
      type: 'Polygon',
      coordinates: [
        [
          [tipLon, tipLat],
          [kmEast(20, LAT, 60), kmNorth(LAT, 19)],
          [kmEast(20, LAT, 60), kmNorth(LAT, 21)],
          [tipLon, tipLat],
        ],
      ],
    });
    expect(areNeighbours(border, wedge, 2)).toBe(true);
    expect(areNeighbours(wedge, border, 2)).toBe(true);
    expect(areNeighbours(border, wedge, 1)).toBe(false);
  });

  it('counts an overlap as a border, and an area is not its own neighbour', () => {
    const overlapping = candidate('0002', square(kmEast(20, LAT, 5), LAT, 10));
    expect(areNeighbours(west, overlapping, 0)).toBe(true);
    expect(neighbourMap([west], [west, overlapping], 0).get('0001')).toEqual(['0002']);
  });
});
