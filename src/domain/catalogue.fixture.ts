import {
  CatalogueFileSchema,
  VocabularyFileSchema,
  type GeneratedCatalogue,
  type Project,
} from '../data/schemas';
import projectsFile from './fixtures/projects.json';
import targetGroupsFile from './fixtures/target-groups.json';
import themesFile from './fixtures/themes.json';

/**
 * Test fixture: the project catalogue as transcribed from the 2017 report (41 records), frozen,
 * with its vocabularies, in the files' own format. Logic tests tell their stories on it (Luleå's
 * wrestling club; transport in Piteå, Pajala and Norsjö; Pajala and Piteå with seven projects
 * each), so that data/projects.json can grow without a test changing outcome. The real catalogue
 * is tested by the data check (scripts/catalogue/check.test.ts) and against the report
 * (catalogue/report-corrections.test.ts).
 */
export const CATALOGUE_FILES = {
  projects: projectsFile as unknown,
  themes: themesFile as unknown,
  targetGroups: targetGroupsFile as unknown,
};

const file = CatalogueFileSchema.parse(projectsFile);

export const PROJECTS: Project[] = file.projects;

/** The catalogue as the data build writes it (catalogue.json): what the app loads. */
export const CATALOGUE: GeneratedCatalogue = {
  source: file.source,
  projects: PROJECTS,
  themes: VocabularyFileSchema.parse(themesFile).items,
  targetGroups: VocabularyFileSchema.parse(targetGroupsFile).items,
};

/** The record with `id`; a missing one fails the test that asked, by name. */
export function projectById(id: string): Project {
  const found = PROJECTS.find((p) => p.id === id);
  if (!found) throw new Error(`no project ${id} in the fixture catalogue`);
  return found;
}

/** The one record whose Swedish title starts with `title`. */
export function projectTitled(title: string): Project {
  const found = PROJECTS.filter((p) => p.title.sv.startsWith(title));
  if (found.length !== 1) throw new Error(`${found.length} projects titled "${title}…"`);
  return found[0]!;
}
