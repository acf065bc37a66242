import { framedByAnotherOrigin } from './framing';
import { useImportedMetrics } from './imported-metrics';
import { sanitiseViewState, type KnownIds } from './sanitise';
import { useViewStore } from './store';
import { appUrl } from './url/app-url';
import { parseViewState } from './url/parse';
import { pickViewState, serialiseViewState } from './url/serialise';
import type { ViewState } from './view-state';

/** The vocabularies of the data loaded so far (see learnIds). */
let knownData: Omit<KnownIds, 'importedMetrics'> = {};
/** Whether the view state being set comes from the address (Back, Forward, a link), not a click. */
let restoringView = false;
export const isRestoringView = () => restoringView;
/** Sanitises the current view again with a patch over it, once the URL sync runs. */
let resanitise: ((patch?: Partial<ViewState>) => void) | null = null;
/** The query the page opened or returned to with; '' once the user changes the view. */
let linkSearch = '';

/**
 * The query string of the link the view came from, as written: the meeting pack reads the codes
 * it was asked for from it (sheetCodesAsked), to name those it left out. '' once the user changes
 * the view (a pack chosen in the app asks for nothing it could not show).
 */
export function searchOfLink(): string {
  return linkSearch;
}

function knownIds(): KnownIds {
  return { ...knownData, importedMetrics: useImportedMetrics.getState().metrics };
}

/**
 * Keeps the address bar and the view state in step: a change of view pushes a history entry
 * (typing in search replaces it, so Back does not walk letter by letter), Back/Forward restore the
 * view. Every address is the app's own (this origin, the app's path; see appUrl), whatever path
 * the page was opened at, and holds only what the state holds: unknown and malformed parameters,
 * and ids the loaded data does not define (learnIds), leave the address bar by replaceState.
 * In a frame of another origin every view is the embed view (framing.ts says why).
 * Returns a function that stops syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const store = useViewStore;
  const framed = framedByAnotherOrigin(win);
  let restoring = false;
  const addressOf = (state: ViewState) =>
    appUrl(serialiseViewState(state), win.location.hash, win.location.origin);

  /** Puts `state` in the store without a new history entry, and the address bar in step. */
  const settle = (state: ViewState) => {
    const {
      state: sane,
      dropped,
      missingImport,
    } = sanitiseViewState(framed && !state.embed ? { ...state, embed: true } : state, knownIds());
    for (const { field, value } of dropped)
      console.warn(`[url] dropped unknown ${field} "${value}"`);
    if (missingImport !== null) useImportedMetrics.getState().setMissingFromLink(missingImport);
    restoring = restoringView = true;
    try {
      store.getState().restore(sane);
    } finally {
      restoring = restoringView = false;
    }
    const url = addressOf(sane);
    if (url !== win.location.href) win.history.replaceState(win.history.state, '', url);
  };

  linkSearch = win.location.search;
  settle(parseViewState(win.location.search));

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    linkSearch = '';
    if (state.metric !== previous.metric) useImportedMetrics.getState().setMissingFromLink(null);
    const next = pickViewState(state);
    const url = addressOf(next);
    if (url === win.location.href) return;
    const onlyQueryChanged =
      serialiseViewState({ ...pickViewState(previous), query: state.query }) ===
      serialiseViewState(next);
    if (onlyQueryChanged && previous.query !== '' && state.query !== '') {
      win.history.replaceState(null, '', url);
    } else {
      win.history.pushState(null, '', url);
    }
  });

  const onPopState = () => {
    linkSearch = win.location.search;
    settle(parseViewState(win.location.search));
  };
  win.addEventListener('popstate', onPopState);
  resanitise = (patch) => settle({ ...pickViewState(store.getState()), ...patch });
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    resanitise = null;
  };
}

/**
 * Tells the URL sync the ids a data file defines, once it has loaded: the view drops the ids it
 * does not define, from the state and from the address bar (replaceState, no new entry), now and
 * on every Back/Forward from then on.
 */
export function learnIds(ids: Omit<KnownIds, 'importedMetrics'>): void {
  knownData = { ...knownData, ...ids };
  resanitise?.();
}

/**
 * Corrects the view without a new history entry, as a malformed parameter is: a year a measure
 * over time does not have becomes its nearest once its years are read.
 */
export function correctView(patch: Partial<ViewState>): void {
  resanitise?.(patch);
}
