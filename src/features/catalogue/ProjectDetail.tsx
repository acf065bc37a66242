import { useEffect, useRef } from 'react';
import { municipalitiesOf, type CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { Project } from '../../data/schemas';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { ContactList } from '../../ui/ContactList';
import { VocabularyTags } from '../../ui/VocabularyTag';

/** Everything the catalogue says about one project, with its source. Has its own URL (p=). */
export function ProjectDetail({
  project,
  catalogue,
  municipalities,
}: {
  project: Project;
  catalogue: CatalogueIndex;
  municipalities: Map<string, Municipality>;
}) {
  const { t, language } = useI18n();
  const openProject = useViewStore((s) => s.openProject);
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const members = municipalitiesOf(project);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [project.id]);

  const municipalityButton = (code: string) => {
    const m = municipalities.get(code);
    return (
      <button
        type="button"
        className="chip"
        onClick={() => {
          openProject(null);
          selectMunicipality(code);
        }}
      >
        {m?.name ?? code}
        {m && !m.focus ? <span className="chip__hint"> ({t('project.outside')})</span> : null}
      </button>
    );
  };

  return (
    <aside
      className="panel project-detail"
      aria-labelledby="project-title"
      data-testid="project-detail"
    >
      <div className="panel__header">
        <button type="button" className="button button--quiet" onClick={() => openProject(null)}>
          ← {t('project.back')}
        </button>
      </div>
      <div>
        <p className="project-detail__kind">{t(`project.kind.${project.kind}`)}</p>
        <h2 id="project-title" ref={headingRef} tabIndex={-1} className="panel__title">
          {project.title[language]}
        </h2>
        {language === 'en' && project.title.sv !== project.title.en ? (
          <p className="panel__subtitle" lang="sv">
            {project.title.sv}
          </p>
        ) : null}
      </div>
      <p className="project-detail__summary">{project.summary[language]}</p>
      <dl className="facts">
        <dt>{t('project.themes')}</dt>
        <dd>
          <VocabularyTags ids={project.themes} vocabulary={catalogue.themes} />
        </dd>
        <dt>{t('project.targetGroups')}</dt>
        <dd>
          <VocabularyTags ids={project.targetGroups} vocabulary={catalogue.targetGroups} />
        </dd>
        <dt>{t('project.lead')}</dt>
        <dd>{project.lead ? municipalityButton(project.lead) : t('project.regionWide')}</dd>
        {members.filter((c) => c !== project.lead).length > 0 ? (
          <>
            <dt>{t('project.municipalities')}</dt>
            <dd>
              <ul className="chip-list">
                {members
                  .filter((c) => c !== project.lead)
                  .map((code) => (
                    <li key={code}>{municipalityButton(code)}</li>
                  ))}
              </ul>
            </dd>
          </>
        ) : null}
        {project.partners.length > 0 ? (
          <>
            <dt>{t('project.partners')}</dt>
            <dd>{project.partners.join(', ')}</dd>
          </>
        ) : null}
        {project.funding.length > 0 ? (
          <>
            <dt>{t('project.funding')}</dt>
            <dd>{project.funding.join(', ')}</dd>
          </>
        ) : null}
        {project.period ? (
          <>
            <dt>{t('project.period')}</dt>
            <dd>{project.period}</dd>
          </>
        ) : null}
        {project.status ? (
          <>
            <dt>{t('project.status')}</dt>
            <dd>{t(`project.status.${project.status}`)}</dd>
          </>
        ) : null}
      </dl>
      {project.facts.length > 0 ? (
        <section aria-labelledby="project-facts">
          <h3 id="project-facts" className="panel__section-title">
            {t('project.facts')}
          </h3>
          <ul className="plain-list">
            {project.facts.map((fact, i) => (
              <li key={i}>{fact[language]}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {project.contacts.length > 0 ? (
        <section aria-labelledby="project-contacts">
          <h3 id="project-contacts" className="panel__section-title">
            {t('project.contact')}
          </h3>
          <ContactList contacts={project.contacts} />
        </section>
      ) : null}
      {project.links.length > 0 ? (
        <section aria-labelledby="project-links">
          <h3 id="project-links" className="panel__section-title">
            {t('project.links')}
          </h3>
          <ul className="plain-list">
            {project.links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="external-link"
                >
                  {link.label ?? link.url}
                  <span className="visually-hidden"> {t('project.newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="source-note">
        {t('project.source', { page: project.source.page })},{' '}
        {t('project.sourceSection', { section: project.source.section })}
        {' – '}
        {catalogue.source.publisher} {catalogue.source.year}
      </p>
    </aside>
  );
}
