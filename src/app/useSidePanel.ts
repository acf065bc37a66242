import type { Project } from '../data/schemas';
import type { CatalogueIndex } from '../domain/catalogue/catalogue';
import type { Results } from '../domain/catalogue/results';
import type { Municipality } from '../domain/municipality';
import type { ViewMode } from '../state/view-state';
import { useViewStore } from '../state/store';
import type { AppData } from './useAppData';

/** What the side panel shows, the first that applies: a project, the comparison, a municipality, the results. */
export type SidePanel =
  | { kind: 'project'; project: Project; catalogue: CatalogueIndex }
  | { kind: 'project-not-found' }
  | { kind: 'comparison'; catalogue: CatalogueIndex }
  | { kind: 'municipality'; municipality: Municipality }
  | { kind: 'results'; catalogue: CatalogueIndex; results: Results }
  | null;

export function useSidePanel(
  { catalogue, municipalities, results, selected, project }: AppData,
  shownView: ViewMode,
): SidePanel {
  const projectId = useViewStore((s) => s.project);
  const comparing = useViewStore((s) => s.compare.length > 0);
  if (projectId && catalogue) {
    return project ? { kind: 'project', project, catalogue } : { kind: 'project-not-found' };
  }
  if (comparing && catalogue && municipalities.length > 0) return { kind: 'comparison', catalogue };
  if (selected) return { kind: 'municipality', municipality: selected };
  // Beside the map the results list follows the filters; the list view shows them itself.
  if (results?.active && catalogue && shownView !== 'list') {
    return { kind: 'results', catalogue, results };
  }
  return null;
}
