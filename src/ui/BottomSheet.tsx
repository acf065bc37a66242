import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

/**
 * The side panel's frame. On a wide screen it is a column beside the map; on a phone it is a
 * sheet over the bottom of the map that the handle enlarges or shrinks (by tap or keyboard).
 */
export function BottomSheet({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  return (
    <div className={`sheet${expanded ? ' sheet--expanded' : ''}`} data-testid="sheet">
      <button
        type="button"
        className="sheet__handle"
        aria-expanded={expanded}
        onClick={() => setExpanded((e) => !e)}
      >
        <span className="sheet__grip" aria-hidden="true" />
        <span className="visually-hidden">
          {expanded ? t('sheet.collapse') : t('sheet.expand')}
        </span>
      </button>
      {children}
    </div>
  );
}
