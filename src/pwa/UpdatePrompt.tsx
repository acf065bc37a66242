import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n';
import { offlineNoticeShown, rememberOfflineNotice } from './offline-notice';
import { registerServiceWorker, type ApplyUpdate } from './register';
import './update-prompt.css';

type Notice = { kind: 'update'; apply: ApplyUpdate } | { kind: 'offline-ready' };

/** How long "works offline now" stays: it says something nice, not something to act on. */
const OFFLINE_READY_MS = 8000;

/** The header's slot for the offline notice (Header.tsx): in its line, over nothing. */
export const OFFLINE_NOTICE_SLOT = 'offline-notice-slot';

/**
 * Says when a new version of the app is ready ("En ny version finns – ladda om"), with a reload
 * button, instead of switching under the user's feet; and, once per browser, small in the header
 * line (where it covers no legend, sheet or button), that the map now works offline.
 * A polite live region: it never takes the focus. The view lives in the URL and the user's own
 * metrics in localStorage, so a reload loses nothing.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    registerServiceWorker({
      onUpdateReady: (apply) => setNotice({ kind: 'update', apply }),
      onOfflineReady: () => {
        // Once per browser, and only where the header has its slot (not on a printed sheet).
        if (offlineNoticeShown() || !document.getElementById(OFFLINE_NOTICE_SLOT)) return;
        rememberOfflineNotice();
        setNotice((current) => current ?? { kind: 'offline-ready' });
      },
    });
  }, []);

  useEffect(() => {
    if (notice?.kind !== 'offline-ready') return;
    const timer = setTimeout(() => setNotice(null), OFFLINE_READY_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const slot =
    notice?.kind === 'offline-ready' ? document.getElementById(OFFLINE_NOTICE_SLOT) : null;
  return (
    <>
      <div
        className={`pwa-notice${notice?.kind === 'update' ? ' pwa-notice--shown' : ''}`}
        role="status"
      >
        {notice?.kind === 'update' ? (
          <>
            <p>{t('pwa.updateReady')}</p>
            <div className="pwa-notice__actions">
              <button type="button" className="button" onClick={() => void notice.apply()}>
                {t('pwa.reload')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setNotice(null)}
              >
                {t('pwa.later')}
              </button>
            </div>
          </>
        ) : null}
      </div>
      {slot
        ? createPortal(
            <span className="offline-notice">
              <span>{t('pwa.offlineReady')}</span>
              <button
                type="button"
                className="offline-notice__close"
                aria-label={t('pwa.dismiss')}
                onClick={() => setNotice(null)}
              >
                ×
              </button>
            </span>,
            slot,
          )
        : null}
    </>
  );
}
