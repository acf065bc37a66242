import { describe, expect, it } from 'vitest';
import { facetCounts, matchesCriteria, type ProjectCriteria } from './filter';
import type { Project } from '../../data/schemas';
import { PROJECTS as projects } from '../catalogue.fixture';
import { countByMunicipality } from './catalogue';

const ANY: ProjectCriteria = { themes: [], targetGroups: [], county: 'all', kinds: [] };

function ids(c: Partial<ProjectCriteria>): string[] {
  return projects.filter((p) => matchesCriteria(p, { ...ANY, ...c })).map((p) => p.id);
}

function codes(p: Project): string[] {
  return [...new Set([...(p.lead ? [p.lead] : []), ...p.municipalities])];
}

function byId(id: string): Project {
  const p = projects.find((x) => x.id === id);
  if (!p) throw new Error(`no project ${id}`);
  return p;
}

describe('matchesCriteria', () => {
  it('matches everything when nothing is selected', () => {
    expect(ids({})).toHaveLength(projects.length);
  });

  it('leaves out exactly the ended projects when they are hidden, and keeps them by default', () => {
    const ended = projects.filter((p) => p.status === 'completed').map((p) => p.id);
    expect(ended.length).toBeGreaterThan(0);
    expect(ids({ hideEnded: false })).toHaveLength(projects.length);
    const shown = ids({ hideEnded: true });
    expect(shown).toHaveLength(projects.length - ended.length);
    for (const id of ended) expect(shown).not.toContain(id);
    // Planned, ongoing and of unknown status stay.
    expect(ids({ hideEnded: true, kinds: ['project'] })).toEqual(
      projects.filter((p) => p.kind === 'project' && p.status !== 'completed').map((p) => p.id),
    );
  });

  it('finds the transport records of Piteå, Pajala and Norsjö and nothing else', () => {
    const transport = projects.filter((p) => matchesCriteria(p, { ...ANY, themes: ['transport'] }));
    expect(new Set(transport.flatMap(codes))).toEqual(new Set(['2581', '2521', '2417']));
    for (const code of ['2581', '2521', '2417']) {
      expect(transport.some((p) => codes(p).includes(code))).toBe(true);
    }
    expect(transport.map((p) => p.id).sort()).toEqual([
      'norsjo-bussforbindelser-bastutrask',
      'pajala-kollektivtrafiklinje-korpilombolo-pajala',
      'pitea-kollektivtrafik-med-integration-i-sikte',
    ]);
  });

  it('includes the wrestling project of Luleå and Idrott för alla of Vilhelmina under sport', () => {
    const sport = projects.filter((p) => matchesCriteria(p, { ...ANY, themes: ['sport'] }));
    const wrestling = sport.find((p) => p.title.sv.startsWith('Brottning för integration'));
    expect(wrestling?.lead).toBe('2580');
    const idrott = sport.find((p) => p.title.sv === 'Idrott för alla');
    expect(idrott?.lead).toBe('2462');
  });

  it('combines choices within a facet with OR', () => {
    const either = ids({ themes: ['transport', 'sport'] });
    const union = new Set([...ids({ themes: ['transport'] }), ...ids({ themes: ['sport'] })]);
    expect(new Set(either)).toEqual(union);
    expect(either).toHaveLength(8);
  });

  it('combines facets with AND', () => {
    expect(ids({ themes: ['transport', 'sport'], targetGroups: ['women'] })).toEqual([
      'pajala-kollektivtrafiklinje-korpilombolo-pajala',
      'vilhelmina-idrott-for-alla',
    ]);
    expect(ids({ themes: ['transport', 'sport'], targetGroups: ['women'], county: '25' })).toEqual([
      'pajala-kollektivtrafiklinje-korpilombolo-pajala',
    ]);
    expect(ids({ themes: ['transport', 'sport'], kinds: ['service', 'practice'] })).toEqual([
      'vannas-kunskapskvallar-idrott-och-integration',
      'pajala-kollektivtrafiklinje-korpilombolo-pajala',
      'norsjo-bussforbindelser-bastutrask',
    ]);
  });

  it('filters by county on the first two digits of any participating municipality', () => {
    expect(ids({ themes: ['transport'], county: '24' })).toEqual([
      'norsjo-bussforbindelser-bastutrask',
    ]);
    expect(ids({ themes: ['transport'], county: '25' })).toEqual([
      'pitea-kollektivtrafik-med-integration-i-sikte',
      'pajala-kollektivtrafiklinje-korpilombolo-pajala',
    ]);
    // Umeåregionen includes Örnsköldsvik (22) but is a Västerbotten record only.
    const umeaRegion = byId('region-umearegionens-flyktingsamordning');
    expect(matchesCriteria(umeaRegion, { ...ANY, county: '24' })).toBe(true);
    expect(matchesCriteria(umeaRegion, { ...ANY, county: '25' })).toBe(false);
    // Municipalities in both counties: matches either.
    const guides = byId('region-fadder-guide-van-vanfamilj');
    expect(matchesCriteria(guides, { ...ANY, county: '24' })).toBe(true);
    expect(matchesCriteria(guides, { ...ANY, county: '25' })).toBe(true);
    // Every record belongs to at least one of the two counties.
    const both = new Set([...ids({ county: '24' }), ...ids({ county: '25' })]);
    expect(both.size).toBe(projects.length);
  });

  it('lets region-wide records (no municipality) through either county', () => {
    const regionWide = projects.filter((p) => p.municipalities.length === 0 && p.lead === null);
    expect(regionWide.map((p) => p.id)).toEqual(['region-medborgarskapsceremoni']);
    const ceremony = regionWide[0]!;
    expect(matchesCriteria(ceremony, { ...ANY, county: '24' })).toBe(true);
    expect(matchesCriteria(ceremony, { ...ANY, county: '25' })).toBe(true);
    expect(matchesCriteria(ceremony, { ...ANY, county: '25', themes: ['transport'] })).toBe(false);
  });
});

