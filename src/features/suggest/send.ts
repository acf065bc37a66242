/**
 * Sending a suggestion to the suggestions API (POST /api/suggestions, docs/living-catalogue.md)
 * and reading what came back. Where suggestions go: the address in
 * `<meta name="suggestions-url">` of index.html or the build setting VITE_SUGGESTIONS_URL (a site
 * that runs the server, for an app on a static host), else this site's own /api/suggestions.
 */

export type SendOutcome =
  | { kind: 'sent'; id: string; reference: string }
  /** 400: the problems by field, as the server names them. */
  | { kind: 'invalid'; error: string; fields: Record<string, string> }
  /** No network, a network error, or the store is away (503): queue it and send it later. */
  | { kind: 'offline' }
  /** No suggestions API here (a static host): 404, 405, or an answer that is not the API's. */
  | { kind: 'no-server' }
  /** Refused for another reason (413 too large, 429 too many, …), with the server's message. */
  | { kind: 'refused'; status: number; error: string };

/** The address suggestions are sent to, and whether it is another site's (configured). */
export function suggestionsEndpoint(doc: Document = document): {
  url: string;
  configured: boolean;
} {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="suggestions-url"]')?.content.trim();
  const configured = meta || (import.meta.env.VITE_SUGGESTIONS_URL as string | undefined)?.trim();
  if (configured) {
    try {
      const url = new URL(configured, doc.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        return { url: url.href, configured: url.origin !== new URL(doc.baseURI).origin };
      }
    } catch {
      // A broken setting: this site's own API.
    }
  }
  return {
    url: new URL(`${import.meta.env.BASE_URL}api/suggestions`, doc.baseURI).href,
    configured: false,
  };
}

/** The status address beside a suggestions address (…/api/status). */
export const statusUrlOf = (endpoint: string) => new URL('status', endpoint).href;

async function jsonOf(response: Response): Promise<Record<string, unknown> | null> {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return null;
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Sends one suggestion; never throws. */
export async function sendSuggestion(
  suggestion: unknown,
  endpoint: string,
  fetchImpl: typeof fetch = fetch,
  online: boolean = typeof navigator === 'undefined' ? true : navigator.onLine,
): Promise<SendOutcome> {
  if (!online) return { kind: 'offline' };
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(suggestion),
      credentials: 'omit',
      mode: 'cors',
    });
  } catch {
    return { kind: 'offline' };
  }
  const body = await jsonOf(response);
  const error = typeof body?.error === 'string' ? body.error : '';
  if (response.status === 201 && typeof body?.reference === 'string') {
    return { kind: 'sent', id: String(body.id), reference: body.reference };
  }
  if (response.status === 503) return { kind: 'offline' };
  if (response.status === 400 && body) {
    const fields: Record<string, string> = {};
    if (body.fields && typeof body.fields === 'object') {
      for (const [key, value] of Object.entries(body.fields)) {
        if (typeof value === 'string') fields[key] = value;
      }
    }
    return { kind: 'invalid', error, fields };
  }
  // A static host answers 404 or 405 (or its index page, not JSON) where the API would be.
  if (response.status === 404 || response.status === 405 || !body) return { kind: 'no-server' };
  return { kind: 'refused', status: response.status, error };
}

/** Whether the site has the suggestions API: false when /api/status is missing (a static host). */
export async function hasSuggestionsApi(
  endpoint: string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean | null> {
  try {
    const response = await fetchImpl(statusUrlOf(endpoint), {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
    if (response.status === 404 || response.status === 405) return false;
    // 200 or 503 from the API is JSON; a static host's fallback page is not.
    return /json/.test(response.headers.get('content-type') ?? '') ? true : false;
  } catch {
    // Offline: we do not know.
    return null;
  }
}
