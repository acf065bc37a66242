/**
 * Whether the page runs in a frame of another origin. A host that sends no headers (any static
 * host: a meta tag cannot carry frame-ancestors) lets every site frame every view; then the app
 * itself shows only the embed view there (history.ts), never the full app with the import and
 * removal of the user's own data, which a framing site could trick a click into.
 *
 * Safe to ask anywhere: reading another origin's location throws, which is taken as an answer.
 */
export function framedByAnotherOrigin(win: Window): boolean {
  try {
    if (win.top === win.self) return false;
    // Chromium and Safari list the origin of every ancestor, even across origins.
    const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
    if (ancestors && ancestors.length > 0) {
      return Array.from(ancestors).some((origin) => origin !== win.location.origin);
    }
    // Elsewhere, each parent in turn: its origin is readable only when it is this one.
    for (let w: Window = win; w !== w.parent; w = w.parent) {
      if (w.parent.location.origin !== win.location.origin) return true;
    }
    return false;
  } catch {
    return true;
  }
}
