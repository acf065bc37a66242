import { projectsOfMunicipality, type CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { Project } from '../../data/schemas';
import { useI18n, type MessageKey } from '../../i18n';
import { ProjectCard } from '../catalogue/ProjectCard';

/** The projects of a municipality in the panel: those it leads, those it joins, region-wide ones. */
export function MunicipalityProjects({
  code,
  catalogue,
  matching,
}: {
  code: string;
  catalogue: CatalogueIndex;
  /** Ids of the projects that match the current filters; undefined when no filter is active. */
  matching?: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const groups = projectsOfMunicipality(code, catalogue.projects);
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
          <section key={key} aria-labelledby={`panel-${key}`}>
            <h3 id={`panel-${key}`} className="panel__section-title">
              {t(key)} <span className="count">({list.length})</span>
            </h3>
            <div className="project-cards">
              {list.map((p) => (
                <ProjectCard
                  key={p.id}
                  project={p}
                  catalogue={catalogue}
                  dimmed={matching ? !matching.has(p.id) : false}
                />
              ))}
            </div>
          </section>
        ),
      )}
    </>
  );
}
