// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadedData, municipalitiesFile } from '../../data-hooks/loaded-data.fixture';
import { CATALOGUE } from '../../domain/catalogue.fixture';
import { comparisonSet, MAX_COMPARE } from '../../domain/compare';
import { BODEN_AND_NEIGHBOURS } from '../../domain/focus-municipalities.fixture';
import { MUNICIPALITIES } from '../../domain/municipalities.fixture';
import { municipalityCollection } from '../../domain/municipality';
import { useComparisonHover } from '../../state/comparison-hover';
import { useViewStore } from '../../state/store';
import { testRoot } from '../../ui/test-root.fixture';
import { CompareButton } from './CompareButton';
import ComparisonView from './ComparisonView';

const codeOf = (name: string) => MUNICIPALITIES.find((m) => m.name === name)!.code;
const BODEN_SET = BODEN_AND_NEIGHBOURS.map(codeOf);

const dom = testRoot();
const $ = <E extends Element = HTMLElement>(selector: string) =>
  dom.container.querySelector<E>(selector);
const $$ = (selector: string) => [...dom.container.querySelectorAll<HTMLElement>(selector)];
const compared = () => useViewStore.getState().compare;
const columns = () =>
  $$('[data-testid="comparison-figures"] th[data-code]').map((th) => th.dataset.code);
const announced = () => $('[role="status"]')!.textContent;

function show() {
  const data = loadedData({
    catalogue: CATALOGUE,
    municipalities: municipalitiesFile(MUNICIPALITIES),
  });
  dom.render(data.provide(<ComparisonView />));
}

beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true);
  // A wide screen (the comparison as tables), whose tables fit: nothing to scroll.
  vi.stubGlobal('matchMedia', () => ({
    matches: false,
    addEventListener() {},
    removeEventListener() {},
  }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('the comparison', () => {
  it('puts the base first and its neighbours beside it, as the view state lists them', () => {
    useViewStore.getState().setCompare(BODEN_SET);
    show();
    expect($('#compare-title')!.textContent).toBe('Jämför Boden med grannar');
    expect(columns()).toEqual(BODEN_SET);
    const roles = $$('[data-testid="comparison-figures"] .compare-table__role').map(
      (r) => r.textContent,
    );
    expect(roles).toEqual(['utgångspunkt', ...BODEN_SET.slice(1).map(() => 'granne')]);
  });

  it('lists the ideas from next door: themes the neighbours work on and the base does not', () => {
    useViewStore.getState().setCompare(BODEN_SET);
    show();
    const ideas = $$('.compare-idea');
    expect(ideas.length).toBeGreaterThan(0);
    const bodens = new Set(
      CATALOGUE.projects
        .filter((p) => p.lead === codeOf('Boden') || p.municipalities.includes(codeOf('Boden')))
        .flatMap((p) => p.themes),
    );
    for (const idea of ideas) expect(bodens.has(idea.dataset.theme!)).toBe(false);
  });

  it('removes a member, says so, and keeps focus in the table', () => {
    useViewStore.getState().setCompare(BODEN_SET);
    show();
    const lulea = codeOf('Luleå');
    act(() => $<HTMLButtonElement>(`[data-remove="${lulea}"]`)!.click());
    expect(compared()).toEqual(BODEN_SET.filter((c) => c !== lulea));
    expect(columns()).not.toContain(lulea);
    expect(announced()).toBe('Luleå togs bort från jämförelsen.');
    // The next column's remove button: Piteå's, which took Luleå's place.
    expect(document.activeElement?.getAttribute('data-remove')).toBe(codeOf('Piteå'));
  });

  it('never offers to remove the base: the comparison is about it', () => {
    useViewStore.getState().setCompare(BODEN_SET);
    show();
    expect($(`[data-remove="${codeOf('Boden')}"]`)).toBeNull();
  });

  it('adds a municipality at the end and says so; a full set takes no more', () => {
    useViewStore.getState().setCompare(BODEN_SET);
    show();
    const select = $<HTMLSelectElement>('[data-compare-add]')!;
    const kiruna = codeOf('Kiruna');
    act(() => {
      select.value = kiruna;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(compared()).toEqual([...BODEN_SET, kiruna]);
    expect(compared()).toHaveLength(MAX_COMPARE);
    expect(announced()).toBe('Kiruna lades till i jämförelsen.');
    expect($<HTMLSelectElement>('[data-compare-add]')!.disabled).toBe(true);
    expect($('.compare-add__note')!.textContent).toContain(`Högst ${MAX_COMPARE}`);
  });

  it('clears the map highlight of a pointed column when it closes', () => {
    useViewStore.getState().setCompare(BODEN_SET);
    show();
    act(() => useComparisonHover.getState().setCode(codeOf('Luleå')));
    act(() => $<HTMLButtonElement>('.panel__header button')!.click());
    expect(compared()).toEqual([]);
    expect(useComparisonHover.getState().code).toBeNull();
  });

  it('says so when none of its municipalities is on the map, and closes', () => {
    useViewStore.getState().setCompare(['9999']);
    show();
    expect($('.notice')!.textContent).toBe('Ingen av kommunerna i jämförelsen finns i kartan.');
    act(() => $<HTMLButtonElement>('button')!.click());
    expect(compared()).toEqual([]);
  });
});

describe('the button that starts it', () => {
  function button(code: string) {
    const data = loadedData({ municipalities: municipalitiesFile(MUNICIPALITIES) });
    dom.render(data.provide(<CompareButton code={code} withName />));
    return $<HTMLButtonElement>('button');
  }

  it('compares a municipality with all its neighbours', () => {
    const boden = button(codeOf('Boden'))!;
    act(() => boden.click());
    expect(compared()).toEqual(BODEN_SET);
  });

  it('keeps the base and as many neighbours as the set holds, as the domain proposes', () => {
    const lycksele = MUNICIPALITIES.find((m) => m.name === 'Lycksele')!;
    expect(lycksele.neighbours).toHaveLength(MAX_COMPARE);
    const start = button(lycksele.code)!;
    act(() => start.click());
    const { byCode } = municipalityCollection(MUNICIPALITIES);
    expect(compared()).toEqual(comparisonSet(lycksele, byCode).codes);
    expect(compared()).toHaveLength(MAX_COMPARE);
  });

  it('names the municipality for screen readers, and is not there for one the map lacks', () => {
    expect(button(codeOf('Boden'))!.textContent).toBe('Jämför med grannar – Boden');
    expect(button('9999')).toBeNull();
  });
});
