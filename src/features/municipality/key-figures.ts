import { FIGURE_SOURCES, type FigureSource } from '../../domain/figures';
import type { BuiltInMetricId } from '../../domain/metrics/registry';
import { densityPerKm2, type Municipality } from '../../domain/municipality';
import type { MessageKey } from '../../i18n';

export interface FigureRow {
  label: MessageKey;
  value: number | null;
  digits?: number;
  unit: MessageKey;
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
      digits: 1,
      unit: 'unit.perKm2',
      source: FIGURE_SOURCES.density,
      metric: 'density',
    },
  ];
}
