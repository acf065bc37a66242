/**
 * The path the app is served from: Vite's base ('/' unless the build sets another), fixed at
 * build time. Never the path of the address as given: at http://host//evil.example/ that path,
 * joined with a query, is the protocol-relative link //evil.example/?… to another site, and a
 * history entry there is refused by the browser (SecurityError).
 */
export const APP_PATH = appPath(import.meta.env.BASE_URL);

/** A base that is not a plain absolute path ('./', '//x/', '/\x/') is read as the root. */
export function appPath(base: string): string {
  return /^\/(?![/\\])/.test(base) ? base : '/';
}

/**
 * The app's own address for a query string ('?…' or '') and a fragment ('#…' or ''): the
 * document's origin and the app's path, whatever path the page was opened at. The result is
 * always on `origin`.
 */
export function appUrl(query: string, hash: string, origin: string): string {
  const url = new URL(APP_PATH, origin);
  url.search = query;
  url.hash = hash;
  return url.href;
}
