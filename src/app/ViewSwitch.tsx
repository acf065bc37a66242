import { memo } from 'react';
import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import { VIEW_MODES } from '../state/view-state';

/** Map or list: two toggle buttons in a labelled group. */
export const ViewSwitch = memo(function ViewSwitch() {
  const { t } = useI18n();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {VIEW_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          className="segmented__button"
          aria-pressed={view === mode}
          onClick={() => setView(mode)}
        >
          {t(`view.${mode}`)}
        </button>
      ))}
    </div>
  );
});
