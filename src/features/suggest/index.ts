/**
 * Suggesting in the app: the buttons that open the suggestion form (the form itself, its model
 * and strings load on first use), and the offline queue's start: suggestions queued offline are
 * sent when the network returns and at the next start.
 */
import { lazy } from 'react';

/** The button that opens the form; loaded with the views that show it (wrap it in Suspense). */
export const SuggestButton = lazy(() =>
  import('./SuggestButton').then((m) => ({ default: m.SuggestButton })),
);

/** Sends queued suggestions now (if any) and whenever the browser comes back online. */
export function startSuggestionQueue(): void {
  const flush = () => {
    try {
      if (!localStorage.getItem('integrationskartan:suggest-queue')) return;
    } catch {
      return;
    }
    void import('./queue').then((q) => q.flushQueue(localStorage));
  };
  addEventListener('online', flush);
  flush();
}
