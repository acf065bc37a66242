import { useMunicipalities } from '../../data-hooks/municipalities';
import { comparisonSet } from '../../domain/compare';
import { useI18n } from '../../i18n';
import { useViewStore } from '../../state/store';

// Starts loading the comparison's code when the button is about to be used, not before.
const preload = () => void import('./ComparisonView');

/**
 * "Compare with neighbours": puts the municipality and its neighbours in the comparison set.
 * `withName` adds the municipality's name for screen readers, for lists with many such buttons.
 */
export function CompareButton({
  code,
  withName = false,
  className = 'button button--quiet',
}: {
  code: string;
  withName?: boolean;
  className?: string;
}) {
  const { t } = useI18n();
  const setCompare = useViewStore((s) => s.setCompare);
  const { byCode } = useMunicipalities();
  const municipality = byCode.get(code);
  if (!municipality) return null;
  return (
    <button
      type="button"
      className={className}
      data-compare={code}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => setCompare(comparisonSet(municipality, byCode).codes)}
    >
      {t('compare.button')}
      {withName ? <span className="visually-hidden"> – {municipality.name}</span> : null}
    </button>
  );
}
