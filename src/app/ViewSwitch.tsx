import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import { SWITCHED_VIEWS } from '../state/view-state';

/** Map or list: two toggle buttons in a labelled group. */
export function ViewSwitch() {
  const { t } = useI18n();
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {SWITCHED_VIEWS.map((mode) => (
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
}
