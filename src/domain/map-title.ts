/** What a map shows, as the parts its title is made of (the words already in the language). */
export interface MapTitleParts {
  /** The measure's name: "Projekt per 10 000 invånare", "Folkmängd". */
  measure: string;
  /** The year shown of a measure over time ("2019"), or null when the name says it or it has none. */
  year?: string | null;
  /** The labels of the active filters, in the order of the filter bar: "Transport", "Idrott". */
  filters: readonly string[];
  /** The search typed, if any ("" or blank: none). */
  query?: string;
}

/** How the search is written in the title, in the interface's language: `sökning ”{query}”`. */
export type SearchWords = (query: string) => string;

/** A title longer than this is cut with an ellipsis (a search can be 200 characters). */
export const MAP_TITLE_MAX = 160;

/**
 * The title of a map, one line: the measure and its year, then what narrows it,
 * "Projekt per 10 000 invånare · Transport, Idrott" or "Folkmängd 2019 · sökning ”språk”".
 * Blank parts are left out; white space is collapsed, so no label can break the line.
 */
export function mapTitle(parts: MapTitleParts, search: SearchWords): string {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const measure = clean([parts.measure, parts.year ?? ''].join(' '));
  const query = clean(parts.query ?? '');
  const narrowing = [
    parts.filters.map(clean).filter(Boolean).join(', '),
    query ? search(query) : '',
  ].filter(Boolean);
  const title = [measure, ...narrowing].filter(Boolean).join(' · ');
  return title.length > MAP_TITLE_MAX ? `${title.slice(0, MAP_TITLE_MAX - 1).trimEnd()}…` : title;
}
