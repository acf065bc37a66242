import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { activeFilterCount } from '../domain/catalogue/results';
import { pluralOf, useI18n } from '../i18n';
import { coverRef } from '../map/session';
import { useViewStore } from '../state/store';
import { appUrl } from '../state/url/app-url';
import { pickViewState, serialiseViewState } from '../state/url/serialise';

/**
 * For an iframe on a municipality's page (embed=1): the map and its legend, and a link to the
 * same view in full, on this site whatever path the frame was opened at.
 */
export function EmbedLayout({ banner, children }: { banner: ReactNode; children: ReactNode }) {
  const { t, language } = useI18n();
  const filters = useViewStore(
    useShallow((s) => ({
      count: activeFilterCount(s),
      query: s.query.trim(),
    })),
  );
  // An embedded map with filters shows a selection: it says so, as the full view's filter bar does.
  const narrowed = [
    filters.count > 0
      ? `${t('filters.title')} · ${t(`filters.active.${pluralOf(language, filters.count)}`, { count: filters.count })}`
      : '',
    filters.query ? t('embed.search', { query: filters.query }) : '',
  ].filter(Boolean);
  const full = useViewStore((s) => serialiseViewState({ ...pickViewState(s), embed: false }));
  return (
    <div className="app app--embed">
      {banner}
      <main id="main" className="layout layout--embed">
        {children}
        {narrowed.length > 0 ? (
          <p ref={coverRef} className="embed-filtered" role="status" data-testid="embed-filtered">
            {t('embed.filtered', { what: narrowed.join(', ') })}
          </p>
        ) : null}
        <a
          ref={coverRef}
          className="embed-link"
          href={appUrl(full, '', window.location.origin)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('embed.open')}
        </a>
      </main>
    </div>
  );
}
