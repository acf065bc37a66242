import type { GeneratedCatalogue } from '../../data/schemas';
import type { Project, VocabularyItem } from '../../data/schemas';

export interface CatalogueIndex {
  projects: Project[];
  byId: Map<string, Project>;
  themes: Map<string, VocabularyItem>;
  targetGroups: Map<string, VocabularyItem>;
  source: GeneratedCatalogue['source'];
}

export function indexCatalogue(catalogue: GeneratedCatalogue): CatalogueIndex {
  return {
    projects: catalogue.projects,
    byId: new Map(catalogue.projects.map((p) => [p.id, p])),
    themes: new Map(catalogue.themes.map((t) => [t.id, t])),
    targetGroups: new Map(catalogue.targetGroups.map((t) => [t.id, t])),
    source: catalogue.source,
  };
}

/**
 * Where a project is at home in lists and panels: its lead municipality, or, when another
 * organisation owns it (no lead), the one municipality it is in, whose role says how (host or
 * partner). Null for a practice across the region.
 */
export function homeOf(p: Project): string | null {
  if (p.lead) return p.lead;
  const [only, ...more] = p.municipalities;
  return only && more.length === 0 && p.municipalityRoles?.[only] ? only : null;
}

/** Every municipality a project concerns: its lead and its participants, lead first. */
export function municipalitiesOf(p: Project): string[] {
  return p.lead ? [p.lead, ...p.municipalities.filter((c) => c !== p.lead)] : [...p.municipalities];
}

/** Each kommunkod → how many of `projects` (typically the matching ones) it leads or joins. */
export function countByMunicipality(projects: readonly Project[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of projects) {
    for (const code of new Set(municipalitiesOf(p))) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

export interface MunicipalityProjects {
  /** Projects the municipality leads. */
  leads: Project[];
  /** Projects led by another municipality, or owned by another organisation, that it takes part in. */
  partOf: Project[];
  /** Region-wide practices (no lead) that include it. */
  regionWide: Project[];
}

export function projectsOfMunicipality(
  code: string,
  projects: readonly Project[],
): MunicipalityProjects {
  const groups: MunicipalityProjects = { leads: [], partOf: [], regionWide: [] };
  for (const p of projects) {
    if (p.lead === code) groups.leads.push(p);
    else if (!p.municipalities.includes(code)) continue;
    else if (p.lead || p.municipalityRoles?.[code]) groups.partOf.push(p);
    else groups.regionWide.push(p);
  }
  return groups;
}

/** The first sentence of a summary, for one-line cards. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return match ? match[1]! : text.trim();
}
