import { useViewStore } from '../state/store';
import { useDataFile } from './data-file';
import type { RegionFigures } from '../data/schemas';
import type { DataFile } from '../data/load';

/**
 * Whether a view needs the report's county figures: the arrivals metric, a municipality's panel
 * (its statistics), the region in figures. They are fetched only then.
 */
export function useFiguresWanted(): boolean {
  return useViewStore(
    (s) => s.metric === 'arrivals' || Boolean(s.municipality) || s.view === 'figures',
  );
}

/** The report's own figures (region-figures.json), once a view wanted them and they loaded. */
export function useRegionFigures(): RegionFigures | null {
  return useDataFile('regionFigures', { enabled: useFiguresWanted() }).data ?? null;
}

/**
 * The county and Sweden totals of population and area (region-totals.json), fetched with the
 * report's figures (a municipality's panel, the region in figures).
 */
export function useRegionTotals(): DataFile<'regionTotals'> | null {
  return useDataFile('regionTotals', { enabled: useFiguresWanted() }).data ?? null;
}
