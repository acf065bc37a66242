import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** The page's language and title follow the language of the view. */
export function useDocumentLanguage() {
  const { t, language } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('app.title')} – ${t('app.tagline')}`;
  }, [language, t]);
}
