import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { coverRef } from '../map/session';

/**
 * The side panel's frame. On a wide screen it is a column beside the map; on a phone it is a
 * sheet over the bottom of the map that the handle enlarges or shrinks (by tap or keyboard). It
 * opens at a peek height that leaves the selection in view above it (the camera keeps clear of
 * it), and goes back to that height when it shows something else (`contentKey`).
 */
export function BottomSheet({
  contentKey,
  inert,
  children,
}: {
  contentKey: string;
  inert?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const [shown, setShown] = useState(contentKey);
  if (shown !== contentKey) {
    setShown(contentKey);
    setExpanded(false);
  }
  return (
    <div
      className={`sheet${expanded ? ' sheet--expanded' : ''}`}
      data-testid="sheet"
      ref={coverRef}
      inert={inert}
    >
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
