import { parseViewState } from './url/parse';
import { pickViewState, serialiseViewState } from './url/serialise';
import { useViewStore } from './store';

/**
 * Keeps the address bar and the view state in step: a change of view pushes a history entry
 * (typing in search replaces it, so Back does not walk letter by letter), Back/Forward restore the
 * view. Returns a function that stops syncing.
 */
export function startUrlSync(win: Window = window): () => void {
  const store = useViewStore;
  store.getState().restore(parseViewState(win.location.search));
  let restoring = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const next = serialiseViewState(pickViewState(state));
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    const onlyQueryChanged =
      serialiseViewState({ ...pickViewState(previous), query: state.query }) === next;
    if (onlyQueryChanged && previous.query !== '' && state.query !== '') {
      win.history.replaceState(null, '', url);
    } else {
      win.history.pushState(null, '', url);
    }
  });

  const onPopState = () => {
    restoring = true;
    store.getState().restore(parseViewState(win.location.search));
    restoring = false;
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
