/** The sizes an embedded map is offered in: fixed ones, and the full width of the host's column. */
export const EMBED_SIZES = [
  { id: '600x450', width: 600, height: 450 },
  { id: '800x600', width: 800, height: 600 },
  { id: 'full', width: null, height: 600 },
] as const;

export type EmbedSize = (typeof EMBED_SIZES)[number];
export type EmbedSizeId = EmbedSize['id'];

/** Text for a double-quoted HTML attribute: &, ", ', < and > as character references. */
export function escapeAttribute(text: string): string {
  return text.replace(
    /[&"'<>]/g,
    (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!,
  );
}

/**
 * The iframe a site pastes to show the map: its title for screen readers, a fixed size that
 * shrinks with a narrow column (or the full width), no border, loaded when scrolled near. The
 * sandbox lets the map run its scripts and read its own data (same origin) and lets the link
 * back open the full view in a new tab; the referrer says only the host site's origin.
 */
export function embedCode(url: string, title: string, size: EmbedSize): string {
  const box =
    size.width === null
      ? `width="100%" height="${size.height}" style="border:0;width:100%"`
      : `width="${size.width}" height="${size.height}" style="border:0;max-width:100%"`;
  return (
    `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" ${box} ` +
    'loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ' +
    'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>'
  );
}
