import { useEffect } from 'react';
import { useViewStore } from '../state/store';

/** Escape closes the open project, or else the comparison, or else the selected municipality. */
export function useEscapeToClose(open: boolean) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const state = useViewStore.getState();
      if (state.project) state.openProject(null);
      else if (state.compare.length) state.setCompare([]);
      else state.selectMunicipality(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}
