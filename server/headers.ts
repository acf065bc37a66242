import { EMBED_QUERY_PATTERN, isEmbedQuery } from '../src/state/url/embed.ts';

/**
 * The HTTP headers of the production build: the one source for `npm start` (server/serve.ts), the
 * Content-Security-Policy meta tag of the build (vite.config.ts), and the checks of the nginx
 * recipe (deploy/nginx.conf, e2e/host-with-nginx.spec.ts). docs/hosting.md says why.
 */

/**
 * The Content-Security-Policy: only this origin; no inline script and no eval. MapLibre needs
 * blob: workers and images; React writes style attributes (theme colours); the service worker is
 * a same-origin script ('self' in worker-src) whose own fetches stay on this origin (connect-src).
 * frame-ancestors is added per response (see frameAncestors), since it cannot go in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Who may put the page in a frame. `?embed=1` is the mode made for iframes on municipalities' and
 * partners' pages, so it may be framed by any site; every other view only by this origin, so that
 * the full app (with its import of the user's own data) cannot be framed for clickjacking.
 */
export function frameAncestors(embed: boolean): string {
  return embed ? '*' : "'self'";
}

export function contentSecurityPolicy(embed: boolean): string {
  return `${CONTENT_SECURITY_POLICY}; frame-ancestors ${frameAncestors(embed)}`;
}

/** True when the request's query asks for the embed view, by the app's own rule (src/state/url/embed.ts). */
export function isEmbedRequest(search: string): boolean {
  return isEmbedQuery(search);
}

/**
 * The nginx map that decides frame-ancestors (deploy/nginx.conf holds exactly this text; the
 * header test checks): by the raw query ($args), with the app's own rule, not by $arg_embed,
 * which nginx matches case-insensitively and does not decode.
 */
export function nginxFrameAncestorsMap(): string {
  return [
    'map $args $integrationskartan_frame_ancestors {',
    `    default "${frameAncestors(false)}";`,
    `    "~${EMBED_QUERY_PATTERN}" "${frameAncestors(true)}";`,
    '}',
  ].join('\n');
}

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Never guess a type: a data file is never run as a script or a style.
  'X-Content-Type-Options': 'nosniff',
  // Links out (project sites, sources) get the origin only, never the view in the query.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Powerful features the app does not use, off for it and anything it might frame.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** Cache-Control per kind of file. */
export const CACHE_CONTROL = {
  /** Vite's content-hashed output (dist/assets/): a new build gives new names. */
  hashed: 'public, max-age=31536000, immutable',
  /**
   * The generated data (dist/data/): not hashed; it changes only with a deploy. Five minutes in a
   * browser's or a CDN's cache, then revalidated by ETag (a 304 when unchanged).
   */
  data: 'public, max-age=300, must-revalidate',
  /** index.html, sw.js, the web app manifest, icons: always revalidated (ETag). */
  revalidate: 'no-cache',
} as const;

export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/assets/')) return CACHE_CONTROL.hashed;
  if (pathname.startsWith('/data/')) return CACHE_CONTROL.data;
  return CACHE_CONTROL.revalidate;
}

/** The headers this app's responses carry for a request URL (path and query). */
export function responseHeaders(url: URL): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(isEmbedRequest(url.search)),
    'Cache-Control': cacheControl(url.pathname),
  };
}
