import { memo } from 'react';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { Field } from '../../ui/Field';

/** Search as you type, across titles, summaries, partners, contacts and municipality names. */
export const SearchBox = memo(function SearchBox() {
  const { t } = useI18n();
  const query = useViewStore((s) => s.query);
  const setQuery = useViewStore((s) => s.setQuery);
  return (
    <Field label={t('search.label')} className="search">
      <input
        type="search"
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
      />
    </Field>
  );
});
