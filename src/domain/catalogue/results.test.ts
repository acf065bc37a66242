import MiniSearch from 'minisearch';
import { beforeEach, describe, expect, it } from 'vitest';
import { homeOf } from './catalogue';
import { activeFilterCount, computeResults, firstOfGroups, groupByLead, isActive } from './results';
import { PROJECTS as projects } from '../catalogue.fixture';
import { createProjectSearch } from './search';

// Made for each test, not while the tests are collected: the mutation run records which
// tests reach a mutant, and switches it on, only around the tests themselves.
let search: ReturnType<typeof createProjectSearch>['search'];
beforeEach(() => {
  search = createProjectSearch(projects, new Map([['2560', 'Älvsbyn']]), MiniSearch).search;
});
const none = { themes: [], targetGroups: [], kinds: [], county: 'all' as const, query: '' };

describe('computeResults', () => {
  it('is inactive and complete without filters', () => {
    const r = computeResults(projects, none, search);
    expect(r.active).toBe(false);
    expect(r.projects).toHaveLength(projects.length);
  });

  it('counts the transport projects in exactly Piteå, Pajala and Norsjö', () => {
    const r = computeResults(projects, { ...none, themes: ['transport'] }, search);
    expect(r.active).toBe(true);
    expect(new Set(r.countByMunicipality.keys())).toEqual(new Set(['2581', '2521', '2417']));
  });

  it('combines search with the filters', () => {
    const r = computeResults(projects, { ...none, query: 'alvsbyn' }, search);
    expect(r.projects.map((p) => p.id)).toContain('alvsbyn-framtid-ihop');
    const narrowed = computeResults(
      projects,
      { ...none, query: 'alvsbyn', themes: ['transport'] },
      search,
    );
    expect(narrowed.projects).toEqual([]);
  });

  it('tells the region-wide practices apart, and frames only where the other matches are', () => {
    const r = computeResults(projects, { ...none, query: 'alvsbyn' }, search);
    const regionWide = r.projects.filter((p) => homeOf(p) === null);
    expect(regionWide.length).toBeGreaterThan(0);
    expect(r.regionWide).toBe(regionWide.length);
    expect(r.placed.has('2560')).toBe(true);
    // A region-wide practice's other municipalities count, but are not framed.
    const widened = [...r.countByMunicipality.keys()].filter((c) => !r.placed.has(c));
    expect(widened.length).toBeGreaterThan(0);
  });
});

describe('groupByLead', () => {
  const names = new Map([
    ['2581', 'Piteå'],
    ['2560', 'Älvsbyn'],
    ['2480', 'Umeå'],
  ]);
  const nameOf = (code: string) => names.get(code) ?? code;

  it('groups by lead municipality, by name in Swedish order, region-wide last', () => {
    const picked = ['2560', '2581', '2480'].flatMap((code) =>
      projects.filter((p) => homeOf(p) === code),
    );
    const regionWide = projects.filter((p) => homeOf(p) === null);
    const groups = groupByLead([...regionWide, ...picked], nameOf);
    expect(groups.map((g) => g.lead)).toEqual(['2581', '2480', '2560', null]);
    expect(groups.at(-1)!.projects).toEqual(regionWide);
    for (const g of groups.slice(0, -1)) {
      expect(g.projects.every((p) => homeOf(p) === g.lead)).toBe(true);
      // In the order given.
      expect(g.projects).toEqual(picked.filter((p) => homeOf(p) === g.lead));
    }
    // Framtid ihop is owned by the folk high school: at home in Älvsbyn, not region-wide.
    expect(groups.find((g) => g.lead === '2560')!.projects.map((p) => p.id)).toContain(
      'alvsbyn-framtid-ihop',
    );
  });

  it('gives no group for no projects', () => {
    expect(groupByLead([], nameOf)).toEqual([]);
  });
});

describe('activeFilterCount', () => {
  it('counts each chosen theme, target group and kind, and a county; not the search', () => {
    const none = { themes: [], targetGroups: [], kinds: [], county: 'all' as const };
    expect(activeFilterCount(none)).toBe(0);
    expect(activeFilterCount({ ...none, themes: ['transport'] })).toBe(1);
    expect(
      activeFilterCount({
        ...none,
        themes: ['transport', 'sport'],
        kinds: ['network'],
        county: '25',
      }),
    ).toBe(4);
    // Each facet counts on its own: two target groups and a kind are three, not one.
    expect(
      activeFilterCount({ ...none, targetGroups: ['children', 'women'], kinds: ['network'] }),
    ).toBe(3);
    expect(activeFilterCount({ ...none, targetGroups: ['children'] })).toBe(1);
  });
});

describe('isActive', () => {
  it('is on for any filter choice or a search with a letter in it, off for blanks', () => {
    expect(isActive(none)).toBe(false);
    expect(isActive({ ...none, themes: ['sport'] })).toBe(true);
    expect(isActive({ ...none, targetGroups: ['children'] })).toBe(true);
    expect(isActive({ ...none, kinds: ['network'] })).toBe(true);
    expect(isActive({ ...none, county: '24' })).toBe(true);
    expect(isActive({ ...none, query: 'brottning' })).toBe(true);
    // Spaces alone are no search.
    expect(isActive({ ...none, query: '   ' })).toBe(false);
  });
});

describe('firstOfGroups', () => {
  const groups = groupByLead(projects, (code) => code);
  const flat = groups.flatMap((g) => g.projects);

  it('keeps the order of the groups and cuts where the count ends', () => {
    for (const count of [0, 1, 5, 17, flat.length, flat.length + 10]) {
      const cut = firstOfGroups(groups, count);
      expect(cut.flatMap((g) => g.projects)).toEqual(flat.slice(0, count));
      expect(cut.map((g) => g.lead)).toEqual(groups.slice(0, cut.length).map((g) => g.lead));
      expect(cut.every((g) => g.projects.length > 0)).toBe(true);
    }
  });
});
