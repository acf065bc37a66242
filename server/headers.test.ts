import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  cacheControl,
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  isEmbedRequest,
  nginxFrameAncestorsMap,
  responseHeaders,
  SECURITY_HEADERS,
} from './headers';

describe('response headers', () => {
  it('gives each kind of file its cache policy', () => {
    expect(cacheControl('/')).toBe('no-cache');
    expect(cacheControl('/index.html')).toBe('no-cache');
    expect(cacheControl('/sw.js')).toBe('no-cache');
    expect(cacheControl('/manifest.webmanifest')).toBe('no-cache');
    expect(cacheControl('/assets/main-C2__D4Gs.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/data/catalogue.json')).toBe(CACHE_CONTROL.data);
    expect(CACHE_CONTROL.data).toMatch(/max-age=\d+/);
    // Only the folders themselves: a file named like them elsewhere is not immutable.
    expect(cacheControl('/bench/assets.js')).toBe('no-cache');
  });

  it('lets only the embed view be framed by other sites', () => {
    expect(isEmbedRequest('?embed=1&m=2584')).toBe(true);
    expect(isEmbedRequest('?m=2584&embed=1')).toBe(true);
    expect(isEmbedRequest('?embed=0')).toBe(false);
    expect(isEmbedRequest('?embed=true')).toBe(false);
    expect(isEmbedRequest('?xembed=1')).toBe(false);
    expect(isEmbedRequest('')).toBe(false);
    expect(contentSecurityPolicy(true)).toMatch(/; frame-ancestors \*$/);
    expect(contentSecurityPolicy(false)).toMatch(/; frame-ancestors 'self'$/);
    expect(responseHeaders(new URL('http://x/?embed=1'))['Content-Security-Policy']).toBe(
      contentSecurityPolicy(true),
    );
  });

  it('keeps the policy strict: no eval, no inline script, nothing from another host', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|frame-ancestors|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:");
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('is what the nginx recipe sends, value for value', () => {
    const nginx = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(nginx).toContain(
      `add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}; frame-ancestors $integrationskartan_frame_ancestors" always;`,
    );
    for (const value of Object.values(CACHE_CONTROL)) expect(nginx).toContain(`"${value}"`);
  });

  it('frames in nginx by the app’s own embed rule: the map is the one made here', () => {
    const nginx = readFileSync(new URL('../deploy/nginx.conf', import.meta.url), 'utf8');
    expect(nginx, `deploy/nginx.conf must hold, as is:\n${nginxFrameAncestorsMap()}`).toContain(
      nginxFrameAncestorsMap(),
    );
    expect(nginx).not.toMatch(/\$arg_embed\b/);
    // No redirect names the host a request gave; no 416 without the headers (no ranges).
    expect(nginx).toMatch(/^\s*absolute_redirect off;$/m);
    expect(nginx).toMatch(/^\s*max_ranges 0;$/m);
  });

  it('decides the embed view by the app’s rule, whatever the spelling', () => {
    for (const [query, embed] of [
      ['?EMBED=1', false],
      ['?Embed=1', false],
      ['?EmBeD=1&m=2584', false],
      ['?embed=%31', true],
      ['?%65mbed=1', true],
      ['?embed=0&embed=1', false],
      ['?embed=1&embed=0', true],
    ] as const) {
      expect(isEmbedRequest(query), query).toBe(embed);
      expect(responseHeaders(new URL(`http://x/${query}`))['Content-Security-Policy']).toBe(
        contentSecurityPolicy(embed),
      );
    }
  });
});
