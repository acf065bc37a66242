import type { Project, RecordField, SuggestedRecord, SuggestionKind } from '../data/schemas';
import type { FieldDiff } from '../domain/catalogue/diff';
import type { EditorialTranslate } from './messages';

/** The review API of the server (server/api/), as the editors' page calls it. */

export type SuggestionState = 'new' | 'accepted' | 'rejected';

export interface SessionInfo {
  editor: string;
  csrfToken: string;
  expiresAt: string;
}

export interface SuggestionSummary {
  id: string;
  reference: string;
  kind: SuggestionKind;
  projectId: string | null;
  publishedId: string | null;
  title: { sv?: string; en?: string } | null;
  receivedAt: string;
  state: SuggestionState;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface SuggestionList {
  state: SuggestionState;
  counts: Record<SuggestionState, number>;
  suggestions: SuggestionSummary[];
}

export interface Review {
  suggestion: SuggestionSummary & {
    record: SuggestedRecord | null;
    message: string | null;
    sender: { name: string; organisation: string; email: string } | null;
    decisionNote: string | null;
  };
  current: Project | null;
  proposed: Partial<Record<RecordField, unknown>>;
  publishedId: string | null;
  diff: FieldDiff[];
  withheldContacts: Array<{ name: string }>;
  problems: Array<{ field: string; reason: string }>;
  events: Array<{
    at: string;
    editor: string;
    action: 'correct' | 'accept' | 'reject';
    field: RecordField | null;
    note: string | null;
  }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(
  method: string,
  path: string,
  options: { body?: unknown; csrf?: string } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options.csrf ? { 'X-CSRF-Token': options.csrf } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
  } catch (error) {
    throw new ApiError(0, (error as Error).message);
  }
  const json = (await response.json().catch(() => null)) as
    (T & { error?: string; fields?: Record<string, string> }) | null;
  if (!response.ok) {
    throw new ApiError(response.status, json?.error ?? `HTTP ${response.status}`, json?.fields);
  }
  return json as T;
}

export const api = {
  session: () => request<SessionInfo | { editor: null; expired: boolean }>('GET', '/api/session'),
  signIn: (username: string, password: string) =>
    request<SessionInfo>('POST', '/api/session', { body: { username, password } }),
  signOut: (csrf: string) => request<unknown>('DELETE', '/api/session', { csrf }),
  list: (state: SuggestionState) =>
    request<SuggestionList>('GET', `/api/review/suggestions?state=${state}`),
  review: (id: string) =>
    request<Review>('GET', `/api/review/suggestions/${encodeURIComponent(id)}`),
  correct: (id: string, field: RecordField, value: unknown, csrf: string) =>
    request<Review>('POST', `/api/review/suggestions/${encodeURIComponent(id)}/corrections`, {
      body: { field, value },
      csrf,
    }),
  decide: (id: string, decision: 'accept' | 'reject', note: string, csrf: string) =>
    request<Review>('POST', `/api/review/suggestions/${encodeURIComponent(id)}/decision`, {
      body: { decision, ...(note.trim() ? { note: note.trim() } : {}) },
      csrf,
    }),
};

/** A failed call as the editor reads it: the store is away, or what the server said. */
export function errorText(t: EditorialTranslate, error: unknown): string {
  if (error instanceof ApiError && (error.status === 503 || error.status === 0)) {
    return t('error.unavailable');
  }
  return t('error.other', { message: (error as Error).message });
}
