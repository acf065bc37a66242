import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER, outlineOpacity, type CountyLabelText } from './layers';
import type { MapTheme } from './theme';

/**
 * The text of the county labels, chosen by each label point's county code: the name, and under
 * it, a size smaller, the figure. A county without a figure gets no label.
 */
export function countyLabelText(
  labels: readonly CountyLabelText[],
): ExpressionSpecification | string {
  const [first, ...rest] = labels;
  if (!first) return '';
  const text = (l: CountyLabelText): ExpressionSpecification => [
    'format',
    l.name,
    {},
    '\n',
    {},
    l.figure,
    { 'font-scale': 0.8 },
  ];
  return [
    'match',
    ['get', 'code'],
    first.code,
    text(first),
    ...rest.flatMap((l) => [l.code, text(l)]),
    '',
  ];
}

/**
 * A county-level metric (the arrivals) is drawn as two areas: the municipality outlines fade
 * inside the county border and each county is labelled with its figure; null or none: per
 * municipality. Property changes on existing layers: no new data, no new layer.
 */
export function showCountyLabels(
  map: MapLibreMap,
  theme: MapTheme,
  labels: readonly CountyLabelText[] | null,
): void {
  const countyLevel = labels !== null && labels.length > 0;
  map.setPaintProperty(LAYER.outline, 'line-opacity', outlineOpacity(theme, countyLevel));
  map.setLayoutProperty(LAYER.countyLabels, 'text-field', countyLabelText(labels ?? []));
  map.setLayoutProperty(LAYER.countyLabels, 'visibility', countyLevel ? 'visible' : 'none');
}
