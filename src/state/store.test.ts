import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../domain/focus-municipalities.fixture';
import { useViewStore } from './store';
import { pickViewState } from './url/serialise';
import { DEFAULT_VIEW, type ViewState } from './view-state';

/** The view the store holds (what a link shares), without its actions and arrangement. */
const view = () => pickViewState(useViewStore.getState());

// Each test starts from the store as it was made, the page's arrangement included.
beforeEach(() => useViewStore.setState(useViewStore.getInitialState(), true));

describe('the view store', () => {
  it('starts at the default view, with the legend as the screen has it', async () => {
    vi.resetModules();
    const { useViewStore: fresh } = await import('./store');
    expect(pickViewState(fresh.getState())).toEqual(DEFAULT_VIEW);
    expect(fresh.getState().legendOpen).toBeNull();
  });

  it('selects a municipality and opens a project, and closes them with null', () => {
    const s = useViewStore.getState();
    s.selectMunicipality('2580');
    s.openProject('lulea-brottning-for-integration');
    expect(view()).toMatchObject({
      municipality: '2580',
      project: 'lulea-brottning-for-integration',
    });
    s.selectMunicipality(null);
    s.openProject(null);
    expect(view()).toEqual(DEFAULT_VIEW);
  });

  it('toggles themes, target groups and kinds on and off, keeping the order of choice', () => {
    const s = useViewStore.getState();
    s.toggleTheme('sport');
    s.toggleTheme('language');
    s.toggleTargetGroup('adults');
    s.toggleKind('project');
    s.toggleKind('network');
    expect(view()).toMatchObject({
      themes: ['sport', 'language'],
      targetGroups: ['adults'],
      kinds: ['project', 'network'],
    });
    s.toggleTheme('sport');
    s.toggleTargetGroup('adults');
    s.toggleKind('project');
    expect(view()).toMatchObject({ themes: ['language'], targetGroups: [], kinds: ['network'] });
  });

  it('clears the filters and nothing else', () => {
    const s = useViewStore.getState();
    s.selectMunicipality('2480');
    s.setMetric('population');
    s.setLanguage('en');
    s.toggleTheme('sport');
    s.toggleTargetGroup('adults');
    s.toggleKind('project');
    s.setCounty('24');
    s.setQuery('brottning');
    s.clearFilters();
    expect(view()).toEqual({
      ...DEFAULT_VIEW,
      municipality: '2480',
      metric: 'population',
      language: 'en',
    });
  });

  it('sets language, view, county, search, metric and cooperation links', () => {
    const s = useViewStore.getState();
    s.setLanguage('en');
    s.setView('figures');
    s.setCounty('25');
    s.setQuery('kaffe');
    s.setMetric('projectsPer10k');
    s.setLinks(true);
    expect(view()).toEqual({
      ...DEFAULT_VIEW,
      language: 'en',
      view: 'figures',
      county: '25',
      query: 'kaffe',
      metric: 'projectsPer10k',
      links: true,
    });
  });

  it('keeps at most eight municipalities in the comparison, the base first', () => {
    // Boden and its six neighbours fit; all 14 of Norrbotten do not.
    const norrbotten = Object.keys(FOCUS_MUNICIPALITY_NAMES).filter((c) => c.startsWith('25'));
    expect(norrbotten).toHaveLength(14);
    useViewStore.getState().setCompare(['2582', '2523', '2510', '2580', '2581', '2560', '2513']);
    expect(view().compare).toEqual(['2582', '2523', '2510', '2580', '2581', '2560', '2513']);
    useViewStore.getState().setCompare(norrbotten);
    expect(view().compare).toEqual(norrbotten.slice(0, 8));
  });

  it('restores a whole view at once, as Back does', () => {
    const shared: ViewState = {
      ...DEFAULT_VIEW,
      municipality: '2584',
      themes: ['language'],
      compare: ['2584', '2523'],
      embed: true,
    };
    useViewStore.getState().restore(shared);
    expect(view()).toEqual(shared);
  });

  it("keeps the legend's folding for this visit, apart from the view a link shares", () => {
    expect(useViewStore.getState().legendOpen).toBeNull();
    useViewStore.getState().setLegendOpen(false);
    expect(useViewStore.getState().legendOpen).toBe(false);
    // Back (a restore) changes the view, not how this visitor arranged the page.
    useViewStore.getState().restore({ ...DEFAULT_VIEW, municipality: '2580' });
    expect(useViewStore.getState().legendOpen).toBe(false);
    expect(view()).toEqual({ ...DEFAULT_VIEW, municipality: '2580' });
    useViewStore.getState().setLegendOpen(true);
    expect(useViewStore.getState().legendOpen).toBe(true);
  });
});
