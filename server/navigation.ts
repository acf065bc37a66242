import { EMBED_QUERY_PATTERN } from '../src/state/url/embed.ts';

/**
 * Which navigations the service worker answers with its cached index.html (Workbox's
 * navigateFallback, vite.config.ts). Workbox tests a navigation's pathname + search.
 *
 * Only the app's one path, `/` or `/index.html` with any query: a shared link opens offline. Not
 * any other path, so that an address crafted to read as another site (//evil.example/,
 * /\evil.example/, which the browser reads as //evil.example/) goes to the server and its 404,
 * never to the app. Not an embed (`embed=1`, by the app's own rule, src/state/url/embed.ts): only
 * the server's answer may let other sites frame the page (frame-ancestors).
 */
export const NAVIGATE_FALLBACK_ALLOWLIST = [/^\/(?:index\.html)?(?:\?|$)/];
export const NAVIGATE_FALLBACK_DENYLIST = [new RegExp(`^[^?]*\\?${EMBED_QUERY_PATTERN.slice(1)}`)];

/** True when the service worker answers a navigation to `url` from its cache. */
export function answersFromCache(url: URL): boolean {
  const target = url.pathname + url.search;
  return (
    NAVIGATE_FALLBACK_ALLOWLIST.some((re) => re.test(target)) &&
    !NAVIGATE_FALLBACK_DENYLIST.some((re) => re.test(target))
  );
}
