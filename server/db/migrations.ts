import type { Database } from './database.ts';

/**
 * The schema of the store, as forward-only migrations: applied in order at start, each once
 * (schema_migrations says which are in), all in one transaction under an advisory lock, so that two
 * servers starting at once on one database neither apply a migration twice nor see half of one.
 * A migration is never edited once shipped: a change is a new one at the end.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'suggestions, reviews, editors and sessions',
    sql: `
      CREATE TABLE suggestions (
        id uuid PRIMARY KEY,
        -- The sender's reference is F-<number>.
        number integer GENERATED ALWAYS AS IDENTITY UNIQUE,
        kind text NOT NULL CHECK (kind IN ('new', 'change', 'ended')),
        project_id text,
        record jsonb,
        message text,
        -- Who sent it: erased (NULL) a set time after the decision, see sender_erased_at.
        sender_name text,
        sender_organisation text,
        sender_email text,
        sender_erased_at timestamptz,
        -- A keyed hash of the sender's address, for the rate limit only; erased after a day.
        client_key text,
        received_at timestamptz NOT NULL DEFAULT now(),
        state text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'accepted', 'rejected')),
        decided_at timestamptz,
        decided_by text,
        decision_note text,
        -- What an accepted suggestion publishes: the record's id and the fields it sets.
        published_id text,
        patch jsonb,
        CHECK ((state = 'new') = (decided_at IS NULL)),
        CHECK ((state = 'accepted') = (patch IS NOT NULL))
      );
      CREATE INDEX suggestions_by_state ON suggestions (state, received_at);
      CREATE INDEX suggestions_by_client ON suggestions (client_key, received_at);
      CREATE INDEX suggestions_accepted ON suggestions (decided_at, number) WHERE state = 'accepted';

      -- Every step of a review, with who and when: corrections of a field, the decision.
      CREATE TABLE review_events (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        suggestion_id uuid NOT NULL REFERENCES suggestions (id),
        at timestamptz NOT NULL DEFAULT now(),
        editor text NOT NULL,
        action text NOT NULL CHECK (action IN ('correct', 'accept', 'reject')),
        field text,
        value jsonb,
        note text,
        CHECK ((action = 'correct') = (field IS NOT NULL))
      );
      CREATE INDEX review_events_of ON review_events (suggestion_id, id);

      CREATE TABLE editors (
        name text PRIMARY KEY,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE sessions (
        -- The SHA-256 of the cookie's token: a copy of the table signs no one in.
        token_hash text PRIMARY KEY,
        editor text NOT NULL REFERENCES editors (name) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );

      CREATE TABLE sign_in_attempts (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        username text NOT NULL,
        client_key text NOT NULL,
        succeeded boolean NOT NULL
      );
      CREATE INDEX sign_in_attempts_recent ON sign_in_attempts (at);

      -- The server's own secrets (the key of the address hashes), made on first start.
      CREATE TABLE settings (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
];

/** An advisory lock key of the migrations ("IKmg"): any number, the same in every process. */
const MIGRATION_LOCK = 0x494b6d67;

/** Applies the migrations `db` lacks; returns the ids applied now. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query<{ id: number }>('SELECT id FROM schema_migrations');
    const done = new Set(rows.map((row) => Number(row.id)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [
        migration.id,
        migration.name,
      ]);
      applied.push(migration.id);
    }
    return applied;
  });
}
