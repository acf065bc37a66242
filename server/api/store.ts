import { randomBytes, randomUUID } from 'node:crypto';
import type { RecordField, Suggestion, SuggestionKind } from '../../src/data/schemas.ts';
import type { RecordFields } from '../../src/domain/catalogue/diff.ts';
import type { AcceptedChange, Correction } from '../../src/domain/catalogue/publish.ts';
import { isoTime, type Database, type Queryable } from '../db/database.ts';

/** The SQL of the living catalogue: suggestions, their reviews, editors and their sessions. */

export type SuggestionState = 'new' | 'accepted' | 'rejected';

export interface StoredSuggestion {
  id: string;
  reference: string;
  kind: SuggestionKind;
  projectId: string | null;
  record: Suggestion['record'] | null;
  message: string | null;
  /** Null once erased (RETENTION_DAYS after the decision). */
  sender: { name: string; organisation: string; email: string } | null;
  receivedAt: string;
  state: SuggestionState;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  publishedId: string | null;
  patch: RecordFields | null;
}

export interface ReviewEvent {
  at: string;
  editor: string;
  action: 'correct' | 'accept' | 'reject';
  field: RecordField | null;
  value: unknown;
  note: string | null;
}

export const referenceOf = (number: number) => `F-${number}`;

type Row = Record<string, unknown>;

function suggestionOf(row: Row): StoredSuggestion {
  return {
    id: String(row.id),
    reference: referenceOf(Number(row.number)),
    kind: row.kind as SuggestionKind,
    projectId: (row.project_id as string | null) ?? null,
    record: (row.record as Suggestion['record'] | null) ?? null,
    message: (row.message as string | null) ?? null,
    sender:
      row.sender_name === null
        ? null
        : {
            name: String(row.sender_name),
            organisation: String(row.sender_organisation),
            email: String(row.sender_email),
          },
    receivedAt: isoTime(row.received_at),
    state: row.state as SuggestionState,
    decidedAt: row.decided_at ? isoTime(row.decided_at) : null,
    decidedBy: (row.decided_by as string | null) ?? null,
    decisionNote: (row.decision_note as string | null) ?? null,
    publishedId: (row.published_id as string | null) ?? null,
    patch: (row.patch as RecordFields | null) ?? null,
  };
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export async function insertSuggestion(
  db: Queryable,
  suggestion: Suggestion,
  clientKey: string,
): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const [row] = await db.query<{ number: number }>(
    `INSERT INTO suggestions (id, kind, project_id, record, message,
       sender_name, sender_organisation, sender_email, client_key)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9) RETURNING number`,
    [
      id,
      suggestion.kind,
      suggestion.projectId ?? null,
      json(suggestion.record),
      suggestion.message ?? null,
      suggestion.sender.name,
      suggestion.sender.organisation,
      suggestion.sender.email,
      clientKey,
    ],
  );
  return { id, reference: referenceOf(Number(row!.number)) };
}

/** How many suggestions came from one address since `minutes` ago. */
export async function recentFrom(
  db: Queryable,
  clientKey: string,
  minutes: number,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM suggestions
      WHERE client_key = $1 AND received_at > now() - make_interval(mins => $2::integer)`,
    [clientKey, minutes],
  );
  return Number(row!.n);
}

export async function listSuggestions(
  db: Queryable,
  state: SuggestionState,
  limit = 200,
): Promise<StoredSuggestion[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM suggestions WHERE state = $1
      ORDER BY ${state === 'new' ? 'received_at, number' : 'decided_at DESC, number DESC'} LIMIT $2`,
    [state, limit],
  );
  return rows.map(suggestionOf);
}

