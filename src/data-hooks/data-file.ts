import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { learnIds } from '../state/history';
import { fetchNamedDataFile, type DataFile, type DataFileName } from '../data/load';

/**
 * The ids a file defines, told to the URL sync as soon as the file has arrived (before any view
 * renders with it): the view drops the ids it does not define, from the state and the address bar.
 */
const LEARN: { [K in DataFileName]?: (data: DataFile<K>) => void } = {
  municipalities: (data) =>
    learnIds({ municipalities: new Set(data.features.map((f) => f.properties.code)) }),
  catalogue: (data) =>
    learnIds({
      projects: new Set(data.projects.map((p) => p.id)),
      themes: new Set(data.themes.map((t) => t.id)),
      targetGroups: new Set(data.targetGroups.map((t) => t.id)),
    }),
};

/** The query cache's key of a data file. */
export const dataFileKey = (name: DataFileName) => ['data', name] as const;

async function loadDataFile<K extends DataFileName>(
  name: K,
  signal: AbortSignal,
): Promise<DataFile<K>> {
  const data = await fetchNamedDataFile(name, signal);
  (LEARN[name] as ((data: DataFile<K>) => void) | undefined)?.(data);
  return data;
}

/**
 * One generated file through TanStack Query: fetched once per page, shared by every component
 * that asks, retried once. `select` gives a component what it reads of the file; pass a function
 * made once (see memoised), so that the index is made once per file and shared.
 */
export function useDataFile<K extends DataFileName, T = DataFile<K>>(
  name: K,
  { enabled = true, select }: { enabled?: boolean; select?: (data: DataFile<K>) => T } = {},
): UseQueryResult<T> {
  return useQuery({
    queryKey: dataFileKey(name),
    queryFn: ({ signal }) => loadDataFile(name, signal),
    staleTime: Infinity,
    enabled,
    retry: 1,
    select,
  });
}
