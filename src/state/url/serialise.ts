import { DEFAULT_VIEW, type ViewState } from '../view-state';
import { PARAM, URL_VERSION, VERSION_PARAM } from './params';

/** The view-state fields of a store that holds more (its actions). */
export function pickViewState(s: ViewState): ViewState {
  const out = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]) out[key] = s[key];
  return out as unknown as ViewState;
}

/** The query string for a view, with defaults left out; '' for the default view. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const d = DEFAULT_VIEW;
  const set = (key: keyof ViewState, value: string, when: boolean) => {
    if (when) params.set(PARAM[key], value);
  };
  set('language', state.language, state.language !== d.language);
  set('municipality', state.municipality ?? '', Boolean(state.municipality));
  set('project', state.project ?? '', Boolean(state.project));
  set('themes', state.themes.join(','), state.themes.length > 0);
  set('targetGroups', state.targetGroups.join(','), state.targetGroups.length > 0);
  set('county', state.county, state.county !== d.county);
  set('kinds', state.kinds.join(','), state.kinds.length > 0);
  set('query', state.query, Boolean(state.query));
  set('view', state.view, state.view !== d.view);
  set('metric', state.metric, state.metric !== d.metric);
  set('year', state.year ?? '', state.year !== null);
  set('change', state.change ?? '', state.change !== null);
  set('compare', state.compare.join(','), state.compare.length > 0);
  // m= is the pack's list in view=sheets (a view without a selected municipality).
  set('sheets', state.sheets.join(','), state.view === 'sheets' && state.sheets.length > 0);
  set('links', '1', state.links);
  set('hideEnded', 'hide', state.hideEnded);
  set('embed', '1', state.embed);
  if ([...params.keys()].length === 0) return '';
  return `?${VERSION_PARAM}=${URL_VERSION}&${params.toString()}`;
}
