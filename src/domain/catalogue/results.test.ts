import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
import { computeResults } from './results';
import { CatalogueFileSchema } from '../../data/schemas';
import { createProjectSearch } from './search';

const { projects } = CatalogueFileSchema.parse(catalogueFile);
const search = createProjectSearch(projects, new Map([['2560', 'Älvsbyn']])).search;
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
});
