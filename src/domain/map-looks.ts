import type { Project } from '../data/schemas';
import { municipalitiesOf } from './catalogue/catalogue';
import { cooperationLinks, linkFeatures, type CooperationLink } from './catalogue/links';
import type { Results } from './catalogue/results';
import { metricTip, type MetricTip } from './metrics/metric-text';
import type { ResolvedMetric } from './metrics/registry';
import type { Municipalities, Municipality } from './municipality';

/**
 * How the map draws the view state, as data (the map applies it as feature-state): each
 * municipality's colour for the metric, hatched where it has no figure, dimmed without a match for
 * the filters; the cooperation links; and what stands out.
 */

/** What the map shows of a municipality for the current metric and filters. */
export interface MunicipalityLook {
  fill?: string;
  /** Hatched: a municipality of the focus without a figure for the metric ("no data", not zero). */
  noData: boolean;
  /** No project of it matches the filters. */
  dimmed: boolean;
  /**
   * Only region-wide practices match here while other matches name municipalities: the camera
   * frames those, not the whole region (a search for a municipality's name).
   */
  regionWideOnly?: boolean;
  /** What hover and keyboard focus say: the name and the value with its unit. */
  tip?: MetricTip;
}

/** The words a tip is written in, in the current language. */
export interface TipWords {
  unit: string;
  /** The unit after one ("1 project") and the plural rules that say when a value is one. */
  unitOne?: string;
  plural?: (count: number) => 'one' | 'other';
  noData: string;
  n: (value: number, digits?: number) => string;
}

/**
 * Each municipality's look. Only a municipality of the focus can lack a figure or carry a value
 * in its tip (the context municipalities are named only); only a filter can dim.
 */
export function municipalityLooks(
  municipalities: readonly Municipality[],
  metric: ResolvedMetric | null,
  results:
    (Pick<Results, 'active' | 'countByMunicipality'> & Partial<Pick<Results, 'placed'>>) | null,
  words: TipWords,
): Map<string, MunicipalityLook> {
  const matching = results?.active ? results.countByMunicipality : null;
  const placed = matching && results?.placed?.size ? results.placed : null;
  return new Map(
    municipalities.map((m) => {
      const colour = metric?.view.colourOf(m.code) ?? null;
      const look: MunicipalityLook = {
        fill: colour ?? undefined,
        noData: Boolean(metric && m.focus && colour === null),
        dimmed: matching !== null && (matching.get(m.code) ?? 0) === 0,
        ...(placed && !placed.has(m.code) ? { regionWideOnly: true } : {}),
        tip: metric && m.focus ? metricTip(metric, m, words, words.n) : undefined,
      };
      return [m.code, look];
    }),
  );
}

/** The cooperation links between the municipalities of the map, and their lines. */
export function cooperationLinesOf(
  projects: readonly Project[],
  municipalities: Municipalities,
): { links: CooperationLink[]; lines: GeoJSON.FeatureCollection<GeoJSON.LineString> } {
  const { byCode } = municipalities;
  const links = cooperationLinks(projects, new Set(byCode.keys()));
  const lines = linkFeatures(links, (code) => {
    const m = byCode.get(code);
    return m ? [m.labelLon, m.labelLat] : undefined;
  });
  return { links, lines };
}

/** What the map shows of a link: the open project's stand out, those without a match dim. */
export interface LinkLook {
  highlighted: boolean;
  dimmed: boolean;
}

export function linkLooks(
  links: readonly CooperationLink[],
  openProject: string | null,
  results: Pick<Results, 'active' | 'ids'> | null,
): Map<number, LinkLook> {
  return new Map(
    links.map((l) => [
      l.id,
      {
        highlighted: l.project === openProject,
        dimmed: results?.active ? !results.ids.has(l.project) : false,
      },
    ]),
  );
}

/** What stands out on the map: the open project's municipalities, else the comparison set. */
export function highlightedOf(project: Project | undefined, compare: string[]): string[] {
  return project ? municipalitiesOf(project) : compare;
}

/** The links show when the layer is on, and for an open project shared by several municipalities. */
export function linksVisible(layerOn: boolean, project: Project | undefined): boolean {
  return layerOn || Boolean(project && municipalitiesOf(project).length > 1);
}
