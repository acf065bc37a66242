import type { Ref } from 'react';
import { useI18n } from '../i18n';
import { Icon } from '../ui/Icon';

/**
 * Opens and closes the drawer of filters and statistics tools (on a phone, and beside the
 * comparison), with the number of filters that are on (a search counts as one).
 */
export function DrawerToggle({
  ref,
  open,
  onToggle,
  active,
}: {
  ref: Ref<HTMLButtonElement>;
  open: boolean;
  onToggle: () => void;
  /** How many filter choices are on, the search counted as one. */
  active: number;
}) {
  const { t, plural } = useI18n();
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
      {active > 0 ? (
        <span className="drawer-toggle__count" data-testid="active-filters">
          <span aria-hidden="true">{active}</span>
          <span className="visually-hidden">
            {' '}
            ({t(`filters.active.${plural(active)}`, { count: active })})
          </span>
        </span>
      ) : null}
    </button>
  );
}
