import { useState } from 'react';
import { useI18n } from '../i18n';

/** Copies the address of exactly this view (the URL is the view state). */
export function ShareButton() {
  const { t } = useI18n();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 4000);
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {t('share.button')}
      </button>
      <span className="header__status" role="status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.failed') : ''}
      </span>
    </>
  );
}
