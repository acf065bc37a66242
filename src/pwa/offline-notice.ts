/**
 * "The map now works offline" is said once per browser: whether it was is remembered in
 * localStorage. A storage that cannot be read or written (private mode, a full quota, a blocked
 * cookie setting) never breaks anything: the notice is then shown, and not remembered.
 */
export const OFFLINE_NOTICE_KEY = 'integrationskartan:offline-notice-shown';

/** The browser's localStorage, or null where reading it throws. */
function storageOf(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether the notice was already shown in this browser. */
export function offlineNoticeShown(storage: Storage | null = storageOf()): boolean {
  try {
    return storage?.getItem(OFFLINE_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers that the notice was shown (silently not, where the storage refuses). */
export function rememberOfflineNotice(storage: Storage | null = storageOf()): void {
  try {
    storage?.setItem(OFFLINE_NOTICE_KEY, '1');
  } catch {
    // Shown again next time: harmless.
  }
}
