import { MAX_COMPARE } from '../domain/compare';
import {
  DEFAULT_METRIC,
  missingImportedMetric,
  type ImportedMetric,
} from '../domain/metrics/registry';
import { DEFAULT_VIEW, type ViewState } from './view-state';

/**
 * The ids the loaded data defines, each vocabulary once its file has arrived (undefined until
 * then: an id is only dropped when the data that would define it is there to say it does not).
 */
export interface KnownIds {
  /** Every kommunkod of the map (focus and context), from municipalities.geojson. */
  municipalities?: ReadonlySet<string>;
  /** Project ids of the catalogue. */
  projects?: ReadonlySet<string>;
  themes?: ReadonlySet<string>;
  targetGroups?: ReadonlySet<string>;
  /** The user's own metrics in this browser. */
  importedMetrics?: readonly Pick<ImportedMetric, 'id' | 'seriesRecord'>[];
}

/** An id the view asked for that the data does not know. */
export interface DroppedId {
  field: keyof ViewState;
  value: string;
}

export interface SanitisedView {
  /** The view without unknown ids; the very object given when nothing was dropped. */
  state: ViewState;
  dropped: DroppedId[];
  /** The name of an imported metric the view asked for that this browser does not have. */
  missingImport: string | null;
}

/**
 * The view state with every id the loaded data does not define dropped: an unknown municipality,
 * project, theme, target group or comparison member, an imported metric this browser does not
 * have. The URL codec only checks the form of an id (it cannot know the catalogue); this is where
 * a view keeps its promise, e.g. `?theme=nonexistent` is no filter rather than a filter that
 * matches nothing. The comparison drops unknown codes first, then keeps at most MAX_COMPARE.
 */
export function sanitiseViewState(state: ViewState, known: KnownIds): SanitisedView {
  const dropped: DroppedId[] = [];
  const next: ViewState = { ...state };

  const one = (field: 'municipality' | 'project', ids: ReadonlySet<string> | undefined) => {
    const value = state[field];
    if (ids && value !== null && !ids.has(value)) {
      dropped.push({ field, value });
      next[field] = null;
    }
  };
  const list = (
    field: 'themes' | 'targetGroups' | 'compare' | 'sheets',
    ids: ReadonlySet<string> | undefined,
    max = Infinity,
  ) => {
    if (!ids) return;
    const kept = state[field].filter((id) => ids.has(id));
    for (const id of state[field]) if (!ids.has(id)) dropped.push({ field, value: id });
    for (const id of kept.slice(max)) dropped.push({ field, value: id });
    if (kept.length !== state[field].length || kept.length > max) next[field] = kept.slice(0, max);
  };

  one('municipality', known.municipalities);
  // A fact sheet is of the selected municipality: without one it is the map, as parse.ts reads
  // view=sheet without m (so the next pick shows the map, not that municipality's sheet).
  if (next.view === 'sheet' && next.municipality === null) next.view = DEFAULT_VIEW.view;
  one('project', known.projects);
  list('themes', known.themes);
  list('targetGroups', known.targetGroups);
  list('compare', known.municipalities, MAX_COMPARE);
  // The meeting pack: a municipality in view=sheets is none (m= is the pack's list there), and
  // the list is of no other view.
  if (next.view === 'sheets') {
    if (next.municipality !== null) {
      dropped.push({ field: 'municipality', value: next.municipality });
      next.municipality = null;
    }
    list('sheets', known.municipalities);
  } else if (next.sheets.length > 0) {
    for (const value of next.sheets) dropped.push({ field: 'sheets', value });
    next.sheets = [];
  }

  const missingImport = known.importedMetrics
    ? missingImportedMetric(state.metric, known.importedMetrics)
    : null;
  if (missingImport !== null) {
    dropped.push({ field: 'metric', value: state.metric });
    next.metric = DEFAULT_METRIC;
  }

  // A year or a change is only of a measure over several years (which of its years is read with
  // them, in src/features/series).
  const years = (
    known.importedMetrics?.find((m) => m.id === next.metric)?.seriesRecord as
      { years?: unknown[] } | undefined
  )?.years;
  for (const field of ['year', 'change'] as const) {
    const value = next[field];
    if (known.importedMetrics && value !== null && !(years && years.length > 1)) {
      dropped.push({ field, value });
      next[field] = null;
    }
  }

  return { state: dropped.length > 0 ? next : state, dropped, missingImport };
}
