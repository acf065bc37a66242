import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
// The source report, from the shared folder beside the checkout (read as text by Vite).
import reportText from '../../../../shared/seed/000_3f8647d60b3f421b.txt?raw';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import { CatalogueFileSchema, type Project } from '../../data/schemas';
import { createProjectSearch } from './search';

/**
 * The catalogue read line by line against the report (issue 13): each record says what the
 * report prints, nothing it does not.
 */
const { projects } = CatalogueFileSchema.parse(catalogueFile);
const record = (id: string): Project => {
  const found = projects.find((p) => p.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

/** The report with runs of white space (line breaks included) as single spaces, lower case. */
const reportFlat = reportText.replace(/\s+/g, ' ').toLowerCase();

/** Partners whose names the records give in a fuller or tidier form than the printed one. */
const PRINTED_AS: Record<string, string> = {
  'Bodens Bandyklubb (BBK)': 'BBK (Bodens Bandyklubb',
  'Lapplands Kommunalförbund (LKF)': 'Lapplands Kommunalförbund (LKF',
  Personalkontoret: 'personalkontor',
  Arbetsmarknadsförvaltningen: 'arbetsmarknadsförvaltning',
};

describe('the catalogue against the report', () => {
  it('names only funders the report prints, word for word', () => {
    for (const project of projects) {
      for (const funder of project.funding) {
        expect(reportFlat, `${project.id}: ${funder}`).toContain(funder.toLowerCase());
      }
    }
  });

  it('names only partners the report prints', () => {
    for (const project of projects) {
      for (const partner of project.partners) {
        const printed = PRINTED_AS[partner] ?? partner;
        expect(reportFlat, `${project.id}: ${partner}`).toContain(printed.toLowerCase());
      }
    }
  });

  it('region-bidrag-till-integrationsprojekt: funding as printed (p. 8)', () => {
    const grants = record('region-bidrag-till-integrationsprojekt');
    expect(grants.funding).toEqual(['Bidrag från staten', 'Egna kommunala medel']);
    expect(reportFlat).toContain('genom bidrag från staten men även från egna kommunala medel');
    expect(grants.source?.page).toBe(8);
  });

  it('robertsfors-sommarlovsaktiviteter: no funder, as the report names none (p. 15)', () => {
    const summer = record('robertsfors-sommarlovsaktiviteter');
    expect(summer.funding).toEqual([]);
    expect(summer.source?.page).toBe(15);
  });

  it('dorotea-natur-for-alla: LONA is the kind of project, not a funder (p. 11)', () => {
    const nature = record('dorotea-natur-for-alla');
    expect(nature.funding.join(' ')).not.toMatch(/LONA/);
    expect(nature.summary.sv).toContain('lokalt naturvårdsprojekt (LONA)');
    expect(nature.summary.en).toContain('local nature conservation project (LONA)');
  });

  it('gallivare-kompetens-och-samverkan: two years, to the end of 2018 (pp. 11–12)', () => {
    const project = record('gallivare-kompetens-och-samverkan');
    expect(project.period).toBe('–2018');
    expect(project.facts).toContainEqual({ sv: 'Tvåårigt projekt', en: 'Two-year project' });
    expect(project.facts).toContainEqual({
      sv: 'Pågår till och med 2018',
      en: 'Runs until the end of 2018',
    });
    expect(project.summary.sv).toContain('pågår till och med 2018');
    expect(project.summary.en).toContain('until the end of 2018');
    expect(reportFlat).toContain('projektet kommer pågå till och med år 2018');
    expect(reportFlat).toContain('ett två årigt projekt');
  });

  it('kiruna-cafe-metropol: run by civil society; the agencies only inform (p. 12)', () => {
    const cafe = record('kiruna-cafe-metropol');
    expect(cafe.partners).not.toContain('Arbetsförmedlingen');
    expect(cafe.partners).not.toContain('Migrationsverket');
    expect(cafe.summary.sv).toContain('civilsamhället, som också driver det');
    expect(cafe.summary.en).toContain('run by civil society');
    expect(cafe.summary.sv).toContain('information från Arbetsförmedlingen och Migrationsverket');
    expect(reportFlat).toContain('skapad och driven av civilsamhället');
  });

  it('vilhelmina-idrott-for-alla: a project of the municipality and the local associations (p. 17)', () => {
    const sport = record('vilhelmina-idrott-for-alla');
    expect(sport.partners).toEqual(['Det lokala föreningslivet']);
    expect(sport.lead).toBe('2462');
    expect(reportFlat).toContain('integrationsprojekt mellan kommun och föreningsliv');
  });

  it('gallivare-haparanda-informationstraffar: no "ask the municipality directly" (p. 8)', () => {
    const meetings = record('gallivare-haparanda-informationstraffar');
    expect(meetings.summary.sv).not.toMatch(/direkt|frågor/);
    expect(meetings.summary.en).not.toMatch(/direct|question/);
    expect(meetings.summary.sv).toContain('allmänna informationsträffar');
  });

  it('lulea-filmskaparprojekt-ensamkommande: Filmpool Nord without a description of our own (p. 9)', () => {
    const film = record('lulea-filmskaparprojekt-ensamkommande');
    expect(film.summary.en).not.toMatch(/film centre/i);
    expect(film.summary.en).toContain('Luleå municipality and Filmpool Nord');
  });

  it('pajala-slussen: the plan and the hope stay a plan and a hope (p. 13)', () => {
    const slussen = record('pajala-slussen');
    expect(slussen.summary.sv).toContain('Förhoppningen är att Slussen ska bli');
    expect(slussen.summary.sv).toContain('hoppas kommunen');
    expect(slussen.summary.sv).not.toContain('skapas också två');
    expect(slussen.summary.en).toContain('The hope is that Slussen will become');
    expect(slussen.summary.en).toContain('hopes to build');
    expect(slussen.summary.en).not.toMatch(/also creates|giving them/);
    expect(slussen.facts).toEqual([
      {
        sv: 'Planerat: två 50-procentiga anställningar för unga vuxna',
        en: 'Planned: two 50 % positions for young adults',
      },
    ]);
  });

  it('region-fadder-guide-van-vanfamilj: a "vänfamilj" is a befriending family (p. 9)', () => {
    const practice = record('region-fadder-guide-van-vanfamilj');
    for (const text of [practice.title.en, practice.summary.en]) {
      expect(text).toContain('befriending family');
      expect(text).not.toMatch(/host famil/i);
    }
  });

  it('sorsele-slussen: the help with the driving licence is found by search (p. 15)', () => {
    // Not under the theme transport: that theme is the public-transport records (issues 2–8).
    const names = new Map(Object.entries(FOCUS_MUNICIPALITY_NAMES));
    const search = createProjectSearch(projects, names, MiniSearch);
    const ids = (query: string) => search.search(query).map((hit) => hit.id);
    expect(ids('körkort')).toContain('sorsele-slussen');
    expect(ids('driving licence')).toContain('sorsele-slussen');
    expect(reportFlat).toContain('hjälp inför körkort');
  });
});
