/// <reference types="vite-plugin-pwa/vanillajs" />
import { useViewStore } from '../state/store';

/** Activates the waiting new version; the page reloads once it is in control. */
export type ApplyUpdate = () => Promise<void>;

export interface ServiceWorkerEvents {
  /** A new version is installed and waits: ask the user before switching. */
  onUpdateReady: (apply: ApplyUpdate) => void;
  /** The first install has finished: everything the app needs is cached. */
  onOfflineReady: () => void;
}

/** How often an open page asks the server for a new version (a coordinator's tab stays open). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let started = false;

/**
 * Registers the service worker of the production build (vite.config.ts), once per page. The
 * registration code (Workbox's window library) is loaded on demand after the page's load event,
 * when the main thread is idle, so that neither it nor the precaching (the whole app, once more,
 * on a first visit) delays the first map. Not in embed mode: a map in another site's iframe should
 * not fill that site's storage with an offline copy of the app.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (useViewStore.getState().embed) return;
  started = true;
  afterLoadWhenIdle(() => load(events));
}

/** After the load event, once the main thread is idle: the first map comes first. */
function afterLoadWhenIdle(run: () => void): void {
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 10_000 }) : run();
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

function load(events: ServiceWorkerEvents): void {
  void import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => events.onUpdateReady(() => update(true)),
        onOfflineReady: events.onOfflineReady,
        onRegisteredSW: (_url, registration) => {
          if (!registration) return;
          setInterval(() => {
            if (navigator.onLine) registration.update().catch(() => undefined);
          }, UPDATE_CHECK_MS);
        },
        onRegisterError: (error: unknown) =>
          console.warn('The offline copy of the app could not be set up:', error),
      });
    })
    .catch((error: unknown) => console.warn('Service worker registration not loaded:', error));
}
