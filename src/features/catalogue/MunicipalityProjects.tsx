import { useId, useMemo } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import { facetIndexOf } from '../../domain/catalogue/facet-index';
import type { Project } from '../../data/schemas';
import { useI18n, type MessageKey } from '../../i18n';
import { usePrinted } from '../../ui/printed';
import { ShowMore, usePaged } from '../../ui/ShowMore';
import { ProjectCard } from './ProjectCard';

/**
 * Cards a panel section shows at first and adds per click: a municipality with a hundred projects
 * (the bench's 10 000) would otherwise render and lay them all out on every click on the map.
 * The two counties' busiest municipality has far fewer. The printed fact sheet shows them all.
 */
export const PANEL_PAGE_SIZE = 20;

interface Props {
  code: string;
  /** Ids of the projects that match the current filters; undefined when no filter is active. */
  matching?: ReadonlySet<string>;
  /**
   * Whether the groups are named regions (landmarks). Not in the meeting pack, where every sheet
   * has groups of the same names and landmarks must be unique on the page.
   */
  landmarks?: boolean;
}

/**
 * The projects of a municipality in its panel and on its fact sheet: those it leads, those it
 * joins, region-wide ones; nothing until the catalogue has loaded.
 */
export function MunicipalityProjects(props: Props) {
  const catalogue = useCatalogue();
  return catalogue ? <ProjectGroups {...props} catalogue={catalogue} /> : null;
}

function ProjectGroups({
  code,
  catalogue,
  matching,
  landmarks = true,
}: Props & { catalogue: CatalogueIndex }) {
  const { t } = useI18n();
  // Ids of its own: a page may hold several (the meeting pack's sheets).
  const id = useId();
  // From the facet index's posting list of the municipality, not a walk over every project.
  const groups = useMemo(
    () => facetIndexOf(catalogue.projects).projectsOfMunicipality(code),
    [catalogue.projects, code],
  );
  const sections: [MessageKey, Project[]][] = [
    ['panel.projectsLead', groups.leads],
    ['panel.projectsPartOf', groups.partOf],
    ['panel.projectsRegionWide', groups.regionWide],
  ];
  if (sections.every(([, list]) => list.length === 0)) {
    return <p className="notice">{t('panel.noProjects')}</p>;
  }
  return (
    <>
      {sections.map(([key, list]) =>
        list.length === 0 ? null : (
          <section key={key} aria-labelledby={landmarks ? `${id}panel-${key}` : undefined}>
            <h3 id={`${id}panel-${key}`} className="panel__section-title">
              {t(key)} <span className="count">({list.length})</span>
            </h3>
            <ProjectCards projects={list} catalogue={catalogue} matching={matching} />
          </section>
        ),
      )}
    </>
  );
}

function ProjectCards({
  projects,
  catalogue,
  matching,
}: {
  projects: Project[];
  catalogue: CatalogueIndex;
  matching?: ReadonlySet<string>;
}) {
  const printed = usePrinted();
  const page = usePaged(projects, printed ? Number.POSITIVE_INFINITY : PANEL_PAGE_SIZE);
  return (
    <>
      <div className="project-cards">
        {projects.slice(0, page.shown).map((p) => (
          <ProjectCard
            key={p.id}
            project={p}
            catalogue={catalogue}
            dimmed={matching ? !matching.has(p.id) : false}
          />
        ))}
      </div>
      <ShowMore {...page} pageSize={PANEL_PAGE_SIZE} />
    </>
  );
}
