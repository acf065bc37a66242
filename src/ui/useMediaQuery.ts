import { useCallback, useSyncExternalStore } from 'react';

/**
 * The phone layout: the side panel is a bottom sheet, the tools a drawer, tables become cards.
 * The same width as the `max-width: 900px` rules of app.css.
 */
export const PHONE_LAYOUT = '(max-width: 900px)';

/** Whether a media query matches, kept up to date as the window changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
