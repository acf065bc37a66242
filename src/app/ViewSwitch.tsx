import { memo } from 'react';
import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import { SWITCHED_VIEWS } from '../state/view-state';
import { Icon } from '../ui/Icon';

/** Map, list or figures: toggle buttons in a labelled group (icons with their names on a phone). */
export const ViewSwitch = memo(function ViewSwitch() {
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
          title={t(`view.${mode}`)}
          onClick={() => setView(mode)}
        >
          <Icon name={mode} />
          <span className="button__long">{t(`view.${mode}`)}</span>
        </button>
      ))}
    </div>
  );
});
