import { describe, expect, it } from 'vitest';
import type { Project } from '../../data/schemas';
import { PROJECTS as projects } from '../catalogue.fixture';
import { seededRandom } from '../seeded-random.fixture';
import { countByMunicipality, projectsOfMunicipality } from './catalogue';
import { createFacetIndex, facetIndexOf } from './facet-index';
import { facetCounts, matchesCriteria, type Facet, type ProjectCriteria } from './filter';

const ANY: ProjectCriteria = { themes: [], targetGroups: [], county: 'all', kinds: [] };
const FACETS: Facet[] = ['themes', 'targetGroups', 'kinds', 'county'];

const pick = <T>(next: () => number, from: readonly T[], max: number): T[] => [
  ...new Set(
    Array.from(
      { length: Math.floor(next() * (max + 1)) },
      () => from[Math.floor(next() * from.length)]!,
    ),
  ),
];

const THEMES = [...new Set(projects.flatMap((p) => p.themes))];
const GROUPS = [...new Set(projects.flatMap((p) => p.targetGroups))];
// A code outside the focus (Örnsköldsvik, county 22) too: such a project is in neither focus county.
const CODES = [...new Set([...projects.flatMap((p) => p.municipalities), '2284'])];
const KINDS = ['project', 'service', 'practice', 'network'] as const;

/** Projects mixed from the real vocabularies: region-wide ones, several counties, no themes. */
function generated(count: number, seed: number): Project[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = projects[i % projects.length]!;
    const municipalities = pick(next, CODES, 3);
    return {
      ...base,
      id: `generated-${i}`,
      themes: pick(next, THEMES, 3),
      targetGroups: pick(next, GROUPS, 2),
      kind: KINDS[Math.floor(next() * KINDS.length)]!,
      lead: next() < 0.2 ? null : (municipalities[0] ?? null),
      municipalities,
    };
  });
}

function randomCriteria(next: () => number): ProjectCriteria {
  const county = next();
  return {
    themes: pick(next, [...THEMES, 'no-such-theme'], 2),
    targetGroups: pick(next, GROUPS, 2),
    kinds: pick(next, KINDS, 2),
    county: county < 0.4 ? 'all' : county < 0.7 ? '24' : '25',
    hideEnded: next() < 0.3,
  };
}

/** The positions the mask lets through. */
const through = (mask: Uint8Array) => [...mask.keys()].filter((i) => mask[i] === 1);

describe('the facet index', () => {
  it('gives the same matches and counts as the plain filter, on the catalogue', () => {
    const index = createFacetIndex(projects);
    const transport = { ...ANY, themes: ['transport'] };
    for (const c of [
      ANY,
      transport,
      { ...ANY, county: '25' as const },
      { ...ANY, hideEnded: true },
    ]) {
      expect(through(index.matches(c))).toEqual(
        projects.flatMap((p, i) => (matchesCriteria(p, c) ? [i] : [])),
      );
      for (const facet of FACETS)
        expect(index.counts(c, facet)).toEqual(facetCounts(projects, c, facet));
    }
    // Piteå, Pajala and Norsjö carry the transport projects.
    expect(new Set(index.countByMunicipality(index.matches(transport)).keys())).toEqual(
      new Set(['2581', '2521', '2417']),
    );
  });

  it('agrees with the plain filter on 1 000 generated projects and 100 random selections', () => {
    const many = generated(1000, 16);
    const index = createFacetIndex(many);
    const next = seededRandom(17);
    for (let round = 0; round < 100; round++) {
      const c = randomCriteria(next);
      const allowed =
        next() < 0.3 ? new Set(many.filter(() => next() < 0.5).map((p) => p.id)) : undefined;
      const expected = many.filter((p) => (!allowed || allowed.has(p.id)) && matchesCriteria(p, c));
      const mask = index.matches(c, allowed);
      expect(through(mask).map((i) => many[i]!.id)).toEqual(expected.map((p) => p.id));
      expect(index.countByMunicipality(mask)).toEqual(countByMunicipality(expected));
      for (const facet of FACETS)
        expect(index.counts(c, facet, allowed)).toEqual(facetCounts(many, c, facet, allowed));
    }
  });

  it("gives each municipality's projects as the plain walk does, in the same order", () => {
    const many = generated(1000, 18);
    const index = createFacetIndex(many);
    const ids = (g: ReturnType<typeof projectsOfMunicipality>) =>
      [g.leads, g.partOf, g.regionWide].map((list) => list.map((p) => p.id));
    for (const code of [...CODES, '9999'])
      expect(ids(index.projectsOfMunicipality(code))).toEqual(
        ids(projectsOfMunicipality(code, many)),
      );
    // Luleå (2580) on the real catalogue: it leads the wrestling club and the staff's Swedish course.
    const lulea = createFacetIndex(projects).projectsOfMunicipality('2580');
    expect(lulea).toEqual(projectsOfMunicipality('2580', projects));
    expect(lulea.leads.length).toBeGreaterThan(1);
  });

  it('keeps the counts in the plain order of keys: every kind first, then as the projects carry them', () => {
    const index = createFacetIndex(projects);
    expect([...index.counts(ANY, 'kinds').keys()]).toEqual([
      ...facetCounts(projects, ANY, 'kinds').keys(),
    ]);
    expect([...index.counts(ANY, 'themes').keys()]).toEqual([
      ...facetCounts(projects, ANY, 'themes').keys(),
    ]);
  });

  it('ignores ids it does not hold and lets nothing through an empty allowed set', () => {
    const index = createFacetIndex(projects);
    expect(through(index.matches(ANY, new Set(['no-such-project'])))).toEqual([]);
    expect(index.counts(ANY, 'county', new Set())).toEqual(
      new Map([
        ['24', 0],
        ['25', 0],
      ]),
    );
  });

  it('is built once per project list', () => {
    expect(facetIndexOf(projects)).toBe(facetIndexOf(projects));
    expect(facetIndexOf([...projects])).not.toBe(facetIndexOf(projects));
  });

  it('answers a filter at 10 000 projects without testing each project against each facet', () => {
    const index = createFacetIndex(generated(10_000, 3));
    const c = { ...ANY, themes: [THEMES[0]!], county: '25' as const };
    // Behaviour, not a timing: the answer is consistent with the counts of the other facets.
    const matched = through(index.matches(c)).length;
    expect(index.counts(c, 'themes').get(THEMES[0]!)).toBe(matched);
    expect(index.counts(c, 'county').get('25')).toBe(matched);
  });
});
