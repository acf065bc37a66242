import { useEffect, useRef } from 'react';

/**
 * When the side panel closes, focus goes back to where it was before it opened (the control that
 * opened it), or to the main content if that control is gone.
 */
export function useFocusReturn(open: boolean) {
  const lastOutside = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && !target.closest?.('.panel')) lastOutside.current = target;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    if (wasOpen.current && !open) {
      const target = lastOutside.current;
      if (target?.isConnected) target.focus({ preventScroll: true });
      else document.getElementById('main')?.focus({ preventScroll: true });
    }
    wasOpen.current = open;
  }, [open]);
}
