import type { SuggestionKind } from '../../data/schemas';
import type { FormValues } from './suggest-form';

/**
 * Drafts of the suggestion form, kept in the browser's localStorage (one per kind and project)
 * until the suggestion is sent. Storage may be missing, full or refuse access (private modes,
 * blocked cookies): every function then says so (false or null) and never throws, so that the
 * form can tell the user and keep what is typed on screen.
 */

const PREFIX = 'integrationskartan:suggest-draft:';

/** The key of a draft: "new:" (from a municipality: "new:2584"), "change:<id>", "ended:<id>". */
export const draftKey = (kind: SuggestionKind, id?: string) => `${PREFIX}${kind}:${id ?? ''}`;

/** The browser's localStorage, or null where reading it throws. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Saves a draft; false when storage is missing, full or broken. */
export function saveDraft(storage: Storage | null, key: string, values: FormValues): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
    return true;
  } catch {
    return false;
  }
}

/** A saved draft over `base` (fields a draft lacks keep the base's), or null if none or broken. */
export function loadDraft(
  storage: Storage | null,
  key: string,
  base: FormValues,
): FormValues | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { values?: unknown };
    const values = parsed?.values;
    if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
    const out = { ...base };
    for (const [field, value] of Object.entries(values as Record<string, unknown>)) {
      const was = (base as unknown as Record<string, unknown>)[field];
      // Only a field of the form, of the type the form holds.
      if (was === undefined || typeof value !== typeof was) continue;
      if (Array.isArray(was) !== Array.isArray(value)) continue;
      (out as unknown as Record<string, unknown>)[field] = value;
    }
    return out;
  } catch {
    return null;
  }
}

/** Forgets a draft (once its suggestion is sent or queued); false if storage refused. */
export function clearDraft(storage: Storage | null, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
