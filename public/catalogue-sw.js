/*
 * The service worker's handling of the project catalogue (imported by sw.js, see vite.config.ts):
 * network first, so that a change an editor accepts is on the map at the next load, and from the
 * cache when the network is away or too slow (the copy of the last visit, else the one cached at
 * install). It runs before Workbox's own routes, whose precache would answer from the cache.
 */
const CATALOGUE = new URL('data/catalogue.json', self.registration.scope).pathname;
const LIVE_CACHE = 'integrationskartan-catalogue';
/** How long to wait for the network when a copy is at hand. */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname !== CATALOGUE) return;
  event.stopImmediatePropagation();
  event.respondWith(networkFirst(request));
});

async function cachedCatalogue() {
  const cache = await caches.open(LIVE_CACHE);
  return (await cache.match(CATALOGUE)) ?? (await caches.match(CATALOGUE, { ignoreSearch: true }));
}

async function networkFirst(request) {
  const network = fetch(request, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok) {
      const cache = await caches.open(LIVE_CACHE);
      await cache.put(CATALOGUE, response.clone());
    }
    return response;
  });
  const cached = await cachedCatalogue();
  if (!cached) return network;
  const late = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), late]);
}
