import { describe, expect, it } from 'vitest';
import { fixtureBytes, readFailure, readOk } from './read.fixture';

/** A small JSON-stat 2.0 dataset of regions × years, as PxWeb gives it. */
function dataset(overrides: Record<string, unknown> = {}) {
  return {
    version: '2.0',
    class: 'dataset',
    label: 'Folkmängd efter region och år',
    source: 'SCB',
    id: ['Region', 'ContentsCode', 'Tid'],
    size: [3, 1, 2],
    dimension: {
      Region: {
        label: 'region',
        category: {
          index: { '00': 0, '2580': 1, '2582': 2 },
          label: { '00': 'Riket', '2580': 'Luleå', '2582': 'Boden' },
        },
      },
      ContentsCode: {
        label: 'tabellinnehåll',
        category: {
          index: { BE0101N1: 0 },
          label: { BE0101N1: 'Folkmängd' },
          unit: { BE0101N1: { base: 'antal', decimals: 0 } },
        },
      },
      Tid: { label: 'år', category: { index: { '2019': 0, '2020': 1 } } },
    },
    value: [10327589, 10379295, 78549, 78690, 27980, null],
    role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] },
    ...overrides,
  };
}
const text = (json: unknown) => ({ text: JSON.stringify(json) });

describe('JSON-stat 2.0 from PxWeb', () => {
  it('reads a dataset of regions, genders and years: a measure per gender, unit and source', async () => {
    const { result } = await readOk({ bytes: fixtureBytes('scb-folkmangd-kon.jsonstat2.json') });
    expect(result.format).toBe('json-stat');
    expect(result.title).toBe('Folkmängd efter region, kön och år');
    expect(result.measures.map((m) => m.gender)).toEqual(['T', 'K', 'M']);
    const total = result.measures[0]!;
    expect(total).toMatchObject({
      name: 'Folkmängd',
      code: 'BE0101N1',
      unit: 'antal',
      source: 'SCB',
      qualifiers: [],
      years: [2018, 2019, 2020],
    });
    expect(total.municipalities).toEqual({
      '2580': [77832, 78105, 78549],
      '2584': [22987, 22944, 22841],
    });
    expect(total.references).toEqual({
      '00': [10230185, 10327589, 10379295],
      '25': [250093, 249693, 249677],
    });
    // PxWeb's ".." is a null value: no data for Kiruna's women in 2019.
    expect(result.measures[1]!.municipalities['2584']![1]).toBeNull();
    expect(result.outsideMap.count).toBe(1);
    expect(result.rejectedCount).toBe(0);
  });

  it('reads categories as a list, sparse values, and finds the dimensions by name without roles', async () => {
    const { result } = await readOk(
      text(
        dataset({
          role: undefined,
          value: { '0': 1, '3': 4 },
          dimension: {
            ...dataset().dimension,
            Tid: { label: 'år', category: { index: ['2019', '2020'] } },
          },
        }),
      ),
    );
    expect(result.measures[0]).toMatchObject({
      years: [2019, 2020],
      municipalities: { '2580': [null, 4] },
      references: { '00': [1, null] },
    });
  });

  it('sets aside a time category that is not a year, and an unknown region, once each', async () => {
    const json = dataset({
      size: [3, 1, 2],
      dimension: {
        ...dataset().dimension,
        Region: {
          label: 'region',
          category: {
            index: { '00': 0, '2580': 1, XX: 2 },
            label: { '00': 'Riket', '2580': 'Luleå', XX: 'Ingenstans' },
          },
        },
        Tid: { label: 'år', category: { index: { '2019M12': 0, '2020': 1 } } },
      },
    });
    const { result } = await readOk(text(json));
    expect(result.rejected).toEqual([
      {
        at: { kind: 'category', dimension: 'region', category: 'XX' },
        reason: { code: 'unknownMunicipality', name: 'Ingenstans' },
      },
      {
        at: { kind: 'category', dimension: 'år', category: '2019M12' },
        reason: { code: 'notAYear', value: '2019M12' },
      },
    ]);
    expect(result.measures[0]!.years).toEqual([2020]);
  });

  it('sets aside a second category for a region already read (00 and 0000)', async () => {
    const json = dataset({
      dimension: {
        ...dataset().dimension,
        Region: {
          label: 'region',
          category: { index: ['00', '2580', '0000'], label: { '0000': 'Riket' } },
        },
      },
    });
    const { result } = await readOk(text(json));
    expect(result.rejected).toEqual([
      {
        at: { kind: 'category', dimension: 'region', category: '0000' },
        reason: { code: 'duplicateCategory', region: 'Riket', first: '00' },
      },
    ]);
  });

  it('refuses a dataset with a missing dimension, with its name', async () => {
    const json = dataset();
    delete (json.dimension as Record<string, unknown>).Tid;
    expect(await readFailure(text(json))).toEqual({
      code: 'jsonStatMissingDimension',
      dimension: 'Tid',
    });
  });

  it('refuses values that do not fill the dimensions, and categories that do not match size', async () => {
    expect(await readFailure(text(dataset({ value: [1, 2, 3] })))).toEqual({
      code: 'jsonStatSize',
      expected: 6,
      found: 3,
    });
    expect(await readFailure(text(dataset({ size: [4, 1, 2] })))).toMatchObject({
      code: 'jsonStatShape',
      path: 'dimension.Region.category',
    });
    expect(await readFailure(text(dataset({ size: [3, 1] })))).toMatchObject({
      code: 'jsonStatShape',
      path: 'size',
    });
    expect(await readFailure(text(dataset({ value: { '99': 1 } })))).toMatchObject({
      code: 'jsonStatShape',
      path: 'value.99',
    });
  });

  it('refuses a dataset without regions or years, naming its dimensions', async () => {
    const noTime = dataset({
      id: ['Region', 'ContentsCode', 'Alder'],
      role: {},
      dimension: {
        ...dataset().dimension,
        Alder: { label: 'ålder', category: { index: ['0-4', '5-9'] } },
      },
    });
    expect(await readFailure(text(noTime))).toEqual({
      code: 'jsonStatNoTime',
      dimensions: 'Region, ContentsCode, Alder',
    });
    const noRegion = dataset({
      id: ['Land', 'ContentsCode', 'Tid'],
      role: { time: ['Tid'] },
      dimension: { ...dataset().dimension, Land: { ...dataset().dimension.Region, label: 'land' } },
    });
    expect(await readFailure(text(noRegion))).toMatchObject({ code: 'jsonStatNoRegion' });
  });

  it('refuses JSON-stat 1.x (PxWeb\'s older "json-stat") and malformed datasets', async () => {
    expect(await readFailure(text({ dataset: dataset() }))).toEqual({
      code: 'jsonStatVersion',
      version: '1.x',
    });
    expect(await readFailure(text(dataset({ id: 'Region' })))).toMatchObject({
      code: 'jsonStatShape',
      path: 'id',
    });
    expect(await readFailure(text(dataset({ class: 'collection' })))).toMatchObject({
      code: 'jsonStatShape',
      path: 'class',
    });
  });

  it('refuses a value that is not a number with the region it is for', async () => {
    const { result } = await readOk(text(dataset({ value: [1, 2, 'x', 4, 5, 6] })));
    expect(result.rejected).toEqual([
      {
        at: { kind: 'category', dimension: 'region', category: '2580' },
        reason: { code: 'notANumberValue', value: '"x"' },
      },
    ]);
  });
});
