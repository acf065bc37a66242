import { FOCUS_COUNTY_CODES, PROJECT_KINDS } from '../../data/codes';
import type { Project } from '../../data/schemas';
import { countyOf, type CountyCode } from '../counties';
import { municipalitiesOf } from './catalogue';

/** What the user has selected in the filter panel. An empty selection in a facet means "any". */
export interface ProjectCriteria {
  themes: string[];
  targetGroups: string[];
  county: 'all' | CountyCode;
  kinds: string[];
  /** Leave out the projects that have ended. */
  hideEnded?: boolean;
}

export type Facet = 'themes' | 'targetGroups' | 'kinds' | 'county';

/** Counties the project touches (its lead's and participants'); empty for region-wide. */
function countiesOf(p: Project): Set<string> {
  return new Set(municipalitiesOf(p).map(countyOf));
}

function anyOf(selected: readonly string[], values: readonly string[]): boolean {
  return selected.length === 0 || values.some((v) => selected.includes(v));
}

function matchesCounty(p: Project, county: ProjectCriteria['county']): boolean {
  if (county === 'all') return true;
  const counties = countiesOf(p);
  // A practice described region-wide, without any municipality, belongs to both counties.
  return counties.size === 0 || counties.has(county);
}

/** OR within a facet, AND across facets. */
export function matchesCriteria(p: Project, c: ProjectCriteria): boolean {
  return (
    anyOf(c.themes, p.themes) &&
    anyOf(c.targetGroups, p.targetGroups) &&
    anyOf(c.kinds, [p.kind]) &&
    !(c.hideEnded && p.status === 'completed') &&
    matchesCounty(p, c.county)
  );
}

function withoutFacet(c: ProjectCriteria, facet: Facet): ProjectCriteria {
  return facet === 'county' ? { ...c, county: 'all' } : { ...c, [facet]: [] };
}

/** The facet's choices a project offers: choosing any of them alone would let it through. */
function choicesOf(p: Project, facet: Facet): Iterable<string> {
  switch (facet) {
    case 'themes':
      return p.themes;
    case 'targetGroups':
      return p.targetGroups;
    case 'kinds':
      return [p.kind];
    case 'county': {
      const counties = countiesOf(p);
      // Region-wide counts for both; counties outside the focus (Örnsköldsvik, 22) are no choice.
      return counties.size === 0
        ? FOCUS_COUNTY_CODES
        : FOCUS_COUNTY_CODES.filter((k) => counties.has(k));
    }
  }
}

/**
 * For each choice of `facet`, how many projects would match if that choice alone were selected
 * there while the other facets (and `allowedIds`, e.g. a search result) keep filtering. This is
 * the usual faceted-search count: it does not shrink to the current selection within the facet,
 * so the user sees what each alternative would give.
 *
 * Keys: every value occurring in `projects` (all kinds for 'kinds'; '24' and '25' for 'county'),
 * so a missing key means a choice no project carries; read with `?? 0`.
 */
export function facetCounts(
  projects: Project[],
  c: ProjectCriteria,
  facet: Facet,
  allowedIds?: ReadonlySet<string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const initial: Iterable<string> =
    facet === 'county' ? FOCUS_COUNTY_CODES : facet === 'kinds' ? PROJECT_KINDS : [];
  for (const key of initial) counts.set(key, 0);
  for (const p of projects) {
    for (const key of choicesOf(p, facet)) if (!counts.has(key)) counts.set(key, 0);
  }

  const others = withoutFacet(c, facet);
  for (const p of projects) {
    if (allowedIds && !allowedIds.has(p.id)) continue;
    if (!matchesCriteria(p, others)) continue;
    for (const key of choicesOf(p, facet)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
