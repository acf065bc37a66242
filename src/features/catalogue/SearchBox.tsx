import { useId } from 'react';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';

/** Search as you type, across titles, summaries, partners, contacts and municipality names. */
export function SearchBox() {
  const { t } = useI18n();
  const query = useViewStore((s) => s.query);
  const setQuery = useViewStore((s) => s.setQuery);
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id} className="picker__label">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        className="picker__input"
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
      />
    </div>
  );
}
