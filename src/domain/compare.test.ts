import { beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE, PROJECTS as projects } from './catalogue.fixture';
import {
  addToSet,
  candidatesFor,
  comparisonSet,
  contactsOfMunicipality,
  figureRows,
  ideasFromNeighbours,
  markExtremes,
  MAX_COMPARE,
  membersOf,
  removeFromSet,
  sharedProjects,
  themeMatrix,
} from './compare';
import { BODEN_AND_NEIGHBOURS } from './focus-municipalities.fixture';
import { municipalityCollection, type Municipality } from './municipality';
import { MUNICIPALITIES } from './municipalities.fixture';

const municipalities = MUNICIPALITIES;
const { byCode } = municipalityCollection(municipalities);
const themes = CATALOGUE.themes.map((t) => t.id);

const codeOf = (name: string) => {
  const m = municipalities.find((x) => x.name === name);
  if (!m) throw new Error(`no municipality ${name}`);
  return m.code;
};
const named = (name: string) => byCode.get(codeOf(name))!;
const namesOf = (codes: readonly string[]) => codes.map((c) => byCode.get(c)!.name);
const project = (id: string) => projects.find((p) => p.id === id)!;

describe('comparisonSet', () => {
  it('is Boden first, then its six neighbours by name', () => {
    const { codes, omitted } = comparisonSet(named('Boden'), byCode);
    expect(namesOf(codes)).toEqual(BODEN_AND_NEIGHBOURS);
    expect(omitted).toEqual([]);
  });
  it('includes neighbours outside the two counties, flagged as outside', () => {
    const { codes } = comparisonSet(named('Nordmaling'), byCode);
    const members = membersOf(codes, byCode);
    const ovik = members.find((m) => m.municipality.name === 'Örnsköldsvik')!;
    expect(ovik).toMatchObject({ outside: true, neighbour: true, isBase: false });
    expect(members[0]).toMatchObject({ isBase: true, outside: false, neighbour: false });
    expect(members.filter((m) => m.outside)).toHaveLength(1);
  });
  it('keeps at most eight, leaving the rest to be offered (Lycksele has eight neighbours)', () => {
    const lycksele = named('Lycksele');
    expect(lycksele.neighbours).toHaveLength(8);
    const { codes, omitted } = comparisonSet(lycksele, byCode);
    expect(codes).toHaveLength(MAX_COMPARE);
    expect(codes[0]).toBe(lycksele.code);
    expect(omitted).toHaveLength(1);
    expect(new Set([...codes.slice(1), ...omitted])).toEqual(new Set(lycksele.neighbours));
  });
  it('drops context municipalities before the counties’ own when the set is full', () => {
    const base: Municipality = {
      ...named('Åsele'),
      neighbours: [...named('Lycksele').neighbours, codeOf('Örnsköldsvik')],
    };
    const { omitted } = comparisonSet(base, byCode);
    expect(namesOf(omitted)).toContain('Örnsköldsvik');
  });
  it('keeps the first seven by name whatever the order of the neighbours', () => {
    // Lycksele's eight, listed backwards: Åsele is still the one left out (å sorts after z).
    const lycksele = named('Lycksele');
    const { codes, omitted } = comparisonSet(
      { ...lycksele, neighbours: [...lycksele.neighbours].reverse() },
      byCode,
    );
    expect(namesOf(omitted)).toEqual(['Åsele']);
    expect(namesOf(codes)).toEqual([
      'Lycksele',
      'Bjurholm',
      'Malå',
      'Norsjö',
      'Sorsele',
      'Storuman',
      'Vilhelmina',
      'Vindeln',
    ]);
  });
  it('leaves out a context municipality listed first, an unknown code and the base itself', () => {
    const lycksele = named('Lycksele');
    const base: Municipality = {
      ...lycksele,
      neighbours: [codeOf('Örnsköldsvik'), '9999', lycksele.code, ...lycksele.neighbours],
    };
    const { codes, omitted } = comparisonSet(base, byCode);
    expect(codes).toHaveLength(MAX_COMPARE);
    expect(codes.filter((c) => c === lycksele.code)).toEqual([lycksele.code]);
    expect(namesOf(omitted)).toEqual(['Åsele', 'Örnsköldsvik']);
  });
});

