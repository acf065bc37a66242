/**
 * The one rule for the embed view (`embed=1`), the only view other sites may put in a frame. The
 * app (parse.ts), `npm start` (server/headers.ts), the service worker's offline answer
 * (server/navigation.ts) and nginx (deploy/nginx.conf, a map made from EMBED_QUERY_PATTERN) all
 * decide by it, so that what may be framed is exactly what shows as an embed: a spelling one of
 * them read differently (`EMBED=1`, `%65mbed=1`, `embed=1&embed=0`) would frame the full app.
 *
 * The rule is how the app reads every parameter (URLSearchParams.get): the first parameter whose
 * name, percent-decoded, is exactly "embed", has the value "1", percent-decoded. Written as a
 * regular expression over the raw query (without "?"), so that nginx can apply the same one.
 */

/** A character as a query may spell it: itself or percent-encoded (hex digits in either case). */
function spellings(text: string): string {
  return [...text]
    .map((c) => {
      const hex = [...c.charCodeAt(0).toString(16)]
        .map((h) => (/[a-f]/.test(h) ? `[${h}${h.toUpperCase()}]` : h))
        .join('');
      return `(?:${c}|%${hex})`;
    })
    .join('');
}

const NAME = spellings('embed');
const VALUE = spellings('1');

/**
 * Matches a raw query string (no leading "?") that asks for the embed view: every parameter
 * before it is named otherwise, then `embed=1` ends at "&" or the end. Only the letters and digit
 * of "embed" and "1" need their encoded forms: nothing else decodes to them.
 */
export const EMBED_QUERY_PATTERN = `^(?:(?!${NAME}(?:[=&]|$))[^&]*&)*${NAME}=${VALUE}(?:&|$)`;

const EMBED_QUERY = new RegExp(EMBED_QUERY_PATTERN);

/** True when a query string ("?embed=1&m=2584", with or without "?") asks for the embed view. */
export function isEmbedQuery(search: string): boolean {
  return EMBED_QUERY.test(search.startsWith('?') ? search.slice(1) : search);
}
