import { describe, expect, it } from 'vitest';
import { ctx, municipality } from './context.fixture';
import { legendFor, titleNamesUnit, type LegendWords } from './legend';
import { ZERO_COLOUR } from './metric-view';
import { resolveMetric } from './registry';

const words: LegendWords = {
  title: 'Folkmängd',
  unit: 'invånare',
  source: 'Källa: SCB, folkmängd 2016-12-31',
  note: 'en anteckning',
  countyNote: 'per län',
  countyClass: ({ county, persons, rate }) => `${county}: ${persons} (${rate})`,
};
const selected = (code: string) => ({ ...municipality(code, code.slice(0, 2), 0), name: 'Vald' });

describe('legendFor', () => {
  it('labels count classes as readable whole numbers, zero apart', () => {
    const legend = legendFor(resolveMetric('projects', ctx), words, 'sv', null);
    expect(legend.classes.map((c) => c.label)).toEqual(['0', '1', '2', '3–4', '5']);
    expect(legend.classes[0]!.colour).toBe(ZERO_COLOUR);
    expect(legend).toMatchObject({ title: 'Folkmängd', note: 'en anteckning', showNoData: false });
    expect(legend.selected).toBeUndefined();
  });

  it('labels ranges in the language’s numbers', () => {
    const sv = legendFor(resolveMetric('population', ctx), words, 'sv', null);
    const en = legendFor(resolveMetric('population', ctx), words, 'en', null);
    expect(sv.classes.at(-1)!.label.replace(/\s/g, ' ')).toMatch(/– 122 892$/);
    expect(en.classes.at(-1)!.label).toMatch(/– 122,892$/);
    expect(sv.classes).toHaveLength(en.classes.length);
  });

  it('marks the class of the selected municipality with its figure', () => {
    const legend = legendFor(resolveMetric('population', ctx), words, 'en', selected('2480'));
    expect(legend.selected).toEqual({
      name: 'Vald',
      at: legend.classes.length - 1,
      value: '122,892',
    });
  });

  it('keeps "no data" apart and puts a municipality without a figure there', () => {
    const legend = legendFor(resolveMetric('import:mottagna', ctx), words, 'sv', selected('2580'));
    expect(legend.showNoData).toBe(true);
    expect(legend.selected).toEqual({ name: 'Vald', at: 'no-data', value: undefined });
    expect(legend.note).toBe('en anteckning');
  });

  it('gives a county-level metric one named class per county, lowest rate first', () => {
    const legend = legendFor(resolveMetric('arrivals', ctx), words, 'sv', selected('2580'));
    // Norrbotten: 1 124 of 250 570 (4.49 per 1 000); Västerbotten: 1 068 of 265 881 (4.02).
    expect(legend.classes.map((c) => c.label.replace(/\s/g, ' '))).toEqual([
      'Västerbotten: 1 068 (4,02)',
      'Norrbotten: 1 124 (4,49)',
    ]);
    expect(legend.classes[0]!.colour).not.toBe(legend.classes[1]!.colour);
    expect(legend.note).toBe('per län');
    // Every municipality is drawn in its county's colour: no "no data" swatch for what is not drawn.
    expect(legend.showNoData).toBe(false);
    expect(legend.selected).toEqual({ name: 'Vald', at: 1 });
  });

  it('puts a municipality outside the counties of a county metric under "no data"', () => {
    const legend = legendFor(resolveMetric('arrivals', ctx), words, 'sv', selected('2284'));
    expect(legend.selected?.at).toBe('no-data');
  });
});

describe('legendFor units', () => {
  it('leaves out a unit the title already names ("Antal projekt", not "Antal projekt (projekt)")', () => {
    const projects = resolveMetric('projects', ctx);
    const sv = legendFor(
      projects,
      { ...words, title: 'Antal projekt', unit: 'projekt' },
      'sv',
      null,
    );
    const en = legendFor(
      projects,
      { ...words, title: 'Number of projects', unit: 'projects' },
      'en',
      null,
    );
    expect([sv.unit, en.unit]).toEqual(['', '']);
    const population = legendFor(resolveMetric('population', ctx), words, 'sv', null);
    expect(population.unit).toBe('invånare');
  });
});

describe('legend labels', () => {
  it('labels each class from its lowest to its highest member, ends never shared', () => {
    const legend = legendFor(resolveMetric('population', ctx), words, 'en', null);
    const ranges = legend.classes.map((c) =>
      c.label.split(/\s–\s/).map((x) => Number(x.replace(/,/g, ''))),
    );
    for (let i = 1; i < ranges.length; i++)
      expect(ranges[i]![0]!).toBeGreaterThan(ranges[i - 1]!.at(-1)!);
  });

  it('knows a title that names its unit in other words', () => {
    expect(titleNamesUnit('Projekt per 10 000 invånare', 'per 10\u00a0000\u00a0inv.')).toBe(true);
    expect(titleNamesUnit('Projects per 10,000 inhabitants', 'per 10,000\u00a0inh.')).toBe(true);
    expect(titleNamesUnit('Befolkningstäthet', 'inv./km²')).toBe(false);
    expect(titleNamesUnit('Folkmängd', 'invånare')).toBe(false);
  });
});
