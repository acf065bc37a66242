import { useCatalogue, useOpenProject } from '../data-hooks/catalogue';
import { useMunicipalities, useSelected } from '../data-hooks/municipalities';
import { useResults } from '../data-hooks/results';
import { sidePanelFor, type SidePanel } from '../domain/side-panel';
import { useViewStore } from '../state/store';
import type { ViewMode } from '../state/view-state';

/** What the side panel shows beside the view shown (the rule: src/domain/side-panel.ts). */
export function useSidePanel(shownView: ViewMode): SidePanel {
  const projectId = useViewStore((s) => s.project);
  const comparing = useViewStore((s) => s.compare.length > 0);
  return sidePanelFor({
    projectId,
    project: useOpenProject(),
    comparing,
    selected: useSelected(),
    catalogueLoaded: useCatalogue() !== null,
    results: useResults(),
    municipalitiesLoaded: useMunicipalities().list.length > 0,
    listShown: shownView === 'list',
  });
}
