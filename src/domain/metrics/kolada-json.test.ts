import { describe, expect, it } from 'vitest';
import { fixtureBytes, readFailure, readOk } from './read.fixture';
import { MAX_YEARS } from './series';

/** A Kolada answer of the entries given, in the v2 envelope. */
const answer = (values: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ count: values.length, values, next_page: null, ...extra });
const entry = (municipality: string, period: unknown, value: unknown, gender = 'T') => ({
  kpi: 'N01951',
  municipality,
  period,
  values: [{ count: 1, gender, status: '', value }],
});

describe("Kolada's API answer", () => {
  it('reads 2016–2020 by KPI and gender, T first, with Sweden and the counties apart', async () => {
    const { result, container } = await readOk({
      bytes: fixtureBytes('kolada-n01951-2016-2020.json'),
    });
    expect(container).toBe('json');
    expect(result.format).toBe('kolada-json');
    expect(result.measures.map((m) => [m.code, m.gender])).toEqual([
      ['N01951', 'T'],
      ['N01951', 'K'],
      ['N01951', 'M'],
    ]);
    const total = result.measures[0]!;
    expect(total).toMatchObject({
      name: 'N01951',
      source: 'Kolada',
      years: [2016, 2017, 2018, 2019, 2020],
    });
    expect(total.municipalities['2580']).toEqual([76770, 77470, 77832, 78105, 78549]);
    expect(Object.keys(total.references).sort()).toEqual(['00', '24', '25']);
    expect(total.references['00']).toEqual([9995153, 10120242, 10230185, 10327589, 10379295]);
    // Sweden and the counties are never municipalities.
    expect(Object.keys(total.municipalities).every((code) => /^\d{4}$/.test(code))).toBe(true);
    expect(total.municipalities['0000']).toBeUndefined();
    // Arjeplog has no entry for 2018: no data that year, not zero.
    expect(total.municipalities['2506']).toEqual([2876, 2852, null, 2833, 2796]);
    expect(result.outsideMap).toEqual({ count: 5, examples: ['0180'] });
    expect(result.rejectedCount).toBe(0);
    expect(result.notes).toEqual([]);
  });

  it('gives each gender its own values: K for women, M for men', async () => {
    const { result } = await readOk({ bytes: fixtureBytes('kolada-n01951-2016-2020.json') });
    const women = result.measures.find((m) => m.gender === 'K')!;
    const men = result.measures.find((m) => m.gender === 'M')!;
    expect(women.municipalities).toEqual({ '2580': [38116, 38464, 38644, 38779, 39000] });
    expect(men.municipalities['2580']![0]).toBe(38654);
    expect(women.references['00']![0]).toBe(4962593);
  });

  it('keeps the first of two entries for a region and year, and says which record lost', async () => {
    const { result } = await readOk({
      text: answer([entry('2580', 2019, 1), entry('2580', 2020, 2), entry('2580', 2019, 3)]),
    });
    expect(result.measures[0]!.municipalities['2580']).toEqual([1, 2]);
    expect(result.rejected).toEqual([
      {
        at: { kind: 'record', record: 3 },
        reason: { code: 'duplicateRecord', region: '2580 Luleå', year: 2019, firstRecord: 1 },
      },
    ]);
  });

  it('refuses periods that are not years, values that are not finite numbers, unknown regions', async () => {
    const text = answer([
      entry('2580', '20x6', 1),
      entry('2580', 1066, 1),
      entry('2580', 2019, 'many'),
      entry('G33', 2019, 5),
      entry('2580', 2020, 4, 'X'),
      entry('2582', 2020, 7),
    ]).replace('"value":5', '"value":1e999');
    const { result } = await readOk({ text });
    expect(result.rejected.map((r) => [r.at, r.reason])).toEqual([
      [
        { kind: 'record', record: 1 },
        { code: 'notAYear', value: '20x6' },
      ],
      [
        { kind: 'record', record: 2 },
        { code: 'yearOutOfRange', year: 1066, min: 1900, max: 2100 },
      ],
      [
        { kind: 'record', record: 3 },
        { code: 'notANumberValue', value: '"many"' },
      ],
      [
        { kind: 'record', record: 4 },
        { code: 'unknownMunicipality', name: 'G33' },
      ],
      [
        { kind: 'record', record: 5 },
        { code: 'unknownGender', value: 'X' },
      ],
    ]);
    expect(result.measures[0]!.municipalities).toEqual({ '2582': [7] });
  });

  it('refuses a value too large to be a number, with its record', async () => {
    const { result } = await readOk({
      text: answer([entry('2580', 2019, 0), entry('2582', 2019, 9)]).replace(
        '"value":9',
        '"value":1e999',
      ),
    });
    expect(result.rejected).toEqual([
      {
        at: { kind: 'record', record: 2 },
        reason: { code: 'notFinite', column: 'value', value: 'Infinity' },
      },
    ]);
  });

  it('reads a value of null as no data for that year', async () => {
    const { result } = await readOk({
      text: answer([entry('2580', 2019, null), entry('2580', 2020, 5)]),
    });
    expect(result.measures[0]).toMatchObject({
      years: [2019, 2020],
      municipalities: { '2580': [null, 5] },
    });
  });

  it('says when the file is one page of several (next_page, or v3 next_url)', async () => {
    const v2 = await readOk({
      text: answer([entry('2580', 2019, 1)], { next_page: 'https://x/2' }),
    });
    expect(v2.result.notes).toEqual([{ code: 'morePages' }]);
    const v3 = await readOk({
      text: answer([entry('2580', 2019, 1)], { next_url: 'https://x/2' }),
    });
    expect(v3.result.notes).toEqual([{ code: 'morePages' }]);
  });

  it('reads the bare list of values too', async () => {
    const { result } = await readOk({ text: JSON.stringify([entry('2580', 2019, 1)]) });
    expect(result.measures[0]!.municipalities).toEqual({ '2580': [1] });
  });

  it(`refuses a file of 10 000 years: a series has at most ${MAX_YEARS}`, async () => {
    const values = Array.from({ length: 10_000 }, (_, i) => entry('2580', 1000 + i, i));
    expect(await readFailure({ text: answer(values) })).toEqual({
      code: 'tooManyYears',
      max: MAX_YEARS,
    });
  });

  it('refuses a Kolada answer of another shape with where and what', async () => {
    // The KPI metadata (/v2/kpi), organisational units' data (/v2/oudata), a period missing.
    expect(
      await readFailure({ text: answer([{ id: 'N01951', title: 'Invånare totalt, antal' }]) }),
    ).toMatchObject({ code: 'koladaShape', path: 'values.0.kpi' });
    expect(
      await readFailure({
        text: answer([{ kpi: 'N15033', ou: 'V15E144001301', period: 2019, values: [] }]),
      }),
    ).toMatchObject({ code: 'koladaShape', path: 'values.0.municipality' });
    expect(
      await readFailure({ text: answer([{ kpi: 'N1', municipality: '2580', values: [] }]) }),
    ).toMatchObject({ code: 'koladaShape', path: 'values.0.period' });
    expect(
      await readFailure({
        text: answer([{ kpi: 'N1', municipality: '2580', period: 2019, values: 3 }]),
      }),
    ).toMatchObject({ code: 'koladaShape', path: 'values.0.values' });
  });

  it('refuses JSON that is neither Kolada nor JSON-stat, and text that is not JSON', async () => {
    expect(await readFailure({ text: '{"hello": "world"}' })).toEqual({ code: 'unknownJson' });
    expect(await readFailure({ text: '[1, 2, 3]' })).toEqual({ code: 'unknownJson' });
    expect(await readFailure({ text: '{"values": [' })).toMatchObject({ code: 'badJson' });
  });
});
