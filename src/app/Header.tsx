import type { ReactNode } from 'react';
import { loadLanguage, useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import { ShareButton } from './ShareButton';

/**
 * The banner: title, share and language in one row, and below it the toolbar (`children`), so
 * that the tools sit in a landmark. On a phone the buttons are icons or short words whose names
 * stay whole for screen readers and voice control.
 */
export function Header({ children }: { children: ReactNode }) {
  const { t, language } = useI18n();
  const setLanguage = useViewStore((s) => s.setLanguage);
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <header className="header">
      <div className="header__bar">
        <div className="header__brand">
          <h1 className="header__title">{t('app.title')}</h1>
          <p className="header__tagline">
            <span className="header__tagline-long">{t('app.tagline')}</span>
            {/* On a phone: one short line that says what the app is. */}
            <span className="header__tagline-short">{t('app.taglineShort')}</span>
          </p>
          {/* "Works offline now", once (pwa/UpdatePrompt): in place of the tagline for a moment. */}
          <p className="header__notice" id="offline-notice-slot" role="status" />
        </div>
        <div className="header__actions">
          <ShareButton />
          <button
            type="button"
            className="button button--quiet"
            lang={other}
            // The other language's messages first, then the switch: never a half-translated view.
            onClick={() =>
              loadLanguage(other).then(
                () => setLanguage(other),
                (error: unknown) => console.warn(error),
              )
            }
          >
            <span className="button__long">{t('language.switchTo')}</span>
            <span className="button__short" aria-hidden="true">
              {t('language.short')}
            </span>
          </button>
        </div>
      </div>
      {children}
    </header>
  );
}
