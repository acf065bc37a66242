// @vitest-environment jsdom
// The Back button over the URL sync (written for the mutation run; history.test.ts covers the ids).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUrlSync } from './history';
import { useViewStore } from './store';
import { DEFAULT_VIEW } from './view-state';

/** The browser's Back, resolved once the app has had the popstate event. */
const back = () =>
  new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    window.history.back();
  });

let stop: () => void = () => undefined;

beforeEach(() => {
  useViewStore.getState().restore(DEFAULT_VIEW);
});

afterEach(() => stop());

/** Opens the app at `address` and starts keeping the address and the view in step. */
function open(address: string) {
  window.history.replaceState(null, '', address);
  stop = startUrlSync(window);
}

describe('keeping the address and the view in step', () => {
  it('opens the view the address describes', () => {
    open('/?v=1&lang=en&m=2580&metric=population');
    expect(useViewStore.getState()).toMatchObject({
      language: 'en',
      municipality: '2580',
      metric: 'population',
    });
  });

  it('writes a change of view as a new history entry, keeping the path and the hash', () => {
    open('/karta/?v=1&m=2580#projekt');
    const entries = window.history.length;
    useViewStore.getState().toggleTheme('sport');
    // Addresses are built on the app's own path (not whatever path the page was opened at).
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('?v=1&m=2580&theme=sport');
    expect(window.location.hash).toBe('#projekt');
    expect(window.history.length).toBe(entries + 1);
  });

  it('goes back to the plain address for the default view', () => {
    open('/?v=1&m=2580');
    useViewStore.getState().selectMunicipality(null);
    expect(window.location.href).toBe(`${window.location.origin}/`);
  });

  it('adds no entry for a change that leaves the address as it is', () => {
    open('/?v=1&m=2580');
    const entries = window.history.length;
    useViewStore.getState().setMetric('projects');
    useViewStore.getState().selectMunicipality('2580');
    expect(window.history.length).toBe(entries);
    expect(window.location.search).toBe('?v=1&m=2580');
  });

  it('replaces the entry while a search is typed, so Back does not walk letter by letter', () => {
    open('/');
    const entries = window.history.length;
    const { setQuery } = useViewStore.getState();
    setQuery('b');
    expect(window.history.length).toBe(entries + 1);
    setQuery('br');
    setQuery('bro');
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe('?v=1&q=bro');
    // Emptying the search is a step of its own, and so is any other change made with it.
    setQuery('');
    expect(window.history.length).toBe(entries + 2);
    setQuery('k');
    useViewStore.setState({ query: 'ka', municipality: '2584' });
    expect(window.history.length).toBe(entries + 4);
  });

  it('restores the previous view on Back without writing the address again', async () => {
    // An old link (version 0) is rewritten in today's form in place (no new entry); Back returns
    // to it without writing the address again.
    open('/?kommun=2580');
    expect(useViewStore.getState().municipality).toBe('2580');
    useViewStore.getState().selectMunicipality('2584');
    expect(window.location.search).toBe('?v=1&m=2584');
    const entries = window.history.length;
    await back();
    expect(useViewStore.getState().municipality).toBe('2580');
    expect(window.location.search).toBe('?v=1&m=2580');
    // Forward is still there.
    expect(window.history.length).toBe(entries);
  });

  it('rewrites an old address reached by Back in place, keeping Forward', async () => {
    // An entry the app did not write (an old bookmark's form, an unknown parameter): Back to it
    // shows its view and rewrites its address without pushing, so Forward still leads on.
    open('/?v=1&m=2580');
    window.history.pushState(null, '', '/?kommun=2584&okand=1');
    window.history.pushState(null, '', '/?v=1&m=2510');
    const entries = window.history.length;
    await back();
    expect(useViewStore.getState().municipality).toBe('2584');
    expect(window.location.search).toBe('?v=1&m=2584');
    expect(window.history.length).toBe(entries);
    // Forward: the popstate comes at once, or never when the entry ahead is gone (then a second).
    await new Promise<void>((resolve) => {
      window.addEventListener('popstate', () => resolve(), { once: true });
      setTimeout(resolve, 1000);
      window.history.forward();
    });
    expect(window.location.search).toBe('?v=1&m=2510');
  });

  it('stops when asked: the address and the view go their own ways', async () => {
    open('/?v=1&m=2580');
    useViewStore.getState().selectMunicipality('2584');
    stop();
    useViewStore.getState().setLanguage('en');
    expect(window.location.search).toBe('?v=1&m=2584');
    await back();
    expect(useViewStore.getState()).toMatchObject({ municipality: '2584', language: 'en' });
  });
});
