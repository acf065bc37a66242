import { useMemo } from 'react';
import type {
  BasemapCollection,
  CountiesFile,
  County,
  MunicipalityCollection,
} from '../data/schemas';
import { useDataFile } from './data-file';

/** The three files the map draws: the municipalities, the counties, the land and sea around. */
export interface MapData {
  municipalities: MunicipalityCollection;
  counties: CountiesFile;
  basemap: BasemapCollection;
}

/** What the map draws, once all three files are in; null before (or when one failed). */
export function useMapData(): MapData | null {
  const { data: municipalities } = useDataFile('municipalities');
  const { data: counties } = useDataFile('counties');
  const { data: basemap } = useDataFile('basemap');
  return useMemo(
    () => (municipalities && counties && basemap ? { municipalities, counties, basemap } : null),
    [municipalities, counties, basemap],
  );
}

const countiesOf = (file: CountiesFile) => file.counties;

/** The two counties with their populations (counties.json); null until loaded. */
export function useCounties(): readonly County[] | null {
  return useDataFile('counties', { select: countiesOf }).data ?? null;
}
