import type { FigureSource } from '../domain/figures';
import { useI18n } from '../i18n';

/** "Källa: SCB, 2016-12-31" beside a figure. */
export function SourceNote({ source }: { source: FigureSource }) {
  const { t } = useI18n();
  return (
    <span className="source-note">
      {t('source.label')}: {source.computedFrom ? `${t('source.computed')} ` : ''}
      {source.publisher}, {source.date}
    </span>
  );
}
