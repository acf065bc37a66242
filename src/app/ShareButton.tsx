import { useState } from 'react';
import { useI18n } from '../i18n';
import { useViewStore } from '../state/store';
import { appUrl } from '../state/url/app-url';
import { pickViewState, serialiseViewState } from '../state/url/serialise';
import { Icon } from '../ui/Icon';

/**
 * Copies the address of exactly this view (the URL is the view state), on this site. The outcome
 * is announced in a note laid over the page below the button, so that nothing beside it moves.
 */
export function ShareButton() {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      const query = serialiseViewState(pickViewState(useViewStore.getState()));
      await navigator.clipboard.writeText(appUrl(query, '', window.location.origin));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 4000);
  };
  return (
    <span className="share">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        <Icon name="share" />
        <span className="button__long">{t('share.button')}</span>
      </button>
      <span className="header__status" role="status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed') : ''}
      </span>
    </span>
  );
}
