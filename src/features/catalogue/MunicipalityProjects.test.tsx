// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedData } from '../../data-hooks/loaded-data.fixture';
import type { Project } from '../../data/schemas';
import { CATALOGUE, projectTitled } from '../../domain/catalogue.fixture';
import { PrintedContext } from '../../ui/printed';
import { testRoot } from '../../ui/test-root.fixture';
import { MunicipalityProjects, PANEL_PAGE_SIZE } from './MunicipalityProjects';

const LULEA = '2580';
const wrestling = projectTitled('Brottning för integration');

/** The fixture catalogue and 45 more projects Luleå leads (copies of its wrestling club). */
const copies: Project[] = Array.from({ length: 45 }, (_, i) => ({
  ...wrestling,
  id: `copy-${i}`,
}));
const withProjects = (projects: Project[]) => loadedData({ catalogue: { ...CATALOGUE, projects } });

const dom = testRoot();
afterEach(() => vi.unstubAllGlobals());
// The sections' ids are React's own (useId), ending in the message key of the group.
const cards = (section = 'panel-panel.projectsLead') =>
  dom.container.querySelectorAll(`section[aria-labelledby$="${section}"] article`).length;
const more = () => dom.container.querySelector<HTMLButtonElement>('.show-more button');

describe("a municipality's projects in the panel", () => {
  it("lists Luleå's projects, all at once", () => {
    dom.render(withProjects(CATALOGUE.projects).provide(<MunicipalityProjects code={LULEA} />));
    const titles = [...dom.container.querySelectorAll('article h4')].map((h) => h.textContent);
    expect(titles).toContain(wrestling.title.sv);
    expect(titles.some((title) => title?.startsWith('Svenska för anställda'))).toBe(true);
    expect(more()).toBeNull();
  });

  it('shows a long list a page at a time, with the full count in the heading', () => {
    const all = [...CATALOGUE.projects, ...copies];
    const leads = all.filter((p) => p.lead === LULEA).length;
    dom.render(withProjects(all).provide(<MunicipalityProjects code={LULEA} />));
    expect(cards()).toBe(PANEL_PAGE_SIZE);
    expect(dom.container.querySelector('[id$="panel-panel.projectsLead"]')?.textContent).toContain(
      `(${leads})`,
    );
    act(() => more()!.click());
    expect(cards()).toBe(Math.min(leads, 2 * PANEL_PAGE_SIZE));
    while (more()) act(() => more()!.click());
    expect(cards()).toBe(leads);
  });

  it('prints every project on the fact sheet, without a button', () => {
    const all = [...CATALOGUE.projects, ...copies];
    dom.render(
      withProjects(all).provide(
        <PrintedContext.Provider value={true}>
          <MunicipalityProjects code={LULEA} />
        </PrintedContext.Provider>,
      ),
    );
    expect(cards()).toBe(all.filter((p) => p.lead === LULEA).length);
    expect(more()).toBeNull();
  });

  it('dims the projects that do not match the filters', () => {
    const matching = new Set([wrestling.id]);
    dom.render(
      withProjects(CATALOGUE.projects).provide(
        <MunicipalityProjects code={LULEA} matching={matching} />,
      ),
    );
    const articles = [...dom.container.querySelectorAll('article')];
    expect(articles.length).toBeGreaterThan(1);
    for (const article of articles) {
      expect(article.classList.contains('project-card--dimmed')).toBe(
        article.getAttribute('data-project') !== wrestling.id,
      );
    }
  });

  it('shows nothing until the catalogue has loaded', () => {
    // The catalogue is on its way and stays so.
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    dom.render(loadedData({}).provide(<MunicipalityProjects code={LULEA} />));
    expect(dom.container.innerHTML).toBe('');
  });
});
