import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import { computeResults } from '../../domain/catalogue/results';
import { createProjectSearch, type SearchEngine } from '../../domain/catalogue/search';
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

/**
 * The search engine's code (MiniSearch, 5 kB gzip) comes after the map has drawn, or at once when
 * there is something to search for: the first frame does not need it.
 */
function useSearchEngine(wanted: boolean): SearchEngine | null {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  useEffect(() => {
    if (engine) return;
    let live = true;
    const load = () =>
      void import('minisearch').then(
        (module) => live && setEngine(() => module.default),
        // Offline without the chunk: the filters still work; the next search tries again.
        (error: unknown) => console.warn('The search could not be loaded', error),
      );
    if (wanted) {
      load();
      return () => {
        live = false;
      };
    }
    const cancel = afterMapReady(load);
    return () => {
      live = false;
      cancel();
    };
  }, [engine, wanted]);
  return engine;
}

/** The catalogue narrowed by the filters and search in the view state (derived, never stored). */
export function useCatalogueResults(
  catalogue: CatalogueIndex | null,
  municipalities: Municipality[],
) {
  const query = useCatalogueQuery();
  const searching = query.query.trim() !== '';
  const engine = useSearchEngine(searching);
  const search = useMemo(
    () =>
      catalogue && engine
        ? createProjectSearch(
            catalogue.projects,
            new Map(municipalities.map((m) => [m.code, m.name])),
            engine,
          )
        : null,
    [catalogue, municipalities, engine],
  );
  // The index is ready before anyone types, yet not built while the map loads.
  useEffect(() => (search ? afterMapReady(() => search.prepare()) : undefined), [search]);
  return useMemo(() => {
    if (!catalogue) return null;
    // Filters need no search engine; a search waits for it (shown as loading, not as no hits).
    if (search) return computeResults(catalogue.projects, query, search.search);
    return searching ? null : computeResults(catalogue.projects, query, () => []);
  }, [catalogue, search, query, searching]);
}
