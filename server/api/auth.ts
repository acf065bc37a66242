import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { HttpError } from './http.ts';

/** Who is asking, and whether they may: addresses, the session cookie, cross-site checks. */

export const SESSION_COOKIE = 'ik_session';

/** The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (TRUST_PROXY). */
export type TrustedProxies = ReadonlySet<string>;

function socketAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
}

/**
 * The client's address: the connection's, or, behind a trusted proxy, the last address in
 * X-Forwarded-For that is not itself a trusted proxy. A header from anyone else is ignored, so
 * that nobody escapes the rate limit by sending a made-up one.
 */
export function clientAddress(req: IncomingMessage, trusted: TrustedProxies): string {
  const direct = socketAddress(req);
  if (!trusted.has(direct)) return direct;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((a) => a.trim().replace(/^::ffff:/, ''))
    .filter((a) => isIP(a) !== 0);
  for (let i = forwarded.length - 1; i >= 0; i--) {
    if (!trusted.has(forwarded[i]!)) return forwarded[i]!;
  }
  return direct;
}

/** True when the request came over https: directly, or from a trusted proxy that says so. */
export function isHttps(req: IncomingMessage, trusted: TrustedProxies): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  return (
    trusted.has(socketAddress(req)) &&
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]!
      .trim() === 'https'
  );
}

/** A keyed hash of the client's address: enough to count its requests, not to read it back. */
export function clientKey(address: string, key: string): string {
  return createHmac('sha256', key).update(address).digest('base64url').slice(0, 32);
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function sessionToken(req: IncomingMessage): string | null {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
    }
  }
  return null;
}

/** The cookie of a session: HttpOnly, SameSite=Strict, Secure over https, for the whole site. */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}

/**
 * A changing request must come from this site's own pages: a browser says where a request comes
 * from (Sec-Fetch-Site, Origin), and a page of another site cannot hide it. A client that is not a
 * browser sends neither, and still needs the session's CSRF token for anything an editor does.
 */
export function checkSameOrigin(req: IncomingMessage, secure: boolean): void {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    throw new HttpError(403, 'Refused: the request comes from another site.');
  }
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const expected = `${secure ? 'https' : 'http'}://${req.headers.host ?? ''}`;
    if (origin !== expected)
      throw new HttpError(403, 'Refused: the request comes from another site.');
  }
}
