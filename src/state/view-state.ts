import type { CountyCode } from '../domain/counties';
import { DEFAULT_METRIC } from '../domain/metrics/registry';
import { DEFAULT_LANGUAGE, type Language } from '../domain/language';

export type CountyFilter = 'all' | CountyCode;

/** What the main area shows, in the order the view switch offers them. */
export const SWITCHED_VIEWS = ['map', 'list', 'figures'] as const;
/**
 * Every view a link can open: those of the switch, and the printable fact sheet (kommunblad) of
 * the selected municipality, which replaces the whole layout and is reached from the panel, and
 * the meeting pack (`sheets`): the fact sheets of several municipalities printed in one go.
 */
export const VIEW_MODES = [...SWITCHED_VIEWS, 'sheet', 'sheets'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/**
 * Everything a shared link reproduces. The camera is not in here: it follows from the selection
 * (a selected municipality is framed, otherwise the region).
 */
export interface ViewState {
  municipality: string | null;
  project: string | null;
  themes: string[];
  targetGroups: string[];
  county: CountyFilter;
  kinds: string[];
  query: string;
  view: ViewMode;
  language: Language;
  metric: string;
  /**
   * The year of a measure over time the map shows ("2019"); null: its latest. Read as the view of
   * the years loads (src/features/series): a year the measure lacks is its nearest.
   */
  year: string | null;
  /**
   * The change since a year to the year shown, instead of the values: "2016-abs" in the
   * measure's unit, "2016-pct" in per cent; null: the values.
   */
  change: string | null;
  compare: string[];
  /**
   * The municipalities of a meeting pack (view=sheets), in the order asked; empty: those of the
   * county filter, or all the report covers. Written as the m= list in that view only.
   */
  sheets: string[];
  /** Cooperation links between municipalities that share a project. */
  links: boolean;
  /** Projects that have ended left out of the map and lists (by default shown, marked ended). */
  hideEnded: boolean;
  embed: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  municipality: null,
  project: null,
  themes: [],
  targetGroups: [],
  county: 'all',
  kinds: [],
  query: '',
  view: 'map',
  language: DEFAULT_LANGUAGE,
  metric: DEFAULT_METRIC,
  year: null,
  change: null,
  compare: [],
  sheets: [],
  links: false,
  hideEnded: false,
  embed: false,
};
