import { describe, expect, it } from 'vitest';
import {
  firstSentence,
  indexCatalogue,
  municipalitiesOf,
  projectsOfMunicipality,
} from './catalogue';
import { cooperationLinks, linkFeatures } from './links';
import { CATALOGUE, PROJECTS as projects } from '../catalogue.fixture';
import { municipalityCollection } from '../municipality';
import { MUNICIPALITIES } from '../municipalities.fixture';

const byTitle = (title: string) => projects.find((p) => p.title.sv.startsWith(title))!;
const { byCode } = municipalityCollection(MUNICIPALITIES);

describe('projects of a municipality', () => {
  it('separates what Luleå leads from what it takes part in and region-wide practices', () => {
    const lulea = projectsOfMunicipality('2580', projects);
    expect(lulea.leads).toContain(byTitle('Brottning för integration'));
    expect(lulea.leads).toContain(byTitle('Svenska för anställda'));
    for (const p of lulea.partOf) expect(p.lead).not.toBe('2580');
    for (const p of lulea.regionWide) expect(p.lead).toBeNull();
  });

  it('lists Kompetens och Samverkan for each of its four municipalities', () => {
    const project = byTitle('Kompetens och Samverkan');
    expect(new Set(municipalitiesOf(project))).toEqual(new Set(['2523', '2584', '2510', '2521']));
    for (const code of ['2584', '2510', '2521']) {
      expect(projectsOfMunicipality(code, projects).partOf).toContain(project);
    }
  });
});

describe('cooperation links', () => {
  it('link the lead of a shared project to each other participant', () => {
    const project = byTitle('Kompetens och Samverkan');
    const located = new Set(['2523', '2584', '2510', '2521']);
    const links = cooperationLinks([project], located);
    expect(project.lead).toBe('2523');
    expect(links.map((l) => l.from)).toEqual(['2523', '2523', '2523']);
    expect(new Set(links.map((l) => l.to))).toEqual(new Set(['2584', '2510', '2521']));
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
  });

  it('draw nothing for a project in one municipality, or with unlocated members', () => {
    expect(cooperationLinks([byTitle('Brottning för integration')], new Set(['2580']))).toEqual([]);
    const project = byTitle('Kompetens och Samverkan');
    expect(cooperationLinks([project], new Set(['2523']))).toEqual([]);
  });
});

describe('the lines of the cooperation links', () => {
  // Label points of Gällivare and Kiruna from the municipalities' data (WGS84).
  const gallivare = byCode.get('2523')!;
  const kiruna = byCode.get('2584')!;
  const pointOf = (code: string) => {
    const m = byCode.get(code);
    return m ? ([m.labelLon, m.labelLat] as [number, number]) : undefined;
  };

  it('draws each link from its hub to the other member, carrying the project for highlighting', () => {
    const links = cooperationLinks([byTitle('Kompetens och Samverkan')], new Set(byCode.keys()));
    const lines = linkFeatures(links, pointOf);
    expect(lines.type).toBe('FeatureCollection');
    expect(lines.features).toHaveLength(3);
    const toKiruna = lines.features.find((f) => f.properties?.to === '2584')!;
    expect(toKiruna).toEqual({
      type: 'Feature',
      id: links.find((l) => l.to === '2584')!.id,
      properties: { project: 'gallivare-kompetens-och-samverkan', from: '2523', to: '2584' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [gallivare.labelLon, gallivare.labelLat],
          [kiruna.labelLon, kiruna.labelLat],
        ],
      },
    });
  });

  it('leaves out a link whose end has no point on the map', () => {
    const links = [
      { id: 0, project: 'a', from: '2523', to: '2584' },
      { id: 1, project: 'b', from: '2523', to: '9999' },
      { id: 2, project: 'c', from: '9999', to: '2584' },
    ];
    expect(linkFeatures(links, pointOf).features.map((f) => f.id)).toEqual([0]);
  });
});

describe('the catalogue index', () => {
  it('finds projects, themes and target groups by id', () => {
    const index = indexCatalogue({
      source: { id: 'report', title: 'Rapport', publisher: 'Länsstyrelsen', year: 2017 },
      projects,
      themes: CATALOGUE.themes,
      targetGroups: CATALOGUE.targetGroups,
    });
    expect(index.projects).toBe(projects);
    expect(index.byId.size).toBe(projects.length);
    expect(index.byId.get('gallivare-kompetens-och-samverkan')?.title.sv).toBe(
      'Kompetens och Samverkan (SFI + Arbetsliv)',
    );
    expect(index.themes.get('transport')?.label.en).toBe(
      CATALOGUE.themes.find((t) => t.id === 'transport')!.label.en,
    );
    expect(index.themes.size).toBe(CATALOGUE.themes.length);
    expect(index.targetGroups.size).toBe(CATALOGUE.targetGroups.length);
    expect(index.targetGroups.get(CATALOGUE.targetGroups[0]!.id)).toEqual(
      CATALOGUE.targetGroups[0],
    );
    expect(index.source.year).toBe(2017);
  });
});

describe('the municipalities of a project', () => {
  it('puts the lead first, once, then the others as listed', () => {
    const project = byTitle('Kompetens och Samverkan');
    expect(municipalitiesOf(project)).toEqual(['2523', '2584', '2510', '2521']);
    expect(municipalitiesOf({ ...project, lead: '2510' })).toEqual([
      '2510',
      '2523',
      '2584',
      '2521',
    ]);
    expect(municipalitiesOf({ ...project, lead: null })).toEqual(project.municipalities);
    expect(municipalitiesOf({ ...project, lead: null })).not.toBe(project.municipalities);
  });
});

describe('firstSentence', () => {
  it('cuts at the first full stop, question or exclamation mark followed by a space', () => {
    expect(firstSentence('Ett. Två.')).toBe('Ett.');
    expect(firstSentence('Utan punkt')).toBe('Utan punkt');
    expect(firstSentence('  Varför? Därför.  ')).toBe('Varför?');
    expect(firstSentence('Hej! Och mer.')).toBe('Hej!');
    // A full stop inside a word or a number is not the end of a sentence.
    expect(firstSentence('Kl. 3.5 i Luleå.')).toBe('Kl.');
    expect(firstSentence('Version 3.5 finns. Mer.')).toBe('Version 3.5 finns.');
    expect(firstSentence('  Slut.')).toBe('Slut.');
  });
});
