import type { Ref } from 'react';
import { useI18n } from '../i18n';
import { Icon } from '../ui/Icon';

/**
 * Opens and closes the drawer of filters and statistics tools (on a phone, and beside the
 * comparison), with the number of matching projects while a filter is on.
 */
export function DrawerToggle({
  ref,
  open,
  onToggle,
  matching,
}: {
  ref: Ref<HTMLButtonElement>;
  open: boolean;
  onToggle: () => void;
  /** The matching projects' count while filters or a search narrow the catalogue. */
  matching: number | null;
}) {
  const { t } = useI18n();
  const label = open ? t('drawer.close') : t('drawer.open');
  return (
    <button
      ref={ref}
      type="button"
      className="button button--quiet drawer-toggle"
      aria-expanded={open}
      aria-controls="sidebar"
      title={label}
      onClick={onToggle}
    >
      <Icon name="filter" />
      <span className="button__long">{label}</span>
      {matching !== null ? (
        <span className="drawer-toggle__count" aria-hidden="true">
          {matching}
        </span>
      ) : null}
    </button>
  );
}
