import { useI18n } from '../i18n';

/** A figure with its unit, or "no data" written out: a missing figure is never shown as zero. */
export function FigureValue({ value, unit }: { value: string | null; unit: string }) {
  const { t } = useI18n();
  if (value === null) return <span className="no-data">{t('noData')}</span>;
  return (
    <span className="figure__value">
      {value} <span className="figure__unit">{unit}</span>
    </span>
  );
}
