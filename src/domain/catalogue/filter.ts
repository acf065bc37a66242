import { ProjectKindSchema, type Project } from '../../data/schemas';

/** What the user has selected in the filter panel. An empty selection in a facet means "any". */
export interface ProjectCriteria {
  themes: string[];
  targetGroups: string[];
  county: 'all' | '24' | '25';
  kinds: string[];
}

export type Facet = 'themes' | 'targetGroups' | 'kinds' | 'county';

const COUNTIES = ['24', '25'] as const;

/** Lead and participants, each once (the lead is normally also listed, but not by force). */
function codesOf(p: Project): Set<string> {
  const codes = new Set(p.municipalities);
  if (p.lead !== null) codes.add(p.lead);
  return codes;
}

/** Counties (first two digits of the kommunkod) the project touches; empty for region-wide. */
function countiesOf(p: Project): Set<string> {
  return new Set([...codesOf(p)].map((code) => code.slice(0, 2)));
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
      return counties.size === 0 ? COUNTIES : COUNTIES.filter((k) => counties.has(k));
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
    facet === 'county' ? COUNTIES : facet === 'kinds' ? ProjectKindSchema.options : [];
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

/**
 * Each municipality code → the projects it leads or takes part in, in catalogue order.
 * Region-wide projects (no municipality) appear under no code.
 */
export function projectsByMunicipality(projects: Project[]): Map<string, Project[]> {
  const byCode = new Map<string, Project[]>();
  for (const p of projects) {
    for (const code of codesOf(p)) {
      const list = byCode.get(code);
      if (list) list.push(p);
      else byCode.set(code, [p]);
    }
  }
  return byCode;
}

/** Each municipality code → how many of `projects` (typically the filtered ones) it is part of. */
export function matchCountByMunicipality(projects: Project[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of projects) {
    for (const code of codesOf(p)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
