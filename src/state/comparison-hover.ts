import { create } from 'zustand';

interface ComparisonHover {
  /** The municipality whose column the pointer or keyboard focus is on; null when none. */
  code: string | null;
  setCode: (code: string | null) => void;
}

/**
 * Which column of the comparison is pointed at, for the map's highlight. Kept out of the view
 * state (it is not part of a link) and out of React state high up: only the comparison's headers
 * write it and only the map reads it, so a pointer move re-renders nothing else.
 */
export const useComparisonHover = create<ComparisonHover>()((set) => ({
  code: null,
  setCode: (code) => set({ code }),
}));
