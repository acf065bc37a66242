// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadedData, municipalitiesFile } from '../../data-hooks/loaded-data.fixture';
import { CATALOGUE, PROJECTS } from '../../domain/catalogue.fixture';
import { computeResults } from '../../domain/catalogue/results';
import { MUNICIPALITIES } from '../../domain/municipalities.fixture';
import { useViewStore } from '../../state/store';
import { testRoot } from '../../ui/test-root.fixture';
import { FilterBar } from './FilterBar';

const dom = testRoot();
const $$ = (selector: string) => [...dom.container.querySelectorAll<HTMLElement>(selector)];
const none = { themes: [], targetGroups: [], kinds: [], county: 'all' as const, query: '' };
const data = () =>
  loadedData({ catalogue: CATALOGUE, municipalities: municipalitiesFile(MUNICIPALITIES) });

/** A theme's chip: its button, and the count it shows. */
function chip(label: string) {
  const button = $$('button.chip--filter').find((b) =>
    b.textContent!.startsWith(`${label} `),
  ) as HTMLButtonElement;
  return { button, count: Number(button.querySelector('.chip__count')!.textContent) };
}

beforeEach(() => useViewStore.setState(useViewStore.getInitialState(), true));

describe('the filters', () => {
  it('show what each choice would give with the other facets as they are', () => {
    dom.render(data().provide(<FilterBar />));
    // Transport: the records of Piteå, Pajala and Norsjö.
    expect(chip('Transport').count).toBe(3);
    act(() => useViewStore.getState().setCounty('25'));
    expect(chip('Transport').count).toBe(2);
    act(() => useViewStore.getState().toggleTheme('sport'));
    // A chosen theme counts as if chosen alone, the others as they are.
    expect(chip('Transport').count).toBe(2);
    expect(chip('Idrott').count).toBe(
      computeResults(PROJECTS, { ...none, themes: ['sport'], county: '25' }, () => []).projects
        .length,
    );
  });

  it('toggle a theme in the view state, and disable a choice that would give nothing', () => {
    dom.render(data().provide(<FilterBar />));
    act(() => chip('Transport').button.click());
    expect(useViewStore.getState().themes).toEqual(['transport']);
    expect(chip('Transport').button.getAttribute('aria-pressed')).toBe('true');
    const empty = $$('button.chip--filter').filter(
      (b) => b.querySelector('.chip__count')!.textContent === '0',
    );
    expect(empty.length).toBeGreaterThan(0);
    for (const button of empty) expect((button as HTMLButtonElement).disabled).toBe(true);
    // A chosen choice stays a button that can be turned off, whatever its count.
    expect(chip('Transport').button.disabled).toBe(false);
  });

  it('count the active choices and clear them all at once', () => {
    dom.render(data().provide(<FilterBar />));
    act(() => {
      useViewStore.getState().toggleTheme('transport');
      useViewStore.getState().toggleKind('project');
      useViewStore.getState().setCounty('25');
    });
    expect(dom.container.querySelector('.filters__active')!.textContent).toContain('3 aktiva');
    const clear = $$('button').find((b) => b.textContent === 'Rensa alla filter')!;
    act(() => clear.click());
    expect(useViewStore.getState()).toMatchObject({ themes: [], kinds: [], county: 'all' });
    expect(dom.container.querySelector('.filters__active')).toBeNull();
  });
});
