import type { Project } from '../data/schemas';
import { indexCatalogue, type CatalogueIndex } from '../domain/catalogue/catalogue';
import { useViewStore } from '../state/store';
import { useDataFile } from './data-file';
import { memoised } from './memo';

const indexOf = memoised(indexCatalogue);

/** The project catalogue with its vocabularies, indexed by id; null until it has loaded. */
export function useCatalogue(): CatalogueIndex | null {
  return useDataFile('catalogue', { select: indexOf }).data ?? null;
}

/** The open project (p=), once the catalogue has it. */
export function useOpenProject(): Project | undefined {
  const catalogue = useCatalogue();
  return useViewStore((s) => (s.project ? catalogue?.byId.get(s.project) : undefined));
}
