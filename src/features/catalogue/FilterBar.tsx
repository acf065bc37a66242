import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCatalogue } from '../../data-hooks/catalogue';
import { useCatalogueQuery, useResults } from '../../data-hooks/results';
import type { CatalogueIndex } from '../../domain/catalogue/catalogue';
import { facetIndexOf } from '../../domain/catalogue/facet-index';
import type { Facet } from '../../domain/catalogue/filter';
import { activeFilterCount, isActive } from '../../domain/catalogue/results';
import { PROJECT_KINDS } from '../../data/codes';
import type { VocabularyItem } from '../../data/schemas';
import { FOCUS_COUNTIES } from '../../domain/counties';
import { pluralOf, useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import type { CountyFilter } from '../../state/view-state';

/** The county choices: both, then each county of the table. */
const COUNTY_CHOICES: CountyFilter[] = ['all', ...FOCUS_COUNTIES.map((c) => c.code)];

function Chips({
  legend,
  items,
  selected,
  counts,
  onToggle,
}: {
  legend: string;
  items: { id: string; label: string; colour?: string }[];
  selected: string[];
  counts: Map<string, number>;
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="chip-list">
        {items.map((item) => {
          const on = selected.includes(item.id);
          const count = counts.get(item.id) ?? 0;
          return (
            <li key={item.id}>
              <button
                type="button"
                className={`chip chip--filter${on ? ' chip--on' : ''}`}
                aria-pressed={on}
                disabled={!on && count === 0}
                style={
                  item.colour ? ({ '--tag-colour': item.colour } as React.CSSProperties) : undefined
                }
                onClick={() => onToggle(item.id)}
              >
                {item.colour ? <span className="tag__dot" aria-hidden="true" /> : null}
                {item.label} <span className="chip__count">{count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * Themes, target groups, county and kind: OR within a facet, AND across facets. Each choice shows
 * how many projects it would give with the other facets (and the search) as they are.
 */
export const FilterBar = memo(function FilterBar() {
  const catalogue = useCatalogue();
  const searchIds = useResults()?.searchIds ?? undefined;
  return catalogue ? <Filters catalogue={catalogue} searchIds={searchIds} /> : null;
});

function Filters({
  catalogue,
  searchIds,
}: {
  catalogue: CatalogueIndex;
  searchIds?: ReadonlySet<string>;
}) {
  const { t, language } = useI18n();
  const state = useCatalogueQuery();
  const actions = useViewStore(
    useShallow((s) => ({
      toggleTheme: s.toggleTheme,
      toggleTargetGroup: s.toggleTargetGroup,
      toggleKind: s.toggleKind,
      setCounty: s.setCounty,
      setHideEnded: s.setHideEnded,
      clearFilters: s.clearFilters,
    })),
  );
  const counts = useMemo(() => {
    const index = facetIndexOf(catalogue.projects);
    const of = (facet: Facet) => index.counts(state, facet, searchIds);
    return {
      themes: of('themes'),
      targetGroups: of('targetGroups'),
      kinds: of('kinds'),
      county: of('county'),
    };
  }, [catalogue, state, searchIds]);
  const vocab = (items: Map<string, VocabularyItem>) =>
    [...items.values()].map((v) => ({ id: v.id, label: v.label[language], colour: v.colour }));
  const activeCount = activeFilterCount(state);

  return (
    <details className="filters" open>
      <summary className="filters__summary">
        {t('filters.title')}
        {activeCount > 0 ? (
          <span className="filters__active">
            {' '}
            · {t(`filters.active.${pluralOf(language, activeCount)}`, { count: activeCount })}
          </span>
        ) : null}
      </summary>
      <div className="filters__body" role="group" aria-label={t('filters.title')}>
        {(['themes', 'targetGroups'] as const).map((facet) => (
          <Chips
            key={facet}
            legend={t(`filters.${facet}`)}
            items={vocab(catalogue[facet])}
            selected={state[facet]}
            counts={counts[facet]}
            onToggle={facet === 'themes' ? actions.toggleTheme : actions.toggleTargetGroup}
          />
        ))}
        <div className="filters__row">
          <fieldset className="facet">
            <legend className="facet__legend">{t('filters.county')}</legend>
            <div className="segmented">
              {COUNTY_CHOICES.map((county) => (
                <label key={county} className="segmented__option">
                  <input
                    type="radio"
                    name="county"
                    value={county}
                    checked={state.county === county}
                    onChange={() => actions.setCounty(county)}
                  />
                  <span>
                    {t(`filters.county.${county}`)}
                    {county !== 'all' ? (
                      <span className="chip__count"> {counts.county.get(county) ?? 0}</span>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Chips
            legend={t('filters.kinds')}
            items={PROJECT_KINDS.map((k) => ({ id: k, label: t(`project.kind.${k}`) }))}
            selected={state.kinds}
            counts={counts.kinds}
            onToggle={actions.toggleKind}
          />
        </div>
        <label className="filters__toggle">
          <input
            type="checkbox"
            checked={Boolean(state.hideEnded)}
            onChange={(event) => actions.setHideEnded(event.target.checked)}
          />{' '}
          {t('filters.hideEnded')}
        </label>
        {isActive(state) ? (
          <button type="button" className="button button--quiet" onClick={actions.clearFilters}>
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </details>
  );
}
