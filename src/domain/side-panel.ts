import type { Project } from '../data/schemas';
import type { Results } from './catalogue/results';
import type { Municipality } from './municipality';

/** What the side panel shows: a project, the comparison, a municipality, or the results. */
export type SidePanel =
  | { kind: 'project'; project: Project }
  | { kind: 'project-not-found' }
  | { kind: 'comparison' }
  | { kind: 'municipality'; municipality: Municipality }
  | { kind: 'results'; results: Results }
  | null;

/** What the choice depends on: the view state and what the loaded data makes of it. */
export interface SidePanelInputs {
  /** The project the view asks for (p=), and the catalogue's record of it. */
  projectId: string | null;
  project: Project | undefined;
  comparing: boolean;
  /** The selected municipality, once the map's data has it. */
  selected: Municipality | undefined;
  catalogueLoaded: boolean;
  /** The catalogue narrowed by the filters; null until it has loaded, and while a search waits. */
  results: Results | null;
  /** Whether the municipalities have loaded (the comparison is made of them). */
  municipalitiesLoaded: boolean;
  /** The list view lists the results itself. */
  listShown: boolean;
}

/**
 * The first that applies: the open project (or a note that the catalogue has no such project),
 * the comparison, the selected municipality, and beside the map the results of the filters.
 * Nothing is shown for what the loaded data cannot say yet.
 */
export function sidePanelFor(inputs: SidePanelInputs): SidePanel {
  const { projectId, project, comparing, selected, catalogueLoaded, results } = inputs;
  if (projectId && catalogueLoaded) {
    return project ? { kind: 'project', project } : { kind: 'project-not-found' };
  }
  if (comparing && catalogueLoaded && inputs.municipalitiesLoaded) return { kind: 'comparison' };
  if (selected) return { kind: 'municipality', municipality: selected };
  if (results?.active && !inputs.listShown) return { kind: 'results', results };
  return null;
}
