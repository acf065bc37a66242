import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECTS as projects } from './catalogue.fixture';
import { countByMunicipality } from './catalogue/catalogue';
import { figureRows } from './compare';
import { countyPopulations, per1000Inhabitants, per10kInhabitants } from './figures';
import { CSV_CONVENTIONS, metricCsv, metricExport } from './metrics/export';
import { municipalityStatistics } from './metrics/ranking';
import { resolveMetric, type MetricContext } from './metrics/registry';
import { densityPerKm2 } from './municipality';
import { MUNICIPALITIES } from './municipalities.fixture';

const named = (name: string) => MUNICIPALITIES.find((m) => m.name === name)!;
const focus = MUNICIPALITIES.filter((m) => m.focus);

describe('per10kInhabitants', () => {
  it('gives Arjeplog (2 876 inhabitants, SCB 2016) 3.48 per 10 000 for one project', () => {
    expect(per10kInhabitants(1, 2876)).toBeCloseTo(3.477, 3);
    // Umeå, 122 892 inhabitants: four projects are 0.33 per 10 000, not 0.033 or 3.3.
    expect(per10kInhabitants(4, 122_892)).toBeCloseTo(0.3255, 4);
    expect(per10kInhabitants(0, 2454)).toBe(0);
  });

  it('has no figure for a place without inhabitants, and none for a negative population', () => {
    expect(per10kInhabitants(3, 0)).toBeNull();
    expect(per10kInhabitants(3, -1)).toBeNull();
    // Just above zero it is a figure.
    expect(per10kInhabitants(1, 0.5)).toBe(20_000);
  });
});

describe('per1000Inhabitants', () => {
  it('gives the report’s 2016 arrivals per 1 000 inhabitants of each county', () => {
    // Norrbotten 1 124 arrivals, 250 570 inhabitants; Västerbotten 1 068 and 265 881 (SCB).
    expect(per1000Inhabitants(1124, 250_570)).toBeCloseTo(4.486, 3);
    expect(per1000Inhabitants(1068, 265_881)).toBeCloseTo(4.017, 3);
  });

  it('has no figure without inhabitants', () => {
    expect(per1000Inhabitants(1124, 0)).toBeNull();
    expect(per1000Inhabitants(1124, -5)).toBeNull();
    expect(per1000Inhabitants(2, 0.5)).toBe(4000);
  });
});

describe('countyPopulations', () => {
  it('sums SCB’s 2016 populations: Norrbotten 250 570, Västerbotten 265 881', () => {
    expect([...countyPopulations(focus)]).toEqual([
      ['25', 250_570],
      ['24', 265_881],
    ]);
  });

  it('keeps each county apart, the context municipalities’ counties too', () => {
    const totals = countyPopulations(MUNICIPALITIES);
    expect(totals.get('22')).toBe(19_846 + 55_964); // Sollefteå and Örnsköldsvik
    expect(totals.get('23')).toBe(11_809); // Strömsund
    expect(countyPopulations([])).toEqual(new Map());
  });
});

describe('one computation per figure: map, panel, comparison and export agree', () => {
  // Made for each test, not while the tests are collected: the mutation run records which
  // tests reach a mutant, and switches it on, only around the tests themselves.
  let ctx: MetricContext;
  let rows: ReturnType<typeof figureRows>;
  beforeEach(() => {
    ctx = {
      municipalities: MUNICIPALITIES,
      projectCounts: countByMunicipality(projects),
      counties: [...countyPopulations(focus)].map(([code, population]) => ({
        code,
        name: code,
        population,
      })),
      arrivals: null,
      imported: [],
    };
    rows = figureRows(MUNICIPALITIES, projects, null);
  });
  const comparison = (key: string, code: string) =>
    rows.find((r) => r.key === key)!.cells.find((c) => c.code === code)!.value;
  const panel = (metric: string, code: string) =>
    municipalityStatistics(code, ctx).rows.find((r) => r.metric.id === metric)!.value;
  const exported = (metric: string, code: string) => {
    const { table } = metricExport(
      MUNICIPALITIES,
      resolveMetric(metric, ctx),
      { title: metric, unit: '', source: 'SCB' },
      { code: 'code', municipality: 'm', county: 'c', source: 's', unit: 'u', year: 'y' },
    );
    const csv = metricCsv(table, CSV_CONVENTIONS.en);
    const line = csv.split('\r\n').find((l) => l.startsWith(`${code},`))!;
    return Number(line.split(',')[3]);
  };

  it('projects per 10 000 inhabitants of each of the 29', () => {
    expect(focus).toHaveLength(29);
    for (const m of focus) {
      const expected = per10kInhabitants(ctx.projectCounts.get(m.code) ?? 0, m.population)!;
      const onMap = resolveMetric('projectsPer10k', ctx).values.get(m.code);
      expect(onMap).toBe(expected);
      expect(comparison('projectsPer10k', m.code)).toBe(expected);
      expect(panel('projectsPer10k', m.code)).toBe(expected);
      expect(exported('projectsPer10k', m.code)).toBeCloseTo(expected, 3);
    }
    // A worked value: Vännäs, 8 695 inhabitants and two projects in the report: 2.30 per 10 000.
    const vannas = named('Vännäs');
    expect(ctx.projectCounts.get(vannas.code)).toBe(2);
    expect(comparison('projectsPer10k', vannas.code)).toBeCloseTo(2.3002, 4);
    expect(exported('projectsPer10k', vannas.code)).toBe(2.3);
  });

  it('population density of each of the 29', () => {
    for (const m of focus) {
      const expected = densityPerKm2(m)!;
      expect(resolveMetric('density', ctx).values.get(m.code)).toBe(expected);
      expect(comparison('density', m.code)).toBe(expected);
      expect(panel('density', m.code)).toBe(expected);
      expect(exported('density', m.code)).toBeCloseTo(expected, 3);
    }
    // Arjeplog: 2 876 inhabitants on 12 557.59 km² of land, 0.229 per km².
    expect(exported('density', '2506')).toBe(0.229);
    expect(comparison('density', '2506')).toBeCloseTo(0.229, 3);
  });
});
