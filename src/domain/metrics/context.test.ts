import { describe, expect, it } from 'vitest';
import { mapMetricOf, metricContextOf, type MetricInputs } from './context';
import { ctx } from './context.fixture';

const inputs: MetricInputs = {
  municipalities: ctx.municipalities,
  projectCounts: ctx.projectCounts,
  counties: ctx.counties,
  arrivals: ctx.arrivals,
  imported: ctx.imported,
};

describe('the context of the statistics', () => {
  it('is there once the project counts and the counties are', () => {
    expect(metricContextOf(inputs)).toEqual(ctx);
  });

  it('is not there without the counts (the catalogue, or a search, still on its way)', () => {
    expect(metricContextOf({ ...inputs, projectCounts: null })).toBeNull();
  });

  it('is not there without the counties', () => {
    expect(metricContextOf({ ...inputs, counties: null })).toBeNull();
  });

  it("does not wait for the report's arrivals: that metric has no data meanwhile", () => {
    const context = metricContextOf({ ...inputs, arrivals: null })!;
    expect(context.arrivals).toBeNull();
    const arrivals = mapMetricOf('arrivals', context)!;
    expect(arrivals.countyValues?.size ?? 0).toBe(0);
    expect(arrivals.view.noData.length).toBeGreaterThan(0);
  });
});

describe("the map's metric", () => {
  it('is the one the view asks for, resolved in the context', () => {
    const metric = mapMetricOf('population', ctx)!;
    expect(metric.id).toBe('population');
    expect(metric.values.get('2480')).toBe(122892);
    expect(mapMetricOf('import:mottagna', ctx)!.imported?.name).toBe('Mottagna');
  });

  it('falls back to the number of matching projects for an id this browser cannot resolve', () => {
    expect(mapMetricOf('import:not-here', ctx)!.id).toBe('projects');
    expect(mapMetricOf('nonsense', ctx)!.values.get('2580')).toBe(5);
  });

  it('is none before there is a context', () => {
    expect(mapMetricOf('population', null)).toBeNull();
  });
});
