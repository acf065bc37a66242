import { firstSentence, type CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { Project } from '../../data/schemas';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { VocabularyTags } from '../../ui/VocabularyTag';

/** A project in a list: title (opens the detail), themes as tags, one line of summary. */
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
  return (
    <article
      className={`card project-card${dimmed ? ' project-card--dimmed' : ''}`}
      data-project={project.id}
    >
      <h4 className="project-card__title">
        <button type="button" className="link-button" onClick={() => openProject(project.id)}>
          {project.title[language]}
        </button>
      </h4>
      <p className="project-card__meta">
        {t(`project.kind.${project.kind}`)} ·{' '}
        {t('record.fromReport', { year: catalogue.source.year })}
      </p>
      <VocabularyTags ids={project.themes} vocabulary={catalogue.themes} />
      <p className="project-card__summary">{firstSentence(project.summary[language])}</p>
    </article>
  );
}
