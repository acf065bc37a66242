import { memo } from 'react';
import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import { ShareButton } from './ShareButton';

export const Header = memo(function Header() {
  const { t, language } = useI18n();
  const setLanguage = useViewStore((s) => s.setLanguage);
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <header className="header">
      <div className="header__brand">
        <h1 className="header__title">{t('app.title')}</h1>
        <p className="header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="header__actions">
        <ShareButton />
        <button
          type="button"
          className="button button--quiet"
          lang={other}
          onClick={() => setLanguage(other)}
        >
          {t('language.switchTo')}
        </button>
      </div>
    </header>
  );
});