describe('adding and removing', () => {
  // Made for each test, not while the tests are collected: the mutation run records which
  // tests reach a mutant, and switches it on, only around the tests themselves.
  let boden: string[];
  beforeEach(() => {
    boden = comparisonSet(named('Boden'), byCode).codes;
  });
  it('adds at the end, once, and not beyond eight', () => {
    const withUmea = addToSet(boden, codeOf('Umeå'));
    expect(withUmea).toEqual([...boden, codeOf('Umeå')]);
    expect(addToSet(withUmea, codeOf('Umeå'))).toEqual(withUmea);
    expect(addToSet(withUmea, codeOf('Kiruna'))).toEqual(withUmea);
  });
  it('removes any member but the base', () => {
    expect(namesOf(removeFromSet(boden, codeOf('Piteå')))).not.toContain('Piteå');
    expect(removeFromSet(boden, codeOf('Piteå'))).toHaveLength(6);
    expect(removeFromSet(boden, codeOf('Boden'))).toEqual(boden);
    expect(removeFromSet([codeOf('Boden')], codeOf('Boden'))).toEqual([codeOf('Boden')]);
  });
  it('offers every municipality not in the set, the context ones included', () => {
    const candidates = candidatesFor(boden, municipalities);
    expect(candidates).toHaveLength(municipalities.length - boden.length);
    expect(candidates.map((m) => m.name)).toContain('Örnsköldsvik');
    expect(candidates.map((m) => m.name)).not.toContain('Piteå');
  });
  it('reads a set from the URL leniently: unknown and repeated codes are dropped', () => {
    const members = membersOf(['9999', '2582', '2581', '2581'], byCode);
    expect(members.map((m) => m.municipality.name)).toEqual(['Boden', 'Piteå']);
    expect(members[0]!.isBase).toBe(true);
    expect(members[1]!.neighbour).toBe(true);
    expect(membersOf(['2582', '2480'], byCode)[1]!.neighbour).toBe(false);
  });
});

describe('themeMatrix', () => {
  it('lists every theme, with each member’s projects on it as lead or participant', () => {
    const codes = [codeOf('Gällivare'), codeOf('Kiruna'), codeOf('Pajala')];
    const rows = themeMatrix(codes, projects, themes);
    expect(rows.map((r) => r.theme)).toEqual(themes);
    const work = rows.find((r) => r.theme === 'work')!;
    const kompetens = project('gallivare-kompetens-och-samverkan');
    expect(work.cells.get(codeOf('Gällivare'))).toContainEqual({
      project: kompetens,
      role: 'lead',
    });
    expect(work.cells.get(codeOf('Kiruna'))).toContainEqual({
      project: kompetens,
      role: 'participant',
    });
    expect(work.municipalities).toBe(3);
    const sport = rows.find((r) => r.theme === 'sport')!;
    expect(sport.municipalities).toBe(0);
  });
});

