// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
import targetGroupsFile from '../../../data/target-groups.json';
import themesFile from '../../../data/themes.json';
import { CatalogueFileSchema, type Project } from '../../data/schemas';
import { indexCatalogue } from '../../domain/catalogue/catalogue';
import { PrintedContext } from '../../ui/printed';
import { testRoot } from '../../ui/test-root.fixture';
import { MunicipalityProjects, PANEL_PAGE_SIZE } from './MunicipalityProjects';

const { source, projects } = CatalogueFileSchema.parse(catalogueFile);
const LULEA = '2580';
const wrestling = projects.find((p) => p.title.sv.startsWith('Brottning för integration'))!;

/** The real catalogue and 45 more projects Luleå leads (copies of its wrestling club). */
const copies: Project[] = Array.from({ length: 45 }, (_, i) => ({
  ...wrestling,
  id: `copy-${i}`,
}));
const catalogueOf = (list: Project[]) =>
  indexCatalogue({
    source,
    projects: list,
    themes: themesFile.items,
    targetGroups: targetGroupsFile.items,
  } as Parameters<typeof indexCatalogue>[0]);

const dom = testRoot();
const cards = (section = 'panel-panel.projectsLead') =>
  dom.container.querySelectorAll(`section[aria-labelledby="${section}"] article`).length;
const more = () => dom.container.querySelector<HTMLButtonElement>('.show-more button');

describe("a municipality's projects in the panel", () => {
  it("lists Luleå's projects from the real catalogue, all at once", () => {
    dom.render(<MunicipalityProjects code={LULEA} catalogue={catalogueOf(projects)} />);
    const titles = [...dom.container.querySelectorAll('article h4')].map((h) => h.textContent);
    expect(titles).toContain(wrestling.title.sv);
    expect(titles.some((title) => title?.startsWith('Svenska för anställda'))).toBe(true);
    expect(more()).toBeNull();
  });

  it('shows a long list a page at a time, with the full count in the heading', () => {
    const all = [...projects, ...copies];
    const leads = all.filter((p) => p.lead === LULEA).length;
    dom.render(<MunicipalityProjects code={LULEA} catalogue={catalogueOf(all)} />);
    expect(cards()).toBe(PANEL_PAGE_SIZE);
    expect(dom.container.querySelector('#panel-panel\\.projectsLead')?.textContent).toContain(
      `(${leads})`,
    );
    act(() => more()!.click());
    expect(cards()).toBe(Math.min(leads, 2 * PANEL_PAGE_SIZE));
    while (more()) act(() => more()!.click());
    expect(cards()).toBe(leads);
  });

  it('prints every project on the fact sheet, without a button', () => {
    const all = [...projects, ...copies];
    dom.render(
      <PrintedContext.Provider value={true}>
        <MunicipalityProjects code={LULEA} catalogue={catalogueOf(all)} />
      </PrintedContext.Provider>,
    );
    expect(cards()).toBe(all.filter((p) => p.lead === LULEA).length);
    expect(more()).toBeNull();
  });
});
