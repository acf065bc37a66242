/** The statistics on the map: the metric switcher, its tools and exports, the legend. */
export { Legend } from './Legend';
export { MapTools } from './MapTools';
export { MetricSwitcher } from './MetricSwitcher';
export { useLegend } from './useLegend';
export { useMapTitle } from './useMapTitle';
