import { describe, expect, it } from 'vitest';
import { OFFLINE_NOTICE_KEY, offlineNoticeShown, rememberOfflineNotice } from './offline-notice';

/** A Storage in memory; `fail` makes every call throw, as a refused storage does. */
function memoryStorage(fail = false): Storage {
  const items = new Map<string, string>();
  const guard = () => {
    if (fail) throw new DOMException('refused', 'SecurityError');
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => (guard(), items.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), void items.set(k, v)),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the offline notice is shown once', () => {
  it('is not shown again once remembered', () => {
    const storage = memoryStorage();
    expect(offlineNoticeShown(storage)).toBe(false);
    rememberOfflineNotice(storage);
    expect(offlineNoticeShown(storage)).toBe(true);
    expect(storage.getItem(OFFLINE_NOTICE_KEY)).toBe('1');
  });

  it('a storage that throws, or none, breaks nothing: shown, not remembered', () => {
    const broken = memoryStorage(true);
    expect(() => rememberOfflineNotice(broken)).not.toThrow();
    expect(offlineNoticeShown(broken)).toBe(false);
    expect(offlineNoticeShown(null)).toBe(false);
    expect(() => rememberOfflineNotice(null)).not.toThrow();
  });
});
