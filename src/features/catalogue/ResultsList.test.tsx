// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadedData, municipalitiesFile } from '../../data-hooks/loaded-data.fixture';
import { CATALOGUE, PROJECTS } from '../../domain/catalogue.fixture';
import { computeResults } from '../../domain/catalogue/results';
import { MUNICIPALITIES } from '../../domain/municipalities.fixture';
import { useViewStore } from '../../state/store';
import { testRoot } from '../../ui/test-root.fixture';
import { ResultsList } from './ResultsList';

const dom = testRoot();
const $$ = (selector: string) => [...dom.container.querySelectorAll<HTMLElement>(selector)];
const none = { themes: [], targetGroups: [], kinds: [], county: 'all' as const, query: '' };
const data = () =>
  loadedData({ catalogue: CATALOGUE, municipalities: municipalitiesFile(MUNICIPALITIES) });

beforeEach(() => useViewStore.setState(useViewStore.getInitialState(), true));

describe('the results beside the map', () => {
  it("group the matching projects by lead municipality, the region's own last", () => {
    const results = computeResults(PROJECTS, { ...none, themes: ['civic-orientation'] }, () => []);
    dom.render(data().provide(<ResultsList results={results} />));
    const groups = $$('section').map((s) => s.getAttribute('aria-label'));
    expect(groups.at(-1)).toBe('Regionala arbetssätt');
    const named = groups.slice(0, -1) as string[];
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'sv')));
    expect($$('[data-project]')).toHaveLength(results.projects.length);
    // The region-wide practices are counted in every municipality they cover, and the count says so.
    expect(results.regionWide).toBeGreaterThan(1);
    expect(dom.container.querySelector('h2')!.textContent).toBe(
      `Träffar (${results.projects.length} projekt matchar, varav ${results.regionWide} regionala arbetssätt, räknade i alla sina kommuner)`,
    );
  });

  it('open a project, or its municipality, from the list', () => {
    const results = computeResults(PROJECTS, { ...none, themes: ['transport'] }, () => []);
    dom.render(data().provide(<ResultsList results={results} />));
    const pitea = $$('h3 button').find((b) => b.textContent === 'Piteå')!;
    act(() => pitea.click());
    expect(useViewStore.getState().municipality).toBe('2581');
    const pajala = 'pajala-kollektivtrafiklinje-korpilombolo-pajala';
    act(() => $$(`[data-project="${pajala}"] .result-item__title`)[0]!.click());
    expect(useViewStore.getState().project).toBe(pajala);
  });

  it('say when nothing matches, with the way out', () => {
    useViewStore.getState().toggleTheme('transport');
    const results = computeResults(
      PROJECTS,
      { ...none, themes: ['transport'], query: 'x' },
      () => [],
    );
    dom.render(data().provide(<ResultsList results={results} />));
    expect(dom.container.querySelector('.notice p')!.textContent).toBe(
      'Inga projekt matchar filtren.',
    );
    act(() => dom.container.querySelector<HTMLButtonElement>('.notice button')!.click());
    expect(useViewStore.getState().themes).toEqual([]);
  });
});
