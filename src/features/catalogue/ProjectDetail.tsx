import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMunicipalities } from '../../data-hooks/municipalities';
import type { Project } from '../../data/schemas';
import { municipalitiesOf } from '../../domain/catalogue/catalogue';
import { useI18n, type MessageKey } from '../../i18n';
import { useViewStore } from '../../state/store';
import { ContactList } from '../../ui/ContactList';
import { Provenance } from '../../ui/Provenance';
import { HistoryList } from '../../ui/ProvenanceChanges';
import { contactsDated, hasEnded } from '../../domain/catalogue/provenance';
import { useSuggestI18n } from '../../i18n/suggest';
import { SuggestButton } from '../suggest';
import { linkDomain } from '../../domain/catalogue/record-text';
import { PanelSection, useFocusOnOpen } from '../../ui/Panel';
import { VocabularyTags } from '../../ui/VocabularyTag';

/**
 * Everything the catalogue says about one project, with its source. Has its own URL (p=).
 * Default export: loaded when a project is first opened (or once the map has drawn).
 */
export default function ProjectDetail({ project }: { project: Project }) {
  const { t, language } = useI18n();
  const suggest = useSuggestI18n().t;
  const catalogue = useCatalogue();
  const municipalities = useMunicipalities().byCode;
  const openProject = useViewStore((s) => s.openProject);
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const headingRef = useFocusOnOpen<HTMLHeadingElement>(project.id);
  // The participants besides the lead.
  const others = municipalitiesOf(project).filter((c) => c !== project.lead);

  /** A row of the facts list, left out when the catalogue has nothing for it. */
  const fact = (label: MessageKey, value: ReactNode) =>
    value ? (
      <>
        <dt>{t(label)}</dt>
        <dd>{value}</dd>
      </>
    ) : null;

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
        {project.municipalityRoles?.[code] ? (
          <span className="chip__hint">
            {' '}
            ({t(`project.role.${project.municipalityRoles[code]}`)})
          </span>
        ) : null}
      </button>
    );
  };

  // A project comes from the catalogue: it is there whenever one is open.
  if (!catalogue) return null;

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
        <p className="project-detail__kind">
          {t(`project.kind.${project.kind}`)} ·{' '}
          <Provenance project={project} year={catalogue.source.year} detailed />
        </p>
        <h2 id="project-title" ref={headingRef} tabIndex={-1} className="panel__title">
          {project.title[language]}
        </h2>
        {language === 'en' && project.title.sv !== project.title.en ? (
          <p className="panel__subtitle" lang="sv">
            {project.title.sv}
          </p>
        ) : null}
      </div>
      {hasEnded(project) ? (
        <p className="notice project-detail__ended">{suggest('suggest.ended')}</p>
      ) : null}
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
        {project.lead || !project.owners?.length ? (
          <>
            <dt>{t('project.lead')}</dt>
            <dd>{project.lead ? municipalityButton(project.lead) : t('project.regionWide')}</dd>
          </>
        ) : (
          fact('project.owners', project.owners.join(', '))
        )}
        {fact(
          'project.municipalities',
          others.length > 0 ? (
            <ul className="chip-list">
              {others.map((code) => (
                <li key={code}>{municipalityButton(code)}</li>
              ))}
            </ul>
          ) : null,
        )}
        {fact('project.partners', project.partners.join(', '))}
        {fact('project.funding', project.funding.join(', '))}
        {fact('project.period', project.period)}
        {fact('project.status', project.status ? t(`project.status.${project.status}`) : null)}
      </dl>
      {project.facts.length > 0 ? (
        <PanelSection id="project-facts" title={t('project.facts')}>
          <ul className="plain-list">
            {project.facts.map((fact, i) => (
              <li key={i}>{fact[language]}</li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
      {project.contacts.length > 0 ? (
        <PanelSection id="project-contacts" title={t('project.contact')}>
          <ContactList
            contacts={project.contacts}
            dated={contactsDated(project, catalogue.source.year)}
          />
        </PanelSection>
      ) : null}
      {project.links.length > 0 ? (
        <PanelSection id="project-links" title={t('project.links')}>
          <ul className="plain-list">
            {project.links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="external-link"
                >
                  {link.label ??
                    t('record.linkYear', {
                      domain: linkDomain(link.url),
                      year: catalogue.source.year,
                    })}
                  <span className="visually-hidden"> {t('project.newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
      {project.source ? (
        <p className="source-note">
          {t('project.source', { page: project.source.page })},{' '}
          {t('project.sourceSection', { section: project.source.section })}
          {' – '}
          {catalogue.source.publisher} {catalogue.source.year}
        </p>
      ) : null}
      <HistoryList history={project.history ?? []} />
      <div className="project-detail__suggest">
        <Suspense fallback={null}>
          <SuggestButton kind="change" project={project} label={suggest('suggest.change')} />
        </Suspense>
        {hasEnded(project) ? null : (
          <Suspense fallback={null}>
            <SuggestButton kind="ended" project={project} label={suggest('suggest.ended')} />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
