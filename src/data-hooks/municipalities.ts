import {
  municipalitiesFrom,
  NO_MUNICIPALITIES,
  type Municipalities,
  type Municipality,
} from '../domain/municipality';
import { useViewStore } from '../state/store';
import { useDataFile } from './data-file';
import { memoised } from './memo';

const collectionOf = memoised(municipalitiesFrom);

/**
 * The municipalities of the map (focus and context), in display order and by kommunkod; none
 * while the file loads or when it failed (useLoadFailure says which).
 */
export function useMunicipalities(): Municipalities {
  return useDataFile('municipalities', { select: collectionOf }).data ?? NO_MUNICIPALITIES;
}

/** The selected municipality (m=), once the map's data has it. */
export function useSelected(): Municipality | undefined {
  const { byCode } = useMunicipalities();
  return useViewStore((s) => (s.municipality ? byCode.get(s.municipality) : undefined));
}
