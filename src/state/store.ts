import { create } from 'zustand';
import { MAX_COMPARE } from '../domain/compare';
import type { Language } from '../domain/language';
import { DEFAULT_VIEW, type CountyFilter, type ViewMode, type ViewState } from './view-state';

/** Selection: which municipality and which project are open. */
interface SelectionSlice {
  selectMunicipality: (code: string | null) => void;
  openProject: (id: string | null) => void;
}

/** Filters over the catalogue. */
interface FilterSlice {
  toggleTheme: (id: string) => void;
  toggleTargetGroup: (id: string) => void;
  toggleKind: (kind: string) => void;
  setCounty: (county: CountyFilter) => void;
  setQuery: (query: string) => void;
  setHideEnded: (hide: boolean) => void;
  clearFilters: () => void;
}

/** How the view is shown: language, map or list, metric, comparison, layers. */
interface PresentationSlice {
  setLanguage: (language: Language) => void;
  setView: (view: ViewMode) => void;
  /** Another metric: its latest year, its values (no change). */
  setMetric: (metric: string) => void;
  setCompare: (codes: string[]) => void;
  setLinks: (on: boolean) => void;
  /** Replaces the whole view, as when the URL changes by Back/Forward. */
  restore: (state: ViewState) => void;
}

/**
 * How the page is arranged, for this visit only: not part of the view a link shares (a phone
 * and a desktop opening the same link each keep their own defaults).
 */
interface ArrangementSlice {
  /** The legend over the map, opened or collapsed by the user; null: the default for the screen. */
  legendOpen: boolean | null;
  setLegendOpen: (open: boolean) => void;
}

export type ViewStore = ViewState &
  SelectionSlice &
  FilterSlice &
  PresentationSlice &
  ArrangementSlice;

const toggle = (list: string[], item: string) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  selectMunicipality: (code) => set({ municipality: code }),
  openProject: (id) => set({ project: id }),
  toggleTheme: (id) => set((s) => ({ themes: toggle(s.themes, id) })),
  toggleTargetGroup: (id) => set((s) => ({ targetGroups: toggle(s.targetGroups, id) })),
  toggleKind: (kind) => set((s) => ({ kinds: toggle(s.kinds, kind) })),
  setCounty: (county) => set({ county }),
  setQuery: (query) => set({ query }),
  setHideEnded: (hideEnded) => set({ hideEnded }),
  clearFilters: () =>
    set({ themes: [], targetGroups: [], kinds: [], county: 'all', query: '', hideEnded: false }),
  setLanguage: (language) => set({ language }),
  setView: (view) => set({ view }),
  setMetric: (metric) => set({ metric, year: null, change: null }),
  setCompare: (compare) => set({ compare: compare.slice(0, MAX_COMPARE) }),
  setLinks: (links) => set({ links }),
  restore: (state) => set(state),
  legendOpen: null,
  setLegendOpen: (legendOpen) => set({ legendOpen }),
}));
