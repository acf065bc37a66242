import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import { computeResults } from '../../domain/catalogue/results';
import { createProjectSearch } from '../../domain/catalogue/search';
import type { Municipality } from '../../domain/municipality';
import { afterMapReady } from '../../state/map-ready';
import { useViewStore } from '../../state/store';

/** The filters and search of the view state, as one query over the catalogue. */
export function useCatalogueQuery() {
  return useViewStore(
    useShallow((s) => ({
      themes: s.themes,
      targetGroups: s.targetGroups,
      kinds: s.kinds,
      county: s.county,
      query: s.query,
    })),
  );
}

/** The catalogue narrowed by the filters and search in the view state (derived, never stored). */
export function useCatalogueResults(
  catalogue: CatalogueIndex | null,
  municipalities: Municipality[],
) {
  const query = useCatalogueQuery();
  const search = useMemo(
    () =>
      catalogue
        ? createProjectSearch(
            catalogue.projects,
            new Map(municipalities.map((m) => [m.code, m.name])),
          )
        : null,
    [catalogue, municipalities],
  );
  // The index is ready before anyone types, yet not built while the map loads.
  useEffect(() => (search ? afterMapReady(() => search.prepare()) : undefined), [search]);
  return useMemo(
    () => (catalogue && search ? computeResults(catalogue.projects, query, search.search) : null),
    [catalogue, search, query],
  );
}