export async function countByState(db: Queryable): Promise<Record<SuggestionState, number>> {
  const rows = await db.query<{ state: SuggestionState; n: number }>(
    'SELECT state, count(*)::integer AS n FROM suggestions GROUP BY state',
  );
  const counts = { new: 0, accepted: 0, rejected: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}

/** One suggestion; with `lock`, its row is locked to the end of the transaction (a decision). */
export async function getSuggestion(
  db: Queryable,
  id: string,
  lock = false,
): Promise<StoredSuggestion | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.query<Row>(
    `SELECT * FROM suggestions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? suggestionOf(row) : null;
}

export async function reviewEvents(db: Queryable, id: string): Promise<ReviewEvent[]> {
  const rows = await db.query<Row>(
    'SELECT * FROM review_events WHERE suggestion_id = $1 ORDER BY id',
    [id],
  );
  return rows.map((row) => ({
    at: isoTime(row.at),
    editor: String(row.editor),
    action: row.action as ReviewEvent['action'],
    field: (row.field as RecordField | null) ?? null,
    value: row.value ?? null,
    note: (row.note as string | null) ?? null,
  }));
}

export function correctionsOf(events: readonly ReviewEvent[]): Correction[] {
  return events
    .filter((e) => e.action === 'correct' && e.field !== null)
    .map((e) => ({ field: e.field!, value: e.value }));
}

export async function addCorrection(
  db: Queryable,
  id: string,
  editor: string,
  field: RecordField,
  value: unknown,
): Promise<void> {
  await db.query(
    `INSERT INTO review_events (suggestion_id, editor, action, field, value)
     VALUES ($1, $2, 'correct', $3, $4::jsonb)`,
    [id, editor, field, JSON.stringify(value)],
  );
}

export async function decide(
  db: Queryable,
  id: string,
  editor: string,
  decision: { state: 'accepted'; publishedId: string; patch: RecordFields } | { state: 'rejected' },
  note: string | null,
): Promise<void> {
  const accepted = decision.state === 'accepted';
  await db.query(
    `UPDATE suggestions SET state = $2, decided_at = clock_timestamp(), decided_by = $3,
       decision_note = $4, published_id = $5, patch = $6::jsonb
     WHERE id = $1 AND state = 'new'`,
    [
      id,
      decision.state,
      editor,
      note,
      accepted ? decision.publishedId : null,
      accepted ? JSON.stringify(decision.patch) : null,
    ],
  );
  await db.query(
    `INSERT INTO review_events (suggestion_id, editor, action, note) VALUES ($1, $2, $3, $4)`,
    [id, editor, accepted ? 'accept' : 'reject', note],
  );
}

/** The day of a moment in Sweden, YYYY-MM-DD: the date a record's history shows. */
export function swedishDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(iso));
}

/** Every accepted suggestion, in the order they were accepted, as changes to apply. */
export async function acceptedChanges(db: Queryable): Promise<AcceptedChange[]> {
  const rows = await db.query<Row>(
    `SELECT number, kind, published_id, patch, decided_at FROM suggestions
      WHERE state = 'accepted' ORDER BY decided_at, number`,
  );
  return rows.map((row) => ({
    reference: referenceOf(Number(row.number)),
    kind: row.kind as SuggestionKind,
    projectId: String(row.published_id),
    patch: row.patch as RecordFields,
    date: swedishDate(isoTime(row.decided_at)),
  }));
}

// -----------------------------------------------------------------------------------------------
// Editors and sessions

export async function editorHash(db: Queryable, name: string): Promise<string | null> {
  const [row] = await db.query<{ password_hash: string }>(
    'SELECT password_hash FROM editors WHERE name = $1',
    [name],
  );
  return row?.password_hash ?? null;
}

export async function saveEditor(
  db: Queryable,
  name: string,
  hash: string,
): Promise<'added' | 'updated'> {
  const [row] = await db.query<{ inserted: boolean }>(
    `INSERT INTO editors (name, password_hash) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET password_hash = EXCLUDED.password_hash
     RETURNING (xmax = 0) AS inserted`,
    [name, hash],
  );
  // A new password ends the editor's open sessions.
  if (!row!.inserted) await db.query('DELETE FROM sessions WHERE editor = $1', [name]);
  return row!.inserted ? 'added' : 'updated';
}

export async function removeEditor(db: Queryable, name: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM editors WHERE name = $1 RETURNING name', [name]);
  return rows.length > 0;
}

export async function listEditors(
  db: Queryable,
): Promise<Array<{ name: string; createdAt: string }>> {
  const rows = await db.query<Row>('SELECT name, created_at FROM editors ORDER BY name');
  return rows.map((row) => ({ name: String(row.name), createdAt: isoTime(row.created_at) }));
}

export async function recordSignIn(
  db: Queryable,
  username: string,
  clientKey: string,
  succeeded: boolean,
): Promise<void> {
  await db.query(
    'INSERT INTO sign_in_attempts (username, client_key, succeeded) VALUES ($1, $2, $3)',
    [username.slice(0, 200), clientKey, succeeded],
  );
}

/** Failed sign-ins in the last `minutes`: for this name from this address, and from this address. */
export async function failedSignIns(
  db: Queryable,
  username: string,
  clientKey: string,
  minutes: number,
): Promise<{ forName: number; fromAddress: number }> {
  const [row] = await db.query<{ for_name: number; from_address: number }>(
    `SELECT count(*) FILTER (WHERE username = $1)::integer AS for_name,
            count(*)::integer AS from_address
       FROM sign_in_attempts
      WHERE client_key = $2 AND NOT succeeded AND at > now() - make_interval(mins => $3::integer)`,
    [username.slice(0, 200), clientKey, minutes],
  );
  return { forName: Number(row!.for_name), fromAddress: Number(row!.from_address) };
}

export async function createSession(
  db: Queryable,
  tokenHash: string,
  editor: string,
  hours: number,
): Promise<{ csrfToken: string; expiresAt: string }> {
  const csrfToken = randomBytes(24).toString('base64url');
  const [row] = await db.query<{ expires_at: unknown }>(
    `INSERT INTO sessions (token_hash, editor, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4::integer)) RETURNING expires_at`,
    [tokenHash, editor, csrfToken, hours],
  );
  return { csrfToken, expiresAt: isoTime(row!.expires_at) };
}

export interface Session {
  editor: string;
  csrfToken: string;
  expiresAt: string;
  expired: boolean;
}

export async function findSession(db: Queryable, tokenHash: string): Promise<Session | null> {
  const [row] = await db.query<Row>(
    `SELECT editor, csrf_token, expires_at, expires_at <= now() AS expired
       FROM sessions WHERE token_hash = $1`,
    [tokenHash],
  );
  if (!row) return null;
  return {
    editor: String(row.editor),
    csrfToken: String(row.csrf_token),
    expiresAt: isoTime(row.expires_at),
    expired: row.expired === true,
  };
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** The server's secret `name`, made (random) on first use; the same for every process. */
export async function secret(db: Queryable, name: string): Promise<string> {
  await db.query(
    'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
    [name, randomBytes(32).toString('base64url')],
  );
  const [row] = await db.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
    name,
  ]);
  return row!.value;
}

// -----------------------------------------------------------------------------------------------
// Retention

export interface Erased {
  senders: number;
  addresses: number;
  attempts: number;
  sessions: number;
}

/**
 * What the store no longer needs, erased: the sender's details, message and record of a
 * suggestion `retentionDays` after its decision (what was published stays in `patch`); the
 * address hashes of the rate limit and the sign-in attempts after a day; expired sessions.
 */
export async function eraseExpired(db: Database, retentionDays: number): Promise<Erased> {
  return db.transaction(async (tx) => {
    const senders = await tx.query(
      `UPDATE suggestions SET sender_name = NULL, sender_organisation = NULL, sender_email = NULL,
              message = NULL, record = NULL, sender_erased_at = now()
        WHERE state <> 'new' AND sender_erased_at IS NULL
          AND decided_at < now() - make_interval(days => $1::integer)
       RETURNING id`,
      [retentionDays],
    );
    const addresses = await tx.query(
      `UPDATE suggestions SET client_key = NULL
        WHERE client_key IS NOT NULL AND received_at < now() - interval '1 day' RETURNING id`,
    );
    const attempts = await tx.query(
      `DELETE FROM sign_in_attempts WHERE at < now() - interval '1 day' RETURNING id`,
    );
    const sessions = await tx.query(
      'DELETE FROM sessions WHERE expires_at <= now() RETURNING editor',
    );
    return {
      senders: senders.length,
      addresses: addresses.length,
      attempts: attempts.length,
      sessions: sessions.length,
    };
  });
}
