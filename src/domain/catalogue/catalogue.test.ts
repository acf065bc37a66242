import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
import { firstSentence, municipalitiesOf, projectsOfMunicipality } from './catalogue';
import { cooperationLinks } from './links';
import { CatalogueFileSchema } from '../../data/schemas';

const { projects } = CatalogueFileSchema.parse(catalogueFile);
const byTitle = (title: string) => projects.find((p) => p.title.sv.startsWith(title))!;

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

describe('firstSentence', () => {
  it('cuts at the first full stop followed by a space', () => {
    expect(firstSentence('Ett. Två.')).toBe('Ett.');
    expect(firstSentence('Utan punkt')).toBe('Utan punkt');
  });
});
