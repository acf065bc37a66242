import { describe, expect, it } from 'vitest';
import { municipalityFeature } from '../data/municipality-feature.fixture';
import type { CountiesFile, MunicipalityCollection, MunicipalityFeature } from '../data/schemas';
import {
  boundsOf,
  countyBorderFeature,
  countyLabelFeatures,
  labelPoints,
  unionOf,
  type Bbox,
} from './sources';

/** A municipality drawn as the box [w, s, e, n] (a second, smaller island inside it). */
function municipality(
  code: string,
  [w, s, e, n]: Bbox,
  neighbours: string[],
  focus = true,
): MunicipalityFeature {
  const box = [
    [w, s],
    [w, n],
    [e, n],
    [e, s],
    [w, s],
  ];
  const island = [
    [w + 0.1, s + 0.1],
    [w + 0.2, s + 0.1],
    [w + 0.1, s + 0.1],
  ];
  return municipalityFeature(code, [[box], [island]], neighbours, {
    focus,
    label: [(w + e) / 2, (s + n) / 2],
    areaTotalKm2: Number(code) % 100,
    areaLandKm2: 10,
  });
}

const collection = (): MunicipalityCollection => ({
  type: 'FeatureCollection',
  features: [
    municipality('2580', [20, 65, 22, 66], ['2581', '9999']),
    municipality('2581', [22, 65.5, 23, 67], ['2580']),
    municipality('2401', [18, 63, 19, 64], []),
    municipality('2321', [14, 62, 16, 63], ['2401'], false),
  ],
});

describe('map sources', () => {
  it('frames the focus region, each municipality, and each with its neighbours', () => {
    const { region, byCode, withNeighbours } = boundsOf(collection());
    expect(region).toEqual([18, 63, 23, 67]);
    expect(byCode.get('2580')).toEqual([20, 65, 22, 66]);
    expect(byCode.get('2321')).toEqual([14, 62, 16, 63]);
    // An unknown neighbour (9999) adds nothing.
    expect(withNeighbours.get('2580')).toEqual([20, 65, 23, 67]);
    expect(withNeighbours.get('2401')).toEqual([18, 63, 19, 64]);
    expect(withNeighbours.get('2321')).toEqual([14, 62, 19, 64]);
  });

  it('joins boxes, and joins nothing into an empty box', () => {
    expect(
      unionOf([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5]);
    expect(unionOf([[1, 2, 3, 4]])).toEqual([1, 2, 3, 4]);
    expect(unionOf([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });

  it('places one label per municipality at its label point, with priority and direction', () => {
    const { features } = labelPoints(collection());
    expect(features.map((f) => f.id)).toEqual([2580, 2581, 2401, 2321]);
    expect(features[0]).toEqual({
      type: 'Feature',
      id: 2580,
      properties: {
        name: 'Kommun 2580',
        code: '2580',
        focus: true,
        priority: expect.any(Number),
        outward: false,
      },
      geometry: { type: 'Point', coordinates: [21, 65.5] },
    });
    // Context names are placed after every focus name.
    const priority = new Map(features.map((f) => [f.properties!.code, f.properties!.priority]));
    expect(priority.get('2321')).toBe(3);
    expect(features[3]!.properties!.outward).toBe(false);
  });

  it('labels a focus municipality that reads outward as such', () => {
    const outward = municipality('2518', [20, 68, 21, 69], []);
    const { features } = labelPoints({ type: 'FeatureCollection', features: [outward] });
    expect(features[0]!.properties!.outward).toBe(true);
    const context = municipality('2518', [20, 68, 21, 69], [], false);
    const { features: ctx } = labelPoints({ type: 'FeatureCollection', features: [context] });
    expect(ctx[0]!.properties!.outward).toBe(false);
  });

  it('places one label per focus county, with its code, drawn as a focus label', () => {
    const { type, features } = countyLabelFeatures(collection());
    expect(type).toBe('FeatureCollection');
    expect(features.map((f) => f.properties!.code).sort()).toEqual(['24', '25']);
    const norrbotten = features.find((f) => f.properties!.code === '25')!;
    expect(norrbotten).toEqual({
      type: 'Feature',
      properties: { code: '25', focus: true },
      geometry: { type: 'Point', coordinates: [21.75, 65.875] },
    });
  });

  it('draws the county border from the counties file', () => {
    const border = { type: 'Feature', properties: {}, geometry: null };
    expect(countyBorderFeature({ counties: [], border } as unknown as CountiesFile)).toBe(border);
  });
});
