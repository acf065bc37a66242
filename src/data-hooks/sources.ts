import { useDataFile } from './data-file';
import type { Manifest } from '../data/schemas';

const sourcesOf = (manifest: Manifest) => manifest.sources;

/** The data sources of the build (manifest.json): undefined while loading, null if it failed. */
export function useSources(): Manifest['sources'] | null | undefined {
  const { data, isError } = useDataFile('manifest', { select: sourcesOf });
  return isError ? null : data;
}
