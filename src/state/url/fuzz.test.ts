import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../domain/catalogue.fixture';
import { MAX_COMPARE } from '../../domain/compare';
import { FOCUS_MUNICIPALITY_NAMES } from '../../domain/focus-municipalities.fixture';
import { sanitiseViewState, type KnownIds } from '../sanitise';
import { appUrl, APP_PATH } from './app-url';
import { CRAFTED_PATHS, fuzzedQueries, type FuzzVocabulary } from './fuzz.fixture';
import { PARAM, VERSION_PARAM } from './params';
import { parseViewState } from './parse';
import { serialiseViewState } from './serialise';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

const VOCABULARY: FuzzVocabulary = {
  municipalities: Object.keys(FOCUS_MUNICIPALITY_NAMES),
  projects: ids(CATALOGUE.projects),
  themes: ids(CATALOGUE.themes),
  targetGroups: ids(CATALOGUE.targetGroups),
};
const KNOWN: Required<KnownIds> = {
  municipalities: new Set(VOCABULARY.municipalities),
  projects: new Set(VOCABULARY.projects),
  themes: new Set(VOCABULARY.themes),
  targetGroups: new Set(VOCABULARY.targetGroups),
  importedMetrics: [],
};
const KNOWN_PARAMS = new Set<string>([...Object.values(PARAM), VERSION_PARAM]);
const QUERIES = fuzzedQueries(13, 600, VOCABULARY);
const quiet = () => {};

/** What the address bar holds after the app has read `query` with every file loaded. */
function settle(query: string) {
  const { state } = sanitiseViewState(parseViewState(query, quiet), KNOWN);
  return { state, query: serialiseViewState(state) };
}

describe('600 seeded random addresses over every parameter', () => {
  it('are all different enough to test something', () => {
    expect(new Set(QUERIES).size).toBeGreaterThan(550);
    for (const param of [...KNOWN_PARAMS, 'zzz']) {
      expect(
        QUERIES.some((q) => q.includes(`?${param}=`) || q.includes(`&${param}=`)),
        param,
      ).toBe(true);
    }
  });

  it('are read without an error into a view that holds only known values', () => {
    for (const query of QUERIES) {
      const { state } = settle(query);
      const where = `${query} → ${JSON.stringify(state)}`;
      if (state.municipality !== null)
        expect(KNOWN.municipalities.has(state.municipality), where).toBe(true);
      if (state.project !== null) expect(KNOWN.projects.has(state.project), where).toBe(true);
      for (const id of state.themes) expect(KNOWN.themes.has(id), where).toBe(true);
      for (const id of state.targetGroups) expect(KNOWN.targetGroups.has(id), where).toBe(true);
      for (const code of state.compare) expect(KNOWN.municipalities.has(code), where).toBe(true);
      expect(state.compare.length, where).toBeLessThanOrEqual(MAX_COMPARE);
      // No imported metric in this browser: a link to one falls back to the default.
      expect(state.metric.startsWith('import:'), where).toBe(false);
    }
  });

  it('leave in the address bar only known parameters, and the same view once read again', () => {
    for (const query of QUERIES) {
      const settled = settle(query);
      for (const key of new URLSearchParams(settled.query).keys()) {
        expect(KNOWN_PARAMS.has(key), `${query} → ${settled.query}`).toBe(true);
      }
      expect(settle(settled.query), query).toEqual(settled);
    }
  });

  it('stay on the site whatever path the page was opened at', () => {
    const origin = 'http://127.0.0.1:4173';
    for (const path of CRAFTED_PATHS) {
      const page = new URL(`${origin}${path}`);
      expect(page.origin, path).toBe(origin);
      // What the app did before, the page's own path joined with the query, left the site.
      if (/^\/\/evil/.test(page.pathname)) {
        expect(new URL(`${page.pathname}?m=2580`, page.href).origin, path).not.toBe(origin);
      }
      for (const query of QUERIES.slice(0, 100)) {
        const address = new URL(appUrl(settle(query).query, '#x', page.origin));
        expect(address.origin, `${path}${query}`).toBe(origin);
        expect(address.pathname, `${path}${query}`).toBe(APP_PATH);
      }
    }
  });
});