describe('ideasFromNeighbours', () => {
  it('gives Umeå, which has no sport project, its neighbours’ sport projects with the contact', () => {
    const umea = codeOf('Umeå');
    expect(
      themeMatrix([umea], projects, themes).find((r) => r.theme === 'sport')!.municipalities,
    ).toBe(0);
    const { codes } = comparisonSet(named('Umeå'), byCode);
    const ideas = ideasFromNeighbours(umea, codes.slice(1), projects, themes);
    const sport = ideas.find((i) => i.theme === 'sport')!;
    expect(namesOf(sport.municipalities).sort()).toEqual(['Robertsfors', 'Vännäs']);
    const summer = sport.projects.find(
      (p) => p.project.id === 'robertsfors-sommarlovsaktiviteter',
    )!;
    expect(namesOf(summer.municipalities)).toEqual(['Robertsfors']);
    expect(summer.project.contacts[0]).toMatchObject({
      name: 'Clarence Coulton Andersson',
      email: 'clarence.coulton@robertsfors.org',
    });
  });
  it('lists each project once, under the first of its themes, naming its other themes there', () => {
    for (const name of ['Umeå', 'Boden', 'Vännäs', 'Kiruna', 'Storuman']) {
      const { codes } = comparisonSet(named(name), byCode);
      const ideas = ideasFromNeighbours(codes[0]!, codes, projects, themes);
      const ids = ideas.flatMap((i) => i.projects.map((p) => p.project.id));
      expect(ids.length, name).toBeGreaterThan(0);
      expect(new Set(ids).size, name).toBe(ids.length);
      const ideaThemes = ideas.map((i) => i.theme);
      for (const [at, idea] of ideas.entries()) {
        for (const p of idea.projects) {
          // Not a theme listed above: it would have been placed there.
          for (const other of p.alsoThemes) expect(p.project.themes).toContain(other);
          const earlier = ideaThemes.slice(0, at).filter((t) => p.project.themes.includes(t));
          expect(earlier, `${name} ${p.project.id}`).toEqual([]);
        }
      }
    }
  });
  it('keeps every project a neighbour has on a missing theme: none lost by listing it once', () => {
    const { codes } = comparisonSet(named('Umeå'), byCode);
    const base = codes[0]!;
    const ideas = ideasFromNeighbours(base, codes, projects, themes);
    const listed = new Set(ideas.flatMap((i) => i.projects.map((p) => p.project.id)));
    const missing = new Set(ideas.map((i) => i.theme));
    const expected = projects.filter(
      (p) =>
        p.themes.some((t) => missing.has(t)) &&
        codes.slice(1).some((c) => p.lead === c || p.municipalities.includes(c)),
    );
    expect([...listed].sort()).toEqual(expected.map((p) => p.id).sort());
  });
  it('gives Storuman Vilhelmina’s Idrott för alla with Helena Steen', () => {
    const { codes } = comparisonSet(named('Storuman'), byCode);
    const ideas = ideasFromNeighbours(codes[0]!, codes, projects, themes);
    const sport = ideas.find((i) => i.theme === 'sport')!;
    const idrott = sport.projects.find((p) => p.project.id === 'vilhelmina-idrott-for-alla')!;
    expect(idrott.project.contacts.map((c) => c.name)).toEqual(['Helena Steen']);
  });
  it('never suggests a theme the base already works on', () => {
    const boden = codeOf('Boden');
    const { codes } = comparisonSet(named('Boden'), byCode);
    const ideas = ideasFromNeighbours(boden, codes, projects, themes);
    const bodenThemes = new Set(
      projects
        .filter((p) => p.lead === boden || p.municipalities.includes(boden))
        .flatMap((p) => p.themes),
    );
    expect(bodenThemes.has('sport')).toBe(true);
    expect(ideas.length).toBeGreaterThan(0);
    for (const idea of ideas) {
      expect(bodenThemes.has(idea.theme), idea.theme).toBe(false);
      for (const p of idea.projects) expect(p.municipalities).not.toContain(boden);
    }
  });
  it('puts the themes most neighbours share first', () => {
    const { codes } = comparisonSet(named('Boden'), byCode);
    const counts = ideasFromNeighbours(codes[0]!, codes, projects, themes).map(
      (i) => i.municipalities.length,
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
  it('falls back to the lead’s contacts from its other projects when a project names none', () => {
    // Vännäs' Kunskapskvällar names no contact and Vännäs names none elsewhere.
    expect(contactsOfMunicipality(codeOf('Vännäs'), projects)).toEqual([]);
    // Pajala names Julia Torgils on several projects: she is listed once.
    expect(contactsOfMunicipality(codeOf('Pajala'), projects).map((c) => c.name)).toEqual([
      'Julia Torgils',
    ]);
  });
});

describe('sharedProjects', () => {
  it('lists the projects linking two or more members, not those of one member alone', () => {
    const { codes } = comparisonSet(named('Gällivare'), byCode);
    const shared = sharedProjects(codes, projects);
    const ids = shared.map((s) => s.project.id);
    expect(ids).toContain('gallivare-kompetens-och-samverkan');
    expect(ids).not.toContain('gallivare-integrationsplan-och-integrationsstrateg');
    for (const s of shared) expect(s.municipalities.length).toBeGreaterThanOrEqual(2);
    const kompetens = shared.find((s) => s.project.id === 'gallivare-kompetens-och-samverkan')!;
    expect(namesOf(kompetens.municipalities).sort()).toEqual(
      ['Gällivare', 'Jokkmokk', 'Kiruna', 'Pajala'].sort(),
    );
  });
});

describe('markExtremes', () => {
  it('marks the highest and lowest, never a missing value', () => {
    expect(markExtremes([3, null, 1, 2])).toEqual(['highest', null, 'lowest', null]);
    expect(markExtremes([0, null])).toEqual([null, null]);
  });
  it('shares marks between ties and marks nothing when all are equal', () => {
    expect(markExtremes([1, 3, 3, 1])).toEqual(['lowest', 'highest', 'highest', 'lowest']);
    expect(markExtremes([2, 2, null])).toEqual([null, null, null]);
  });
});

describe('figureRows', () => {
  let members: Municipality[];
  let rows: ReturnType<typeof figureRows>;
  beforeEach(() => {
    members = membersOf(comparisonSet(named('Nordmaling'), byCode).codes, byCode).map(
      (m) => m.municipality,
    );
    rows = figureRows(members, projects, null);
  });
  const row = (key: string) => rows.find((r) => r.key === key)!;
  const cell = (key: string, name: string) => row(key).cells.find((c) => c.code === codeOf(name))!;

  it('has county, population, area, density, projects and projects per 10 000', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'county',
      'population',
      'areaLand',
      'density',
      'projects',
      'projectsPer10k',
    ]);
    expect(cell('county', 'Örnsköldsvik').text).toMatch(/Västernorrland/);
  });
  it('marks Umeå the most populous and Bjurholm the least, from SCB 2016', () => {
    expect(cell('population', 'Umeå')).toMatchObject({ value: 122_892, extreme: 'highest' });
    expect(cell('population', 'Bjurholm')).toMatchObject({ value: 2454, extreme: 'lowest' });
    // Örnsköldsvik is outside the counties but has its SCB figures like any other.
    expect(cell('population', 'Örnsköldsvik').value).toBe(55_964);
  });
  it('gives a municipality outside the report no project count, never counted as lowest', () => {
    expect(cell('projects', 'Örnsköldsvik')).toMatchObject({
      value: null,
      extreme: null,
      notCovered: true,
    });
    expect(cell('projectsPer10k', 'Örnsköldsvik').value).toBeNull();
    const counted = row('projects').cells.filter((c) => c.value !== null);
    expect(counted.length).toBe(members.length - 1);
  });
  it('counts projects as the map does, and per 10 000 inhabitants', () => {
    const umea = codeOf('Umeå');
    const count = projects.filter((p) => p.lead === umea || p.municipalities.includes(umea)).length;
    expect(cell('projects', 'Umeå').value).toBe(count);
    expect(cell('projectsPer10k', 'Umeå').value).toBeCloseTo((count / 122_892) * 10_000, 6);
    expect(cell('density', 'Umeå').value).toBeCloseTo(122_892 / named('Umeå').areaLandKm2, 6);
  });
  it('adds the matching count only when filters are active', () => {
    const sportIds = new Set(projects.filter((p) => p.themes.includes('sport')).map((p) => p.id));
    const filtered = figureRows(members, projects, sportIds);
    const matching = filtered.find((r) => r.key === 'projectsMatching')!;
    expect(matching.cells.find((c) => c.code === codeOf('Vännäs'))!.value).toBe(1);
    expect(matching.cells.find((c) => c.code === codeOf('Umeå'))!.value).toBe(0);
  });
});
