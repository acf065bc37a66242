import { useMemo } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { firstSentence } from '../../domain/catalogue/catalogue';
import { firstOfGroups, groupByLead, type Results } from '../../domain/catalogue/results';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { Highlight } from './Highlight';
import { ShowMore, usePaged } from '../../ui/ShowMore';
import { VocabularyTags } from '../../ui/VocabularyTag';

/** The matching projects grouped by lead municipality, always in step with the map. */
export function ResultsList({ results }: { results: Results }) {
  const { t, language, plural } = useI18n();
  const catalogue = useCatalogue();
  const municipalities = useMunicipalities().byCode;
  const openProject = useViewStore((s) => s.openProject);
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const clearFilters = useViewStore((s) => s.clearFilters);

  const nameOf = (code: string) => municipalities.get(code)?.name ?? code;
  const groups = useMemo(
    () => groupByLead(results.projects, nameOf),
    // nameOf depends only on municipalities.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [results.projects, municipalities],
  );
  const page = usePaged(results.projects);
  // Results come from the catalogue: it is there whenever they are.
  if (!catalogue) return null;

  return (
    <aside className="panel results" aria-labelledby="results-title" data-testid="results">
      <h2 id="results-title" className="panel__title panel__title--small">
        {t('results.title')}{' '}
        <span className="count">
          (
          {results.projects.length === 1
            ? t('results.countOne')
            : t('results.count', { count: results.projects.length })}
          {results.regionWide > 0 && results.regionWide < results.projects.length
            ? `, ${t(`results.regionWide.${plural(results.regionWide)}`, { count: results.regionWide })}`
            : null}
          )
        </span>
      </h2>
      {results.projects.length === 0 ? (
        <div className="notice">
          <p>{t('results.none')}</p>
          <button type="button" className="button" onClick={clearFilters}>
            {t('filters.clear')}
          </button>
        </div>
      ) : (
        firstOfGroups(groups, page.shown).map(({ lead, projects }) => (
          <section
            key={lead ?? 'region'}
            aria-label={lead ? municipalities.get(lead)?.name : t('results.regionWide')}
          >
            <h3 className="panel__section-title">
              {lead ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectMunicipality(lead)}
                >
                  {nameOf(lead)}
                </button>
              ) : (
                t('results.regionWide')
              )}
            </h3>
            <ul className="plain-list result-items">
              {projects.map((p) => (
                <li key={p.id} className="result-item" data-project={p.id}>
                  <button
                    type="button"
                    className="link-button result-item__title"
                    onClick={() => openProject(p.id)}
                  >
                    <Highlight text={p.title[language]} terms={results.terms.get(p.id)} />
                  </button>
                  <VocabularyTags ids={p.themes} vocabulary={catalogue.themes} />
                  <p className="result-item__summary">
                    <Highlight
                      text={firstSentence(p.summary[language])}
                      terms={results.terms.get(p.id)}
                    />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <ShowMore {...page} />
    </aside>
  );
}
