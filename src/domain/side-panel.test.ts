import { beforeEach, describe, expect, it } from 'vitest';
import { computeResults, type Results } from './catalogue/results';
import { PROJECTS, projectById } from './catalogue.fixture';
import type { Project } from '../data/schemas';
import { MUNICIPALITIES } from './municipalities.fixture';
import { sidePanelFor, type SidePanelInputs } from './side-panel';

const LULEA = MUNICIPALITIES.find((m) => m.name === 'Luleå')!;
const none = { themes: [], targetGroups: [], kinds: [], county: 'all' as const, query: '' };

let wrestling: Project;
let unfiltered: Results;
let transport: Results;
/** Nothing open, everything loaded, beside the map. */
let idle: SidePanelInputs;
beforeEach(() => {
  wrestling = projectById('lulea-brottning-for-integration');
  unfiltered = computeResults(PROJECTS, none, () => []);
  transport = computeResults(PROJECTS, { ...none, themes: ['transport'] }, () => []);
  idle = {
    projectId: null,
    project: undefined,
    comparing: false,
    selected: undefined,
    catalogueLoaded: true,
    results: unfiltered,
    municipalitiesLoaded: true,
    listShown: false,
  };
});

describe('which side panel shows', () => {
  it('shows none while nothing is open and no filter narrows the catalogue', () => {
    expect(sidePanelFor(idle)).toBeNull();
  });

  it('shows the open project before the comparison, the municipality and the results', () => {
    const everything = {
      ...idle,
      projectId: wrestling.id,
      project: wrestling,
      comparing: true,
      selected: LULEA,
      results: transport,
    };
    expect(sidePanelFor(everything)).toEqual({ kind: 'project', project: wrestling });
  });

  it('says the catalogue has no such project, once it has loaded, instead of showing nothing', () => {
    const unknown = { ...idle, projectId: 'no-such-project', selected: LULEA };
    expect(sidePanelFor(unknown)).toEqual({ kind: 'project-not-found' });
    // Before the catalogue is there, the project cannot be said to be missing.
    const loading = { ...unknown, catalogueLoaded: false, results: null };
    expect(sidePanelFor(loading)).toEqual({ kind: 'municipality', municipality: LULEA });
  });

  it('shows the comparison before the municipality, once the catalogue and the map have loaded', () => {
    const comparing = { ...idle, comparing: true, selected: LULEA };
    expect(sidePanelFor(comparing)).toEqual({ kind: 'comparison' });
    expect(sidePanelFor({ ...comparing, municipalitiesLoaded: false })).toEqual({
      kind: 'municipality',
      municipality: LULEA,
    });
    expect(sidePanelFor({ ...comparing, catalogueLoaded: false, results: null })).toEqual({
      kind: 'municipality',
      municipality: LULEA,
    });
  });

  it('shows the selected municipality before the results of the filters', () => {
    expect(sidePanelFor({ ...idle, selected: LULEA, results: transport })).toEqual({
      kind: 'municipality',
      municipality: LULEA,
    });
  });

  it('shows the results of the filters beside the map, not beside the list that shows them', () => {
    expect(sidePanelFor({ ...idle, results: transport })).toEqual({
      kind: 'results',
      results: transport,
    });
    expect(sidePanelFor({ ...idle, results: transport, listShown: true })).toBeNull();
  });

  it('shows no results while a search waits for its engine', () => {
    expect(sidePanelFor({ ...idle, results: null })).toBeNull();
  });
});
