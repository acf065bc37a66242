import { describe, expect, it } from 'vitest';
import { FIGURE_SOURCES } from './figures';
import { figuresOf } from './key-figures';
import { MUNICIPALITIES } from './municipalities.fixture';

describe('the key figures of a municipality', () => {
  it('are its population, areas and density, each with unit, source and date', () => {
    const lulea = MUNICIPALITIES.find((m) => m.name === 'Luleå')!;
    expect(figuresOf(lulea)).toEqual([
      {
        label: 'panel.population',
        value: 76770,
        unit: 'unit.inhabitants',
        source: FIGURE_SOURCES.population,
        metric: 'population',
      },
      {
        label: 'panel.areaTotal',
        value: lulea.areaTotalKm2,
        unit: 'unit.km2',
        source: FIGURE_SOURCES.area,
      },
      {
        label: 'panel.areaLand',
        value: lulea.areaLandKm2,
        unit: 'unit.km2',
        source: FIGURE_SOURCES.area,
      },
      {
        label: 'panel.density',
        value: 76770 / lulea.areaLandKm2,
        digits: 1,
        unit: 'unit.perKm2',
        source: FIGURE_SOURCES.density,
        metric: 'density',
      },
    ]);
  });

  it('give no density for a place without land, rather than a division by zero', () => {
    const lulea = MUNICIPALITIES.find((m) => m.name === 'Luleå')!;
    expect(figuresOf({ ...lulea, areaLandKm2: 0 })[3]!.value).toBeNull();
  });
});
