import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_METRICS,
  importedMetricId,
  isMetricId,
  METRICS,
  missingImportedMetric,
  resolveMetric,
} from './registry';
import { ctx } from './context.fixture';

describe('resolveMetric', () => {
  it('counts projects, with zero as a real value', () => {
    const r = resolveMetric('projects', ctx);
    expect(r.values.get('2403')).toBe(0);
    expect(r.counts).toBe(true);
  });

  it('gives arrivals per county only: municipalities have no figure of their own', () => {
    const r = resolveMetric('arrivals', ctx);
    expect(r.countyValues!.get('25')!.persons).toBe(1124);
    expect(r.countyValues!.get('24')!.persons).toBe(1068);
    expect(r.countyValues!.get('25')!.perThousand).toBeCloseTo((1124 / 250570) * 1000, 6);
    expect([...r.values.values()].every((v) => v === null)).toBe(true);
    // The map is coloured by the county rate.
    expect(r.view.colourOf('2580')).not.toBeNull();
    expect(r.view.colourOf('2580')).not.toBe(r.view.colourOf('2480'));
  });

  it('keeps imported figures apart from no data', () => {
    const r = resolveMetric('import:mottagna', ctx);
    expect(r.values.get('2480')).toBe(300);
    expect(r.values.get('2580')).toBeNull();
    expect(r.view.noData).toContain('2580');
  });

  it('falls back to the project count for an unknown metric', () => {
    expect(resolveMetric('nonsense', ctx).id).toBe('projects');
  });
});

describe('the metric registry', () => {
  it('offers the built-in metrics in the order of the switcher, projects first', () => {
    expect(BUILT_IN_METRICS).toEqual([
      'projects',
      'projectsPer10k',
      'population',
      'density',
      'arrivals',
    ]);
  });

  it('resolves every built-in metric with its own digits and class kind', () => {
    for (const id of BUILT_IN_METRICS) {
      const r = resolveMetric(id, ctx);
      expect(r).toMatchObject({ id, builtIn: id, imported: null });
      expect(r.digits).toBe(METRICS[id].digits);
      expect(r.counts).toBe(id === 'projects');
      // One value per focus municipality, known or "no data", never missing.
      expect([...r.values.keys()].sort()).toEqual(['2403', '2480', '2506', '2580']);
    }
  });

  it('computes projects per 10 000 inhabitants and density from the figures', () => {
    expect(resolveMetric('projectsPer10k', ctx).values.get('2480')).toBeCloseTo(
      (4 / 122892) * 10_000,
      9,
    );
    expect(resolveMetric('projectsPer10k', ctx).values.get('2403')).toBe(0);
    expect(resolveMetric('density', ctx).values.get('2480')).toBeCloseTo(122892 / 50, 9);
  });

  it('names the message keys of title, unit and source for each metric', () => {
    for (const id of BUILT_IN_METRICS) {
      expect(METRICS[id].title).toBe(`metric.${id}`);
      expect(METRICS[id].unit).toMatch(/^unit\./);
      expect(METRICS[id].source).toBe(`source.${id}`);
    }
  });
});

describe('imported metric ids', () => {
  it('are made from the name, without accents, and kept apart from the ids taken', () => {
    expect(importedMetricId('Mottagna 2016', [])).toBe('import:mottagna-2016');
    expect(importedMetricId('Ålder & kön', [])).toBe('import:alder-kon');
    expect(importedMetricId('!!!', [])).toBe('import:matt');
    expect(importedMetricId('Mottagna', ['import:mottagna'])).toBe('import:mottagna-2');
    expect(importedMetricId('Mottagna', ['import:mottagna', 'import:mottagna-2'])).toBe(
      'import:mottagna-3',
    );
  });

  it('are the only ids besides the built-in ones that a link may carry', () => {
    expect(isMetricId('population')).toBe(true);
    expect(isMetricId(importedMetricId('Mottagna 2016', []))).toBe(true);
    expect(isMetricId('import:')).toBe(false);
    expect(isMetricId('import:Mottagna')).toBe(false);
    expect(isMetricId('toString')).toBe(false);
    expect(isMetricId('nonsense')).toBe(false);
  });

  it('tell an imported metric the link names but this browser lacks', () => {
    expect(missingImportedMetric('import:mottagna', ctx.imported)).toBeNull();
    expect(missingImportedMetric('import:annat', ctx.imported)).toBe('annat');
    expect(missingImportedMetric('population', ctx.imported)).toBeNull();
  });
});
