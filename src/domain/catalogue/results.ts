import { homeOf, municipalitiesOf } from './catalogue';
import { facetIndexOf } from './facet-index';
import type { ProjectCriteria } from './filter';
import type { Project } from '../../data/schemas';
import type { SearchHit } from './search';
import { compareSwedish } from '../intl';

export interface CatalogueQuery extends ProjectCriteria {
  query: string;
}

export interface Results {
  /** Whether any filter or search narrows the catalogue. */
  active: boolean;
  /** The matching projects, in catalogue order (or by search score when searching). */
  projects: Project[];
  ids: ReadonlySet<string>;
  /** The ids the search alone gives (null without a search), for the facet counts. */
  searchIds: ReadonlySet<string> | null;
  /** Matched search terms per project id, for highlighting. */
  terms: Map<string, string[]>;
  /** Matching projects per municipality (lead or participating). */
  countByMunicipality: Map<string, number>;
  /** How many of the matches are region-wide practices (counted in every municipality they name). */
  regionWide: number;
  /** The municipalities of the matches that are not region-wide practices: what the camera frames. */
  placed: ReadonlySet<string>;
}

export function isActive(q: CatalogueQuery): boolean {
  return (
    q.themes.length + q.targetGroups.length + q.kinds.length > 0 ||
    q.county !== 'all' ||
    Boolean(q.hideEnded) ||
    q.query.trim() !== ''
  );
}

/** How many filter choices are on (themes, target groups, kinds, a county, ended hidden); the search apart. */
export function activeFilterCount(q: Omit<CatalogueQuery, 'query'>): number {
  return (
    q.themes.length +
    q.targetGroups.length +
    q.kinds.length +
    (q.county === 'all' ? 0 : 1) +
    (q.hideEnded ? 1 : 0)
  );
}

/**
 * The projects that pass the filters and the search, and what follows from them for the map.
 * The filters run on the catalogue's facet index (built once per catalogue), so that a click
 * costs a few passes over byte masks at 10 000 projects.
 */
export function computeResults(
  projects: readonly Project[],
  q: CatalogueQuery,
  search: (query: string) => SearchHit[],
): Results {
  const index = facetIndexOf(projects);
  const searching = q.query.trim() !== '';
  const hits = searching ? search(q.query) : [];
  const terms = new Map(hits.map((h) => [h.id, h.terms]));
  const searchIds = searching ? new Set(hits.map((h) => h.id)) : null;
  const mask = index.matches(q, searchIds ?? undefined);
  // By search score when searching, else in catalogue order.
  const positions = searching
    ? hits.map((h) => index.positionOf.get(h.id)).filter((i) => i !== undefined)
    : projects.keys();
  const matching: Project[] = [];
  for (const i of positions) if (mask[i]) matching.push(projects[i]!);
  let regionWide = 0;
  const placed = new Set<string>();
  for (const p of matching) {
    if (homeOf(p) === null) regionWide += 1;
    else for (const code of municipalitiesOf(p)) placed.add(code);
  }
  return {
    active: isActive(q),
    projects: matching,
    ids: new Set(matching.map((p) => p.id)),
    searchIds,
    terms,
    countByMunicipality: index.countByMunicipality(mask),
    regionWide,
    placed,
  };
}

export interface LeadGroup {
  /**
   * The kommunkod of the projects' home (homeOf: the lead, or the one municipality of a project
   * another organisation owns); null for the region-wide practices.
   */
  lead: string | null;
  projects: Project[];
}

/** The first `count` projects of `groups`, in their order: the groups cut where the count ends. */
export function firstOfGroups(groups: readonly LeadGroup[], count: number): LeadGroup[] {
  const cut: LeadGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    cut.push(
      left >= group.projects.length ? group : { ...group, projects: group.projects.slice(0, left) },
    );
    left -= group.projects.length;
  }
  return cut;
}

/**
 * Projects grouped by their lead municipality, in their own order within a group; the groups by
 * the municipality's name (Swedish collation), the region-wide practices last.
 */
export function groupByLead(
  projects: readonly Project[],
  nameOf: (code: string) => string,
): LeadGroup[] {
  const groups = new Map<string | null, Project[]>();
  for (const p of projects) {
    const home = homeOf(p);
    const list = groups.get(home);
    if (list) list.push(p);
    else groups.set(home, [p]);
  }
  return [...groups]
    .map(([lead, list]) => ({ lead, projects: list }))
    .sort((a, b) =>
      a.lead === null ? 1 : b.lead === null ? -1 : compareSwedish(nameOf(a.lead), nameOf(b.lead)),
    );
}
