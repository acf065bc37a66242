import { countByMunicipality, municipalitiesOf } from './catalogue/catalogue';
import type { Contact, Project } from '../data/schemas';
import { per10kInhabitants } from './figures';
import { FIGURE_DIGITS, type FigureWithDigits } from './metrics/digits';
import { densityPerKm2, type Municipality } from './municipality';
import { compareSwedish } from './intl';

/**
 * Comparing a municipality with its neighbours. The set is a list of kommunkoder, the first being
 * the base municipality: the one whose gaps the neighbours' projects may fill. The list is what the
 * URL holds (cmp=), so every function here takes and returns plain codes.
 */

/** A table with more columns than this is unreadable on a laptop, and the URL keeps at most 8. */
export const MAX_COMPARE = 8;

export interface ComparisonMember {
  municipality: Municipality;
  isBase: boolean;
  /** Borders the base municipality. */
  neighbour: boolean;
  /** Outside Norrbotten and Västerbotten: drawn as context, not covered by the report. */
  outside: boolean;
}

export interface ComparisonProposal {
  /** The base first, then its neighbours by name. */
  codes: string[];
  /** Neighbours left out because the set is full, so the view can offer them. */
  omitted: string[];
}

const byName = (a: Municipality, b: Municipality) => compareSwedish(a.name, b.name);

/**
 * The base and all its neighbours, neighbours outside the two counties included. When they are
 * more than the set holds (Lycksele and Arvidsjaur have eight each), the counties' own
 * municipalities are kept before the context ones, then by name.
 */
export function comparisonSet(
  base: Municipality,
  byCode: ReadonlyMap<string, Municipality>,
): ComparisonProposal {
  const neighbours = base.neighbours
    .map((code) => byCode.get(code))
    .filter((m): m is Municipality => Boolean(m) && m!.code !== base.code);
  const ranked = [...neighbours].sort((a, b) => Number(b.focus) - Number(a.focus) || byName(a, b));
  const kept = ranked.slice(0, MAX_COMPARE - 1).sort(byName);
  return {
    codes: [base.code, ...kept.map((m) => m.code)],
    omitted: ranked.slice(MAX_COMPARE - 1).map((m) => m.code),
  };
}

/** Adds a municipality at the end; unchanged when it is already there or the set is full. */
export function addToSet(codes: readonly string[], code: string): string[] {
  if (codes.includes(code) || codes.length >= MAX_COMPARE) return [...codes];
  return [...codes, code];
}

/**
 * Removes a municipality. The base stays: the comparison is about it, and removing it would
 * silently make another municipality the base. Closing the comparison is the way to drop it.
 */
export function removeFromSet(codes: readonly string[], code: string): string[] {
  if (codes[0] === code) return [...codes];
  return codes.filter((c) => c !== code);
}

/**
 * The members of a set as read from the URL: unknown and repeated codes are dropped, at most
 * MAX_COMPARE are kept, and each is flagged relative to the base (the first known code).
 */
export function membersOf(
  codes: readonly string[],
  byCode: ReadonlyMap<string, Municipality>,
): ComparisonMember[] {
  const known = [...new Set(codes)]
    .map((code) => byCode.get(code))
    .filter((m): m is Municipality => Boolean(m))
    .slice(0, MAX_COMPARE);
  const base = known[0];
  return known.map((m) => ({
    municipality: m,
    isBase: m === base,
    neighbour: Boolean(base && m !== base && base.neighbours.includes(m.code)),
    outside: !m.focus,
  }));
}

/** The municipalities that can still be added: everything known that is not in the set. */
export function candidatesFor(
  codes: readonly string[],
  municipalities: readonly Municipality[],
): Municipality[] {
  const inSet = new Set(codes);
  return municipalities.filter((m) => !inSet.has(m.code));
}

// ---------------------------------------------------------------------------------------------
// Projects

export type ProjectRole = 'lead' | 'participant';

export interface ProjectMark {
  project: Project;
  /** Participant also for region-wide practices, which have no lead. */
  role: ProjectRole;
}

