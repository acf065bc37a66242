import { useId } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMunicipalities } from '../../data-hooks/municipalities';
import type { Project } from '../../data/schemas';
import type { Idea, SharedProject } from '../../domain/compare';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { VocabularyTag } from '../../ui/VocabularyTag';
import { ContactList } from '../../ui/ContactList';
import { Provenance } from '../../ui/Provenance';
import { contactsDated, hasEnded, provenanceOf } from '../../domain/catalogue/provenance';
import { usePrinted } from '../../ui/printed';
import './ideas.css';

function ProjectTitle({ project }: { project: Project }) {
  const { language } = useI18n();
  const openProject = useViewStore((s) => s.openProject);
  const printed = usePrinted();
  if (printed) return <span className="compare-idea__title">{project.title[language]}</span>;
  return (
    <button type="button" className="link-button" onClick={() => openProject(project.id)}>
      {project.title[language]}
    </button>
  );
}

/** Where the report describes a project: opens the project, which cites its page and section. */
function ReportPageLink({ project }: { project: Project }) {
  const { t } = useI18n();
  const openProject = useViewStore((s) => s.openProject);
  if (!project.source) return null;
  return (
    <button type="button" className="link-button" onClick={() => openProject(project.id)}>
      {t('record.reportPage', { page: project.source.page })}
    </button>
  );
}

/**
 * What the neighbours do that the base does not, theme by theme, with their projects and the
 * people to call: the point of the comparison, and a section of the fact sheet.
 */
export function IdeasList({ base, ideas }: { base: Municipality; ideas: Idea[] }) {
  const { t, list, language } = useI18n();
  // Ids of its own: a page may hold several lists (the meeting pack's sheets).
  const id = useId();
  const catalogue = useCatalogue();
  const { byCode } = useMunicipalities();
  if (!catalogue) return null;
  const names = (codes: readonly string[]) => list(codes.map((c) => byCode.get(c)?.name ?? c));
  const themeNames = (ids: readonly string[]) =>
    list(ids.map((id) => catalogue.themes.get(id)?.label[language] ?? id));
  return (
    <>
      <p className="compare__note">
        {base.focus
          ? t('compare.ideasIntro', { name: base.name })
          : t('compare.ideasOutside', { name: base.name })}
      </p>
      {ideas.length === 0 ? (
        <p className="notice">{t('compare.ideasNone', { name: base.name })}</p>
      ) : (
        <ul className="compare-ideas">
          {ideas.map((idea) => {
            const theme = catalogue.themes.get(idea.theme);
            const headingId = `${id}compare-idea-${idea.theme}`;
            return (
              <li key={idea.theme}>
                <article
                  className="card compare-idea"
                  aria-labelledby={headingId}
                  data-theme={idea.theme}
                >
                  <h4 id={headingId} className="compare-idea__theme">
                    {theme ? <VocabularyTag item={theme} /> : idea.theme}
                  </h4>
                  <p className="compare-idea__who">
                    {t('compare.ideaWho', { names: names(idea.municipalities) })}
                  </p>
                  <ul className="plain-list compare-idea__projects">
                    {idea.projects.map(({ project, municipalities, alsoThemes }) => (
                      <li
                        key={project.id}
                        className="compare-idea__project"
                        data-project={project.id}
                      >
                        <ProjectTitle project={project} />{' '}
                        <span className="compare-idea__where">
                          {t('compare.in', { names: names(municipalities) })}
                        </span>
                        {alsoThemes.length > 0 ? (
                          <span className="compare-idea__also">
                            {' '}
                            ({t('compare.alsoThemes', { themes: themeNames(alsoThemes) })})
                          </span>
                        ) : null}
                        {project.contacts.length > 0 ? (
                          <ContactList
                            contacts={project.contacts}
                            dated={contactsDated(project, catalogue.source.year)}
                            className="compare-contacts"
                          />
                        ) : (
                          <p className="compare-idea__fallback">
                            {t('compare.noContact')} <ReportPageLink project={project} />
                          </p>
                        )}
                        {/* Without contacts the line above names the report's page already. */}
                        {project.contacts.length === 0 &&
                        provenanceOf(project).kind === 'report' ? null : (
                          <p className="record-year">
                            <Provenance project={project} year={catalogue.source.year} detailed />
                          </p>
                        )}
                      </li>
                    ))}
                  </ul>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Projects that already bring members of the set together. */
export function SharedProjectList({ shared }: { shared: SharedProject[] }) {
  const { t, list } = useI18n();
  const { byCode } = useMunicipalities();
  const year = useCatalogue()?.source.year ?? 2017;
  if (shared.length === 0) return <p className="notice">{t('compare.sharedNone')}</p>;
  return (
    <>
      <p className="compare__note">{t('compare.sharedIntro')}</p>
      <ul className="plain-list compare-shared">
        {shared.map(({ project, municipalities }) => (
          <li key={project.id} data-project={project.id}>
            <ProjectTitle project={project} />
            <span className="compare-shared__who">
              {t('compare.sharedWho', {
                names: list(municipalities.map((c) => byCode.get(c)?.name ?? c)),
              })}
            </span>
            <span className="compare-shared__who record-year">
              <Provenance project={project} year={year} />
              {hasEnded(project) ? ` · ${t('project.status.completed')}` : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
