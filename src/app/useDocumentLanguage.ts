import { useEffect } from 'react';
import { useI18n } from '../i18n';

/**
 * The page's language and title follow the language of the view; a fact sheet is titled by its
 * municipality (the title a PDF of it takes). `ownTitle`: the view sets the title itself.
 */
export function useDocumentLanguage(sheetOf?: string, ownTitle = false) {
  const { t, language } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
    if (ownTitle) return;
    document.title = sheetOf
      ? t('sheet.documentTitle', { name: sheetOf })
      : `${t('app.title')} – ${t('app.tagline')}`;
  }, [language, t, sheetOf, ownTitle]);
}
