import { firstSentence, type CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { Project } from '../../data/schemas';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { ContactList } from '../../ui/ContactList';
import { Provenance } from '../../ui/Provenance';
import { contactsDated } from '../../domain/catalogue/provenance';
import { usePrinted } from '../../ui/printed';
import { VocabularyTags } from '../../ui/VocabularyTag';

/**
 * A project in a list: title (opens the detail), themes as tags, one line of summary. Printed
 * (the fact sheet), the title is text and the partners, contacts and source page follow.
 */
export function ProjectCard({
  project,
  catalogue,
  dimmed = false,
}: {
  project: Project;
  catalogue: CatalogueIndex;
  dimmed?: boolean;
}) {
  const { language, t } = useI18n();
  const openProject = useViewStore((s) => s.openProject);
  const printed = usePrinted();
  return (
    <article
      className={`card project-card${dimmed ? ' project-card--dimmed' : ''}`}
      data-project={project.id}
    >
      <h4 className="project-card__title">
        {printed ? (
          project.title[language]
        ) : (
          <button type="button" className="link-button" onClick={() => openProject(project.id)}>
            {project.title[language]}
          </button>
        )}
      </h4>
      <p className="project-card__meta">
        {t(`project.kind.${project.kind}`)} ·{' '}
        <Provenance project={project} year={catalogue.source.year} detailed={printed} />
        {project.status === 'completed' ? ` · ${t('project.status.completed')}` : null}
      </p>
      <VocabularyTags ids={project.themes} vocabulary={catalogue.themes} />
      <p className="project-card__summary">{firstSentence(project.summary[language])}</p>
      {printed ? (
        <>
          {project.partners.length > 0 ? (
            <p className="project-card__partners">
              {t('project.partners')}: {project.partners.join(', ')}
            </p>
          ) : null}
          {project.contacts.length > 0 ? (
            <ContactList
              contacts={project.contacts}
              dated={contactsDated(project, catalogue.source.year)}
            />
          ) : null}
          {project.source ? (
            <p className="source-note">{t('project.source', { page: project.source.page })}</p>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
