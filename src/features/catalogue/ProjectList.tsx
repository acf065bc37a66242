import { useMemo, useState } from 'react';
import { municipalitiesOf, type CatalogueIndex } from '../../domain/catalogue/catalogue';
import type { Project } from '../../data/schemas';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { VocabularyTags } from '../../ui/VocabularyTag';
import { CompareButton } from '../compare/CompareButton';
import { PrintSheetButton } from '../fact-sheet/PrintSheetButton';

type SortKey = 'municipality' | 'title';

/** The whole catalogue as a table, sortable by municipality and title: the map's alternative. */
export function ProjectList({
  projects,
  catalogue,
  municipalities,
}: {
  projects: Project[];
  catalogue: CatalogueIndex;
  municipalities: Map<string, Municipality>;
}) {
  const { t, language } = useI18n();
  const openProject = useViewStore((s) => s.openProject);
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'municipality',
    ascending: true,
  });

  const placeOf = (p: Project) =>
    p.lead ? (municipalities.get(p.lead)?.name ?? p.lead) : t('list.regionWide');
  const rows = useMemo(() => {
    const collator = new Intl.Collator(language === 'sv' ? 'sv' : 'en');
    const key = (p: Project) =>
      sort.key === 'title'
        ? p.title[language]
        : `${p.lead ? 0 : 1}${placeOf(p)} ${p.title[language]}`;
    const sorted = [...projects].sort((a, b) => collator.compare(key(a), key(b)));
    return sort.ascending ? sorted : sorted.reverse();
    // placeOf depends only on language and municipalities.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projects, sort, language, municipalities]);

  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }))}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );

  return (
    <section className="project-list" aria-labelledby="project-list-title">
      <h2 id="project-list-title" className="project-list__title">
        {t('list.title')}{' '}
        <span className="count">({t('list.count', { count: projects.length })})</span>
      </h2>
      <div className="table-scroll">
        <table className="table" data-testid="project-table">
          <thead>
            <tr>
              {header('municipality', t('list.municipality'))}
              {header('title', t('list.title.column'))}
              <th scope="col">{t('list.themes')}</th>
              <th scope="col">{t('list.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-project={p.id}>
                <td>
                  {p.lead ? (
                    <div className="list-municipality">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => selectMunicipality(p.lead)}
                      >
                        {placeOf(p)}
                      </button>
                      <CompareButton
                        code={p.lead}
                        byCode={municipalities}
                        withName
                        className="button button--quiet button--small"
                      />
                      <PrintSheetButton
                        municipality={municipalities.get(p.lead)}
                        withName
                        className="button button--quiet button--small"
                      />
                    </div>
                  ) : (
                    <span
                      title={municipalitiesOf(p)
                        .map((c) => municipalities.get(c)?.name ?? c)
                        .join(', ')}
                    >
                      {placeOf(p)}
                    </span>
                  )}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => openProject(p.id)}>
                    {p.title[language]}
                  </button>
                </td>
                <td>
                  <VocabularyTags ids={p.themes} vocabulary={catalogue.themes} />
                </td>
                <td>{t(`project.kind.${p.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
