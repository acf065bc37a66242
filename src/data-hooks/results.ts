import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Project } from '../data/schemas';
import type { CatalogueIndex } from '../domain/catalogue/catalogue';
import { computeResults, type CatalogueQuery, type Results } from '../domain/catalogue/results';
import {
  createProjectSearch,
  type ProjectSearch,
  type SearchEngine,
} from '../domain/catalogue/search';
import type { Municipalities } from '../domain/municipality';
import { afterMapReady } from '../map/session';
import { useViewStore } from '../state/store';
import { useCatalogue } from './catalogue';
import { memoLast } from './memo';
import { useMunicipalities } from './municipalities';

/** The filters and search of the view state, as one query over the catalogue. */
export function useCatalogueQuery(): CatalogueQuery {
  return useViewStore(
    useShallow((s) => ({
      themes: s.themes,
      targetGroups: s.targetGroups,
      kinds: s.kinds,
      county: s.county,
      hideEnded: s.hideEnded,
      query: s.query,
    })),
  );
}

/**
 * The search engine's code (MiniSearch, 5 kB gzip), shared by every view through the query cache.
 * It comes after the map has drawn, or at once when there is something to search for: the first
 * frame does not need it. Offline without its chunk the filters still work, and the next search
 * (the query wanted again) tries again.
 */
const SEARCH_ENGINE = {
  queryKey: ['search-engine'],
  queryFn: async (): Promise<SearchEngine> => {
    try {
      return (await import('minisearch')).default;
    } catch (error) {
      console.warn('The search could not be loaded', error);
      throw error;
    }
  },
  staleTime: Infinity,
  retry: false,
} as const;

function useSearchEngine(wanted: boolean): SearchEngine | null {
  const client = useQueryClient();
  const engine = useQuery({ ...SEARCH_ENGINE, enabled: wanted }).data ?? null;
  useEffect(() => afterMapReady(() => void client.prefetchQuery(SEARCH_ENGINE)), [client]);
  return engine;
}

/** One search index per catalogue and municipality names, whichever view asks. */
const searchOf = memoLast(
  (catalogue: CatalogueIndex, municipalities: Municipalities, engine: SearchEngine) =>
    createProjectSearch(
      catalogue.projects,
      new Map(municipalities.list.map((m) => [m.code, m.name])),
      engine,
      {
        themes: labelsOf(catalogue.themes),
        targetGroups: labelsOf(catalogue.targetGroups),
      },
    ),
);

/** "Språk ; Language" by id: a search in either language finds what the filter shows. */
const labelsOf = (items: CatalogueIndex['themes']) =>
  new Map([...items].map(([id, item]) => [id, `${item.label.sv} ; ${item.label.en}`]));

const NO_SEARCH: ProjectSearch['search'] = () => [];

/** One answer per catalogue, search and filter choice (each compared by identity). */
const resultsOf = memoLast(
  (
    projects: Project[],
    search: ProjectSearch['search'],
    themes: string[],
    targetGroups: string[],
    kinds: string[],
    county: CatalogueQuery['county'],
    query: string,
    hideEnded: boolean,
  ) => computeResults(projects, { themes, targetGroups, kinds, county, query, hideEnded }, search),
);

/**
 * The catalogue narrowed by the filters and search in the view state (derived, never stored);
 * null until the catalogue has loaded, and while a search waits for its engine (shown as loading,
 * not as no hits). Filters need no search engine.
 */
export function useResults(): Results | null {
  const catalogue = useCatalogue();
  const municipalities = useMunicipalities();
  const { themes, targetGroups, kinds, county, query, hideEnded } = useCatalogueQuery();
  const searching = query.trim() !== '';
  const engine = useSearchEngine(searching);
  const search = catalogue && engine ? searchOf(catalogue, municipalities, engine) : null;
  // The index is ready before anyone types, yet not built while the map loads.
  useEffect(() => (search ? afterMapReady(() => search.prepare()) : undefined), [search]);
  if (!catalogue || (searching && !search)) return null;
  return resultsOf(
    catalogue.projects,
    search?.search ?? NO_SEARCH,
    themes,
    targetGroups,
    kinds,
    county,
    query,
    Boolean(hideEnded),
  );
}
