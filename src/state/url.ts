import { DEFAULT_VIEW, type ViewState } from './view-state';

/**
 * The URL is a serialised, versioned view of the state. Version 1 parameters:
 *   v=1  lang=sv|en  m=<kommunkod>  p=<project id>  theme=<id,id>  tg=<id,id>  county=24|25
 *   kind=<kind,kind>  q=<search text>  view=map|list|figures  metric=<metric id>  cmp=<kommunkod,…>
 *   links=1  embed=1
 * Defaults are left out, so the plain address is the default view. Unknown or malformed
 * parameters are ignored with a console warning.
 */
export const URL_VERSION = 1;

const CODE = /^\d{4}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const METRIC = /^[a-z0-9][a-z0-9:_-]{0,80}$/i;
const MAX_LIST = 50;
const MAX_QUERY = 200;
const KNOWN = new Set([
  'v',
  'lang',
  'm',
  'p',
  'theme',
  'tg',
  'county',
  'kind',
  'q',
  'view',
  'metric',
  'cmp',
  'links',
  'embed',
]);

export type Warn = (message: string) => void;

function list(raw: string | null, pattern: RegExp, key: string, warn: Warn): string[] | undefined {
  if (raw === null) return undefined;
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const good = [...new Set(items.filter((s) => pattern.test(s)))].slice(0, MAX_LIST);
  if (good.length !== items.length) warn(`ignored malformed values in "${key}"`);
  return good;
}

/** Old URL versions are migrated to the current one here. Version 0 (no v) is the same as 1. */
function migrate(params: URLSearchParams, warn: Warn): URLSearchParams {
  const version = params.get('v');
  if (version === null || version === '1') return params;
  // Before v=1 the municipality was `kommun=`; kept working for links already sent.
  if (version === '0') {
    const kommun = params.get('kommun');
    if (kommun && !params.has('m')) params.set('m', kommun);
    return params;
  }
  warn(`unknown URL version "${version}", read as version ${URL_VERSION}`);
  return params;
}

export function parseViewState(
  search: string,
  warn: Warn = (m) => console.warn(`[url] ${m}`),
): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 20_000 ? search.slice(0, 20_000) : search);
  } catch {
    warn('unreadable query string');
    return { ...DEFAULT_VIEW };
  }
  params = migrate(params, warn);
  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key) && key !== 'kommun') warn(`ignored unknown parameter "${key}"`);
  }
  const one = (key: string) => params.get(key);
  const state: ViewState = { ...DEFAULT_VIEW };

  const lang = one('lang');
  if (lang === 'sv' || lang === 'en') state.language = lang;
  else if (lang !== null) warn(`ignored language "${lang}"`);

  const m = one('m');
  if (m !== null) {
    if (CODE.test(m)) state.municipality = m;
    else warn(`ignored municipality "${m}"`);
  }
  const p = one('p');
  if (p !== null) {
    if (SLUG.test(p) && p.length <= 120) state.project = p;
    else warn(`ignored project "${p}"`);
  }
  state.themes = list(one('theme'), SLUG, 'theme', warn) ?? [];
  state.targetGroups = list(one('tg'), SLUG, 'tg', warn) ?? [];
  state.kinds = list(one('kind'), /^(project|service|practice|network)$/, 'kind', warn) ?? [];
  state.compare = list(one('cmp'), CODE, 'cmp', warn)?.slice(0, 8) ?? [];

  const county = one('county');
  if (county === '24' || county === '25') state.county = county;
  else if (county !== null) warn(`ignored county "${county}"`);

  const q = one('q');
  if (q !== null) state.query = q.slice(0, MAX_QUERY);

  const view = one('view');
  if (view === 'map' || view === 'list' || view === 'figures') state.view = view;
  else if (view !== null) warn(`ignored view "${view}"`);

  const metric = one('metric');
  if (metric !== null) {
    if (METRIC.test(metric)) state.metric = metric;
    else warn(`ignored metric "${metric}"`);
  }
  state.links = one('links') === '1';
  state.embed = one('embed') === '1';
  return state;
}

/** The query string for a view, with defaults left out; '' for the default view. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (state.language !== d.language) params.set('lang', state.language);
  if (state.municipality) params.set('m', state.municipality);
  if (state.project) params.set('p', state.project);
  if (state.themes.length) params.set('theme', state.themes.join(','));
  if (state.targetGroups.length) params.set('tg', state.targetGroups.join(','));
  if (state.county !== d.county) params.set('county', state.county);
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.query) params.set('q', state.query);
  if (state.view !== d.view) params.set('view', state.view);
  if (state.metric !== d.metric) params.set('metric', state.metric);
  if (state.compare.length) params.set('cmp', state.compare.join(','));
  if (state.links) params.set('links', '1');
  if (state.embed) params.set('embed', '1');
  if ([...params.keys()].length === 0) return '';
  return `?v=${URL_VERSION}&${params.toString()}`;
}

export function pickViewState(s: ViewState): ViewState {
  const out = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]) out[key] = s[key];
  return out as unknown as ViewState;
}
