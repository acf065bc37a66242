import { KOMMUNKOD_PATTERN, PROJECT_KINDS, SLUG_PATTERN } from '../../data/codes';
import { isCountyCode } from '../../domain/counties';
import { isMetricId } from '../../domain/metrics/registry';
import { cutText } from '../../domain/text';
import { isLanguage } from '../../domain/language';
import { DEFAULT_VIEW, VIEW_MODES, type ViewMode, type ViewState } from '../view-state';
import { isEmbedQuery } from './embed';
import { migrate } from './migrations';
import { PARAM, VERSION_PARAM, type Warn } from './params';

/** Longer lists and texts are no view anyone shared: they are cut, not trusted. */
const MAX_LIST = 50;
const MAX_QUERY = 200;
const MAX_PROJECT_ID = 120;
export const MAX_SEARCH = 20_000;
/** A meeting pack of every municipality of Sweden (290) is the most anyone can mean. */
export const MAX_SHEETS = 300;

const KNOWN = new Set<string>([VERSION_PARAM, ...Object.values(PARAM)]);
const KIND = new RegExp(`^(${PROJECT_KINDS.join('|')})$`);

const isViewMode = (value: string): value is ViewMode =>
  (VIEW_MODES as readonly string[]).includes(value);
const isMetric = (value: string): value is string => isMetricId(value);

/** A test that `value` matches `pattern` (and is at most `max` long). */
const matches =
  (pattern: RegExp, max = Infinity) =>
  (value: string): value is string =>
    pattern.test(value) && value.length <= max;

/** A comma-separated list: the well-formed items, each once; a warning when any was dropped. */
function list(
  raw: string | null,
  pattern: RegExp,
  key: string,
  warn: Warn,
  max = MAX_LIST,
): string[] | undefined {
  if (raw === null) return undefined;
  const items = listItems(raw);
  const good = [...new Set(items.filter((s) => pattern.test(s)))].slice(0, max);
  if (good.length !== items.length) warn(`ignored malformed values in "${key}"`);
  return good;
}

export const listItems = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The view a query string describes, leniently: whatever is unknown or malformed is left at its
 * default with a warning, so that a damaged link still opens the app.
 */
export function parseViewState(
  search: string,
  warn: Warn = (m) => console.warn(`[url] ${m}`),
): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > MAX_SEARCH ? search.slice(0, MAX_SEARCH) : search);
  } catch {
    warn('unreadable query string');
    return { ...DEFAULT_VIEW };
  }
  params = migrate(params, warn);
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) warn(`ignored unknown parameter "${key}"`);
  }
  const state: ViewState = { ...DEFAULT_VIEW };
  /** The value of a one-value parameter if `accept` takes it; a warning if it does not. */
  function one<T extends string>(
    key: keyof ViewState,
    accept: (value: string) => value is T,
  ): T | undefined {
    const value = params.get(PARAM[key]);
    if (value === null) return undefined;
    if (accept(value)) return value;
    warn(`ignored ${key} "${value}"`);
    return undefined;
  }

  state.language = one('language', isLanguage) ?? DEFAULT_VIEW.language;
  state.view = one('view', isViewMode) ?? DEFAULT_VIEW.view;
  // In the meeting pack m= is its list of municipalities; elsewhere the one selected.
  if (state.view === 'sheets') {
    state.sheets =
      list(params.get(PARAM.sheets), KOMMUNKOD_PATTERN, PARAM.sheets, warn, MAX_SHEETS) ?? [];
  } else {
    state.municipality = one('municipality', matches(KOMMUNKOD_PATTERN)) ?? null;
  }
  state.project = one('project', matches(SLUG_PATTERN, MAX_PROJECT_ID)) ?? null;
  state.themes = list(params.get(PARAM.themes), SLUG_PATTERN, PARAM.themes, warn) ?? [];
  state.targetGroups =
    list(params.get(PARAM.targetGroups), SLUG_PATTERN, PARAM.targetGroups, warn) ?? [];
  state.kinds = list(params.get(PARAM.kinds), KIND, PARAM.kinds, warn) ?? [];
  // Not cut to MAX_COMPARE here: unknown codes go first, once the map's data says which they
  // are (sanitiseViewState), so that a bad code never pushes a good one out.
  state.compare = list(params.get(PARAM.compare), KOMMUNKOD_PATTERN, PARAM.compare, warn) ?? [];
  state.county = one('county', isCountyCode) ?? DEFAULT_VIEW.county;
  const query = params.get(PARAM.query);
  state.query = query === null ? DEFAULT_VIEW.query : cutText(query, MAX_QUERY);
  // A fact sheet is of the selected municipality: without one there is nothing to print.
  if (state.view === 'sheet' && !state.municipality) {
    warn('ignored view "sheet" without a municipality');
    state.view = DEFAULT_VIEW.view;
  }
  state.metric = one('metric', isMetric) ?? DEFAULT_VIEW.metric;
  // Whether the measure has the year is known where its years are read (src/features/series).
  state.year = one('year', matches(/^\d{4}$/)) ?? null;
  state.change = one('change', matches(/^\d{4}-(abs|pct)$/)) ?? null;
  state.links = params.get(PARAM.links) === '1';
  state.hideEnded = one('hideEnded', matches(/^hide$/)) === 'hide';
  // By the rule the servers decide framing with (embed.ts), on the query as it came.
  state.embed = isEmbedQuery(search);
  return state;
}