export interface ThemeRow {
  theme: string;
  /** Per kommunkod of the set, its projects on the theme (lead or participating). */
  cells: Map<string, ProjectMark[]>;
  /** How many members of the set have at least one project on the theme. */
  municipalities: number;
}

function roleOf(project: Project, code: string): ProjectRole | null {
  if (project.lead === code) return 'lead';
  return project.municipalities.includes(code) ? 'participant' : null;
}

/**
 * For each theme (in the order given, normally the vocabulary's), the projects of each
 * municipality of the set on that theme. Themes nobody in the set works on are kept: a gap the
 * whole neighbourhood shares is worth seeing too.
 */
export function themeMatrix(
  codes: readonly string[],
  projects: readonly Project[],
  themes: readonly string[],
): ThemeRow[] {
  return themes.map((theme) => {
    const cells = new Map<string, ProjectMark[]>(codes.map((c) => [c, []]));
    for (const project of projects) {
      if (!project.themes.includes(theme)) continue;
      for (const code of codes) {
        const role = roleOf(project, code);
        if (role) cells.get(code)!.push({ project, role });
      }
    }
    const municipalities = [...cells.values()].filter((marks) => marks.length > 0).length;
    return { theme, cells, municipalities };
  });
}

export interface IdeaProject {
  project: Project;
  /** The other members of the set the project concerns, in set order. */
  municipalities: string[];
  /**
   * The other themes of the project that are ideas for the base too: the project is listed once,
   * under the idea that comes first, and names these.
   */
  alsoThemes: string[];
}

export interface Idea {
  theme: string;
  /** The other members that work on the theme, in set order. */
  municipalities: string[];
  projects: IdeaProject[];
}

const contactKey = (c: Contact) => `${c.name}|${c.email ?? ''}|${c.phone ?? ''}`;

/** The people the report names on the projects a municipality leads, each once. */
export function contactsOfMunicipality(code: string, projects: readonly Project[]): Contact[] {
  const seen = new Map<string, Contact>();
  for (const p of projects) {
    if (p.lead !== code) continue;
    for (const c of p.contacts) if (!seen.has(contactKey(c))) seen.set(contactKey(c), c);
  }
  return [...seen.values()];
}

/**
 * What the neighbours do that the base does not: every theme at least one of the others has a
 * project on and the base has none on. The themes most neighbours work on come first, then in the
 * order given. Each project is listed once, under the first of its themes in that order (naming
 * its other themes there); a theme whose projects are all listed above is left out.
 */
export function ideasFromNeighbours(
  base: string,
  others: readonly string[],
  projects: readonly Project[],
  themes: readonly string[],
): Idea[] {
  const rest = others.filter((c) => c !== base);
  const baseThemes = new Set(
    projects.filter((p) => roleOf(p, base) !== null).flatMap((p) => p.themes),
  );
  const candidates: Idea[] = [];
  for (const theme of themes) {
    if (baseThemes.has(theme)) continue;
    const ideaProjects: IdeaProject[] = [];
    for (const project of projects) {
      if (!project.themes.includes(theme)) continue;
      const members = rest.filter((code) => roleOf(project, code) !== null);
      if (members.length > 0)
        ideaProjects.push({ project, municipalities: members, alsoThemes: [] });
    }
    if (ideaProjects.length === 0) continue;
    const working = new Set(ideaProjects.flatMap((p) => p.municipalities));
    candidates.push({
      theme,
      municipalities: rest.filter((c) => working.has(c)),
      projects: ideaProjects,
    });
  }
  const order = new Map(themes.map((t, i) => [t, i]));
  candidates.sort(
    (a, b) =>
      b.municipalities.length - a.municipalities.length ||
      order.get(a.theme)! - order.get(b.theme)!,
  );
  const ideaThemes = candidates.map((i) => i.theme);
  const listed = new Set<string>();
  const ideas: Idea[] = [];
  for (const idea of candidates) {
    const fresh = idea.projects
      .filter((p) => !listed.has(p.project.id))
      .map((p) => ({
        ...p,
        alsoThemes: ideaThemes.filter((t) => t !== idea.theme && p.project.themes.includes(t)),
      }));
    for (const p of fresh) listed.add(p.project.id);
    if (fresh.length > 0) ideas.push({ ...idea, projects: fresh });
  }
  return ideas;
}