describe('facetCounts', () => {
  it('counts each alternative against the other facets, not against the own selection', () => {
    const c: ProjectCriteria = { ...ANY, themes: ['transport'] };
    const themes = facetCounts(projects, c, 'themes');
    expect(themes.get('sport')).toBe(5);
    expect(themes.get('transport')).toBe(3);

    const in25 = facetCounts(projects, { ...c, county: '25' }, 'themes');
    // Sport in Norrbotten: Boden's training and Luleå's wrestling.
    expect(in25.get('sport')).toBe(2);
    expect(in25.get('transport')).toBe(2);
  });

  it('counts counties with the other facets applied; region-wide records count for both', () => {
    const transport = facetCounts(projects, { ...ANY, themes: ['transport'] }, 'county');
    expect(Object.fromEntries(transport)).toEqual({ '24': 1, '25': 2 });

    const ceremonyTheme = facetCounts(
      projects,
      { ...ANY, themes: ['civic-orientation'] },
      'county',
    );
    expect(ceremonyTheme.get('24')).toBe(
      ids({ themes: ['civic-orientation'], county: '24' }).length,
    );
    expect(ceremonyTheme.get('25')).toBe(
      ids({ themes: ['civic-orientation'], county: '25' }).length,
    );
  });

  it('equals the result count of choosing that value alone, for every facet and choice', () => {
    const selections: ProjectCriteria[] = [
      ANY,
      { ...ANY, themes: ['transport'] },
      { themes: ['sport', 'language'], targetGroups: ['youth'], county: '25', kinds: ['project'] },
      { themes: [], targetGroups: ['associations', 'women'], county: '24', kinds: ['service'] },
    ];
    for (const c of selections) {
      for (const facet of ['themes', 'targetGroups', 'kinds', 'county'] as const) {
        for (const [choice, count] of facetCounts(projects, c, facet)) {
          const alone: ProjectCriteria =
            facet === 'county'
              ? { ...c, county: choice as '24' | '25' }
              : { ...c, [facet]: [choice] };
          expect(count, `${facet}=${choice}`).toBe(
            projects.filter((p) => matchesCriteria(p, alone)).length,
          );
        }
      }
    }
  });

  it('lists every choice occurring in the catalogue, zero included', () => {
    const kinds = facetCounts(projects, { ...ANY, themes: ['transport'] }, 'kinds');
    expect(Object.fromEntries(kinds)).toEqual({ project: 1, service: 1, practice: 1, network: 0 });
    const themes = facetCounts(projects, { ...ANY, targetGroups: ['women'] }, 'themes');
    expect(themes.get('grants')).toBe(0);
    expect(themes.size).toBe(new Set(projects.flatMap((p) => p.themes)).size);
  });

  it('only counts projects in allowedIds (a search result)', () => {
    const allowed = new Set([
      'lulea-brottning-for-integration',
      'norsjo-bussforbindelser-bastutrask',
    ]);
    const themes = facetCounts(projects, { ...ANY, themes: ['transport'] }, 'themes', allowed);
    expect(themes.get('sport')).toBe(1);
    expect(themes.get('transport')).toBe(1);
    expect(themes.get('culture')).toBe(0);
    const county = facetCounts(projects, ANY, 'county', allowed);
    expect(Object.fromEntries(county)).toEqual({ '24': 1, '25': 1 });
  });
});

describe('countByMunicipality', () => {
  it('counts the given (filtered) projects per municipality, lead and participants once each', () => {
    const transport = projects.filter((p) => matchesCriteria(p, { ...ANY, themes: ['transport'] }));
    expect(Object.fromEntries(countByMunicipality(transport))).toEqual({
      '2581': 1,
      '2521': 1,
      '2417': 1,
    });
    const all = countByMunicipality(projects);
    // Pajala: five own records, Gällivare's SFI cooperation and the regional grants practice.
    expect(all.get('2521')).toBe(7);
    // Älvsbyn: the regional mentor practice, Piteå's vocational training and its own project.
    expect(all.get('2560')).toBe(3);
    // Region-wide records (no municipality) are counted under none.
    const regionWide = projects.filter((p) => p.lead === null && p.municipalities.length === 0);
    expect(regionWide.length).toBeGreaterThan(0);
    expect(countByMunicipality(regionWide).size).toBe(0);
  });
});
