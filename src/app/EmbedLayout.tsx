import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { coverRef } from '../map/session';
import { useViewStore } from '../state/store';
import { appUrl } from '../state/url/app-url';
import { pickViewState, serialiseViewState } from '../state/url/serialise';

/**
 * For an iframe on a municipality's page (embed=1): the map with its title (which names the
 * filters and the search that narrow it) and its legend, and a link to the same view in full, on
 * this site whatever path the frame was opened at. Its main landmark is named, and the map inside
 * it is no region of its own: the page around the frame has its own main and map landmarks.
 */
export function EmbedLayout({ banner, children }: { banner: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const full = useViewStore((s) => serialiseViewState({ ...pickViewState(s), embed: false }));
  return (
    <div className="app app--embed">
      {banner}
      <main id="main" className="layout layout--embed" aria-label={t('embed.landmark')}>
        {children}
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
