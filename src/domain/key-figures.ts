import { FIGURE_DIGITS } from './metrics/digits';
import { FIGURE_SOURCES, type FigureSource } from './figures';
import type { BuiltInMetricId } from './metrics/registry';
import { densityPerKm2, type Municipality } from './municipality';

/** The message keys of the key figures' labels and units (the views translate them). */
export type FigureLabel =
  'panel.population' | 'panel.areaTotal' | 'panel.areaLand' | 'panel.density';
export type FigureUnit = 'unit.inhabitants' | 'unit.km2' | 'unit.perKm2';

export interface FigureRow {
  label: FigureLabel;
  value: number | null;
  digits?: number;
  unit: FigureUnit;
  source: FigureSource;
  /** The registry's metric of the same figure, whose rank the fact sheet gives beside it. */
  metric?: BuiltInMetricId;
}

/** The key figures of a municipality, each with its unit and source (the panel, the fact sheet). */
export function figuresOf(m: Municipality): FigureRow[] {
  return [
    {
      label: 'panel.population',
      value: m.population,
      unit: 'unit.inhabitants',
      source: FIGURE_SOURCES.population,
      metric: 'population',
    },
    {
      label: 'panel.areaTotal',
      value: m.areaTotalKm2,
      unit: 'unit.km2',
      source: FIGURE_SOURCES.area,
    },
    {
      label: 'panel.areaLand',
      value: m.areaLandKm2,
      unit: 'unit.km2',
      source: FIGURE_SOURCES.area,
    },
    {
      label: 'panel.density',
      value: densityPerKm2(m),
      digits: FIGURE_DIGITS.density,
      unit: 'unit.perKm2',
      source: FIGURE_SOURCES.density,
      metric: 'density',
    },
  ];
}
