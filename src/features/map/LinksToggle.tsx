import { memo } from 'react';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';

/** Shows or hides the cooperation links between municipalities that share a project. */
export const LinksToggle = memo(function LinksToggle() {
  const { t } = useI18n();
  const links = useViewStore((s) => s.links);
  const setLinks = useViewStore((s) => s.setLinks);
  return (
    <label className="toggle">
      <input type="checkbox" checked={links} onChange={(e) => setLinks(e.target.checked)} />
      {t('layers.links')}
    </label>
  );
});
