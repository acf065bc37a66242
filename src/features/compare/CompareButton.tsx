import { comparisonSet } from '../../domain/compare';
import type { Municipality } from '../../domain/municipality';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';
import { Icon } from '../../ui/Icon';

// Starts loading the comparison's code when the button is about to be used, not before.
const preload = () => void import('./ComparisonView');

/**
 * "Compare with neighbours": puts the municipality and its neighbours in the comparison set.
 * `withName` adds the municipality's name for screen readers, for lists with many such buttons;
 * `icon` makes it a compact icon button named "Jämför Luleå med grannar", for a list's every row.
 */
export function CompareButton({
  code,
  byCode,
  withName = false,
  icon = false,
  className = 'button button--quiet',
}: {
  code: string;
  byCode: ReadonlyMap<string, Municipality>;
  withName?: boolean;
  icon?: boolean;
  className?: string;
}) {
  const { t } = useI18n();
  const setCompare = useViewStore((s) => s.setCompare);
  const municipality = byCode.get(code);
  if (!municipality) return null;
  const named = t('compare.withName', { name: municipality.name });
  return (
    <button
      type="button"
      className={icon ? 'icon-button icon-button--small compare-icon' : className}
      data-compare={code}
      aria-label={icon ? named : undefined}
      title={icon ? named : undefined}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => setCompare(comparisonSet(municipality, byCode).codes)}
    >
      {icon ? <Icon name="compare" /> : t('compare.button')}
      {withName && !icon ? <span className="visually-hidden"> – {municipality.name}</span> : null}
    </button>
  );
}
