// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://127.0.0.1:4173/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { learnIds, startUrlSync } from './history';
import { useImportedMetrics } from './imported-metrics';
import { useViewStore } from './store';
import { DEFAULT_VIEW } from './view-state';

const ORIGIN = 'http://127.0.0.1:4173';
let stop: (() => void) | null = null;

/** The page at `address` (a path and query of this origin), its view synced with the address bar. */
function openAt(address: string) {
  // '/.' + '//evil.example/' is the path //evil.example/ of this origin, as a browser reads the
  // address http://host//evil.example/ (given as is, it would be another host and refused).
  window.history.replaceState(null, '', `/.${address}`);
  expect(window.location.origin).toBe(ORIGIN);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  entries = window.history.length;
  stop = startUrlSync(window);
  return window;
}

/** History entries added since the page was opened. */
let entries = 0;
const added = () => window.history.length - entries;

afterEach(() => {
  stop?.();
  stop = null;
  learnIds({
    municipalities: undefined,
    projects: undefined,
    themes: undefined,
    targetGroups: undefined,
  });
  useViewStore.getState().restore(DEFAULT_VIEW);
  useImportedMetrics.setState({ missingFromLink: null });
  vi.restoreAllMocks();
});

describe('startUrlSync', () => {
  it.each([
    '//evil.example/?embed=1&m=2580',
    '//evil.example/%2e%2e/?m=2580',
    '/\\evil.example/?m=2580',
    '///evil.example?m=2580',
    '/index.html?m=2580',
  ])('at the crafted path %s, keeps every history entry on the app path of this origin', (path) => {
    const win = openAt(path);
    expect(win.location.href).toMatch(new RegExp(`^${ORIGIN}/\\?v=1&m=2580`));
    // A state change pushes an entry (before the fix: a SecurityError, and nothing happened).
    useViewStore.getState().selectMunicipality('2584');
    expect(win.location.href).toMatch(new RegExp(`^${ORIGIN}/\\?v=1&m=2584`));
    expect(added()).toBe(1);
  });

  it('writes the address of the state it read: unknown and malformed parameters leave', () => {
    const win = openAt('/?utm_source=x&m=2580&m=2584&theme=%3Cb%3E&kommun=1&v=1');
    expect(win.location.search).toBe('?v=1&m=2580');
    expect(added()).toBe(0);
  });

  it('drops ids the data does not define once it has loaded, without a new entry', () => {
    const win = openAt('/?v=1&theme=nonexistent,sport&m=9999&cmp=0000,2582');
    expect(useViewStore.getState().themes).toEqual(['nonexistent', 'sport']);
    learnIds({ themes: new Set(['sport', 'transport']) });
    expect(useViewStore.getState().themes).toEqual(['sport']);
    expect(win.location.search).toBe('?v=1&m=9999&theme=sport&cmp=0000%2C2582');
    learnIds({ municipalities: new Set(['2582', '2580']) });
    expect(win.location.search).toBe('?v=1&theme=sport&cmp=2582');
    expect(added()).toBe(0);
    // Back to an address with unknown ids (typed, or an old entry): read, then cleaned.
    useViewStore.getState().selectMunicipality('2580');
    win.history.replaceState(null, '', '/?v=1&theme=nonexistent&m=2580');
    win.dispatchEvent(new PopStateEvent('popstate'));
    expect(useViewStore.getState()).toMatchObject({ themes: [], municipality: '2580' });
    expect(win.location.search).toBe('?v=1&m=2580');
  });

  it('names an imported metric the link asks for that this browser lacks, until the metric changes', () => {
    const win = openAt('/?v=1&metric=import:mottagna-2016');
    expect(useViewStore.getState().metric).toBe(DEFAULT_VIEW.metric);
    expect(useImportedMetrics.getState().missingFromLink).toBe('mottagna-2016');
    expect(win.location.search).toBe('');
    useViewStore.getState().setMetric('population');
    expect(useImportedMetrics.getState().missingFromLink).toBeNull();
  });

  it('pushes a view change and replaces a search being typed', () => {
    const win = openAt('/');
    useViewStore.getState().toggleTheme('sport');
    useViewStore.getState().setQuery('b');
    useViewStore.getState().setQuery('br');
    expect(win.location.search).toBe('?v=1&theme=sport&q=br');
    expect(added()).toBe(2);
  });
});
