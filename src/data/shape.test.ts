import { describe, expect, it } from 'vitest';
import municipalities from '../domain/fixtures/municipalities.json';
import {
  BasemapCollectionSchema,
  BasemapCollectionShapeSchema,
  MunicipalityCollectionSchema,
  MunicipalityCollectionShapeSchema,
} from './schemas';

const square = [
  [
    [
      [17, 66],
      [18, 66],
      [18, 67],
      [17, 66],
    ],
  ],
];

function collection() {
  return {
    type: 'FeatureCollection',
    features: municipalities.slice(0, 3).map(({ id, ...properties }) => ({
      type: 'Feature',
      id,
      properties,
      geometry: { type: 'MultiPolygon', coordinates: structuredClone(square) },
    })),
  } as { type: string; features: Record<string, unknown>[] };
}

const failure = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? null : result.error!.issues[0]!.path.join('.');

describe('the shape check of the large GeoJSON files (the app)', () => {
  it('accepts what the full schema of the data build accepts, unchanged', () => {
    const file = collection();
    expect(MunicipalityCollectionSchema.safeParse(file).success).toBe(true);
    expect(MunicipalityCollectionShapeSchema.parse(file)).toEqual(file);
  });

  it('still checks in full the ids and properties the app reads', () => {
    const noCode = collection();
    delete (noCode.features[1]!.properties as Record<string, unknown>).code;
    expect(failure(MunicipalityCollectionShapeSchema.safeParse(noCode))).toBe(
      'features.1.properties.code',
    );
    const textId = collection();
    textId.features[0]!.id = '2506';
    expect(failure(MunicipalityCollectionShapeSchema.safeParse(textId))).toBe('features.0.id');
    expect(
      failure(MunicipalityCollectionShapeSchema.safeParse({ type: 'FeatureCollection' })),
    ).toBe('features');
    expect(
      MunicipalityCollectionShapeSchema.safeParse({ type: 'FeatureCollection', features: [] })
        .success,
    ).toBe(false);
  });

  it('refuses a geometry of another type or without coordinates', () => {
    for (const geometry of [
      { type: 'Point', coordinates: [17, 66] },
      { type: 'MultiPolygon', coordinates: [] },
      { type: 'MultiPolygon' },
      null,
    ]) {
      const file = collection();
      file.features[2]!.geometry = geometry;
      expect(failure(MunicipalityCollectionShapeSchema.safeParse(file))).toBe(
        'features.2.geometry',
      );
    }
  });

  it('does not walk the coordinates: that is the data build’s full check', () => {
    const file = collection();
    (file.features[0]!.geometry as { coordinates: unknown }).coordinates = [[['not a position']]];
    expect(MunicipalityCollectionShapeSchema.safeParse(file).success).toBe(true);
    expect(failure(MunicipalityCollectionSchema.safeParse(file))).toMatch(/^features\.0\.geometry/);
  });

  it('checks the basemap the same way: kinds in full, geometry by type', () => {
    const basemap = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'lake' },
          geometry: { type: 'MultiPolygon', coordinates: square },
        },
        {
          type: 'Feature',
          properties: { kind: 'border' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [17, 66],
              [18, 67],
            ],
          },
        },
      ],
    };
    expect(BasemapCollectionSchema.safeParse(basemap).success).toBe(true);
    expect(BasemapCollectionShapeSchema.safeParse(basemap).success).toBe(true);
    const river = structuredClone(basemap);
    river.features[0]!.properties.kind = 'river';
    expect(failure(BasemapCollectionShapeSchema.safeParse(river))).toBe(
      'features.0.properties.kind',
    );
    const point = structuredClone(basemap);
    point.features[1]!.geometry = { type: 'Point', coordinates: [17, 66] } as never;
    expect(failure(BasemapCollectionShapeSchema.safeParse(point))).toBe('features.1.geometry');
  });
});
