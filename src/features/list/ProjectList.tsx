import { Suspense } from 'react';
import { memo, useMemo, useState } from 'react';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useMunicipalities } from '../../data-hooks/municipalities';
import { useResults } from '../../data-hooks/results';
import type { Project } from '../../data/schemas';
import { homeOf, municipalitiesOf, type CatalogueIndex } from '../../domain/catalogue/catalogue';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { PHONE_LAYOUT, useMediaQuery } from '../../ui/useMediaQuery';
import { VocabularyTags } from '../../ui/VocabularyTag';
import { ShowMore, usePaged } from '../../ui/ShowMore';
import { collator } from '../../domain/intl';
import { PrintSheetButton } from '../fact-sheet';
import { SuggestButton } from '../suggest';
import { Provenance } from '../../ui/Provenance';
import { hasEnded } from '../../domain/catalogue/provenance';
import { useSuggestI18n } from '../../i18n/suggest';

type SortKey = 'municipality' | 'title';

/**
 * The catalogue as a table, narrowed by the filters and search, sortable by municipality and
 * title: the map's alternative. On a phone, one card per project (a table of four columns does
 * not fit). Long lists come a page at a time. Default export: the list view loads on first use.
 */
export default memo(function ProjectList() {
  const catalogue = useCatalogue();
  const results = useResults();
  return catalogue && results ? (
    <Table projects={results.projects} catalogue={catalogue} filtered={results.active} />
  ) : null;
});

function Table({
  projects,
  catalogue,
  filtered,
}: {
  projects: Project[];
  catalogue: CatalogueIndex;
  /** Narrowed by a filter or a search: the title says so, with the count out of all. */
  filtered: boolean;
}) {
  const { t, language } = useI18n();
  const suggestT = useSuggestI18n().t;
  const municipalities = useMunicipalities().byCode;
  const openProject = useViewStore((s) => s.openProject);
  const selectMunicipality = useViewStore((s) => s.selectMunicipality);
  const cards = useMediaQuery(PHONE_LAYOUT);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'municipality',
    ascending: true,
  });

  const placeOf = (p: Project) => {
    const home = homeOf(p);
    return home ? (municipalities.get(home)?.name ?? home) : t('list.regionWide');
  };
  const rows = useMemo(() => {
    const { compare } = collator(language === 'sv' ? 'sv' : 'en');
    const key = (p: Project) =>
      sort.key === 'title'
        ? p.title[language]
        : `${homeOf(p) ? 0 : 1}${placeOf(p)} ${p.title[language]}`;
    const sorted = [...projects].sort((a, b) => compare(key(a), key(b)));
    return sort.ascending ? sorted : sorted.reverse();
    // placeOf depends only on language and municipalities.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [projects, sort, language, municipalities]);

  // The comparison starts from the municipality's panel, not from every row.
  const printButton = (home: string) => (
    <PrintSheetButton
      municipality={municipalities.get(home)}
      withName
      className="button button--quiet button--small"
    />
  );
  // On a card the print button comes last, not between the name and the themes.
  const place = (p: Project, withPrint = true) => {
    const home = homeOf(p);
    return home ? (
      <div className="list-municipality">
        <button type="button" className="link-button" onClick={() => selectMunicipality(home)}>
          {placeOf(p)}
        </button>
        {withPrint ? printButton(home) : null}
      </div>
    ) : (
      <span
        title={municipalitiesOf(p)
          .map((c) => municipalities.get(c)?.name ?? c)
          .join(', ')}
      >
        {placeOf(p)}
      </span>
    );
  };
  const title = (p: Project) => (
    <button type="button" className="link-button" onClick={() => openProject(p.id)}>
      {p.title[language]}
    </button>
  );
  /** Where the record comes from, and that it has ended. */
  const provenance = (p: Project) => (
    <p className="list-provenance record-year">
      <Provenance project={p} year={catalogue.source.year} />
      {hasEnded(p) ? (
        <strong className="list-provenance__ended"> · {t('project.status.completed')}</strong>
      ) : null}
    </p>
  );
  const sortLabel = (key: SortKey) =>
    key === 'municipality' ? t('list.municipality') : t('list.title.column');
  const arrow = (key: SortKey) => (sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕');
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }));
  const page = usePaged(rows);
  const shown = rows.slice(0, page.shown);

  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">{arrow(key)}</span>
      </button>
    </th>
  );

  return (
    <section className="project-list" aria-labelledby="project-list-title">
      <h2 id="project-list-title" className="project-list__title">
        {filtered ? t('list.titleFiltered') : t('list.title')}{' '}
        <span className="count">
          (
          {filtered
            ? t('list.countOf', { count: projects.length, total: catalogue.projects.length })
            : t('list.count', { count: projects.length })}
          )
        </span>
      </h2>
      <p className="panel__actions">
        <Suspense fallback={null}>
          <SuggestButton kind="new" label={suggestT('suggest.new')} />
        </Suspense>
      </p>
      {cards ? (
        <>
          <div className="list-sort" role="group" aria-label={t('list.sortBy')}>
            <span aria-hidden="true">{t('list.sortBy')}:</span>
            {(['municipality', 'title'] as const).map((key) => (
              <button
                key={key}
                type="button"
                className="chip"
                aria-pressed={sort.key === key}
                onClick={() => sortBy(key)}
              >
                {sortLabel(key)}
                <span aria-hidden="true">{arrow(key)}</span>
              </button>
            ))}
          </div>
          <ul className="list-cards" data-testid="project-cards">
            {shown.map((p) => (
              <li key={p.id} className="card list-card" data-project={p.id}>
                <h3 className="list-card__title">{title(p)}</h3>
                {place(p, false)}
                <VocabularyTags ids={p.themes} vocabulary={catalogue.themes} />
                <p className="list-card__kind">{t(`project.kind.${p.kind}`)}</p>
                {provenance(p)}
                {homeOf(p) ? printButton(homeOf(p)!) : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
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
              {shown.map((p) => (
                <tr key={p.id} data-project={p.id}>
                  <td>{place(p)}</td>
                  <td>{title(p)}</td>
                  <td>
                    <VocabularyTags ids={p.themes} vocabulary={catalogue.themes} />
                  </td>
                  <td>
                    {t(`project.kind.${p.kind}`)}
                    {provenance(p)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ShowMore {...page} />
    </section>
  );
}