export interface SharedProject {
  project: Project;
  /** The members of the set it links, in set order (at least two). */
  municipalities: string[];
}

/** Projects that already link two or more members of the set: cooperation there is to build on. */
export function sharedProjects(
  codes: readonly string[],
  projects: readonly Project[],
): SharedProject[] {
  const shared: SharedProject[] = [];
  for (const project of projects) {
    const members = new Set(municipalitiesOf(project));
    const inSet = codes.filter((c) => members.has(c));
    if (inSet.length >= 2) shared.push({ project, municipalities: inSet });
  }
  return shared.sort((a, b) => b.municipalities.length - a.municipalities.length);
}

// ---------------------------------------------------------------------------------------------
// Figures

export type FigureKey =
  | 'county'
  | 'population'
  | 'areaLand'
  | 'density'
  | 'projects'
  | 'projectsMatching'
  | 'projectsPer10k';

export type Extreme = 'highest' | 'lowest';

export interface FigureCell {
  code: string;
  /** Null: no figure. Never counted as the lowest. */
  value: number | null;
  /** For rows of text (the county). */
  text?: string;
  extreme: Extreme | null;
  /** Why a project count is missing: the report covers only the two counties. */
  notCovered?: boolean;
}

export interface FigureRow {
  key: FigureKey;
  /** Fraction digits to show. */
  digits: number;
  cells: FigureCell[];
}

/**
 * Marks the highest and the lowest of a row. Missing values take no part; a row needs two
 * different values to have extremes, and ties share the mark.
 */
export function markExtremes(values: readonly (number | null)[]): (Extreme | null)[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length < 2) return values.map(() => null);
  const max = Math.max(...present);
  const min = Math.min(...present);
  if (max === min) return values.map(() => null);
  return values.map((v) =>
    v === null ? null : v === max ? 'highest' : v === min ? 'lowest' : null,
  );
}

function numericRow(
  key: FigureKey & FigureWithDigits,
  members: readonly Municipality[],
  valueOf: (m: Municipality) => number | null,
): FigureRow {
  const values = members.map(valueOf);
  const extremes = markExtremes(values);
  return {
    key,
    // The figure's one precision, as the panel, the legend and the fact sheet write it.
    digits: FIGURE_DIGITS[key],
    cells: members.map((m, i) => ({
      code: m.code,
      value: values[i]!,
      extreme: extremes[i]!,
      ...(values[i] === null && !m.focus && key.startsWith('projects') ? { notCovered: true } : {}),
    })),
  };
}

/**
 * The figures side by side: county, population, land area, density, number of projects (all and,
 * when filters are active, those matching), projects per 10 000 inhabitants. The report covers
 * only the two counties, so a municipality outside them has no project count rather than zero.
 */
export function figureRows(
  members: readonly Municipality[],
  projects: readonly Project[],
  matching: ReadonlySet<string> | null,
): FigureRow[] {
  const counts = countByMunicipality(projects);
  const matchingCounts = countByMunicipality(
    matching ? projects.filter((p) => matching.has(p.id)) : [],
  );
  const covered = (m: Municipality, n: Map<string, number>) =>
    m.focus ? (n.get(m.code) ?? 0) : null;
  const rows: FigureRow[] = [
    {
      key: 'county',
      digits: 0,
      cells: members.map((m) => ({ code: m.code, value: null, text: m.countyName, extreme: null })),
    },
    numericRow('population', members, (m) => m.population),
    numericRow('areaLand', members, (m) => (m.areaLandKm2 > 0 ? m.areaLandKm2 : null)),
    numericRow('density', members, (m) => densityPerKm2(m)),
    numericRow('projects', members, (m) => covered(m, counts)),
  ];
  if (matching)
    rows.push(numericRow('projectsMatching', members, (m) => covered(m, matchingCounts)));
  rows.push(
    numericRow('projectsPer10k', members, (m) => {
      const count = covered(m, counts);
      return count === null ? null : per10kInhabitants(count, m.population);
    }),
  );
  return rows;
}
