import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import {
  plainText,
  RECORD_FIELDS,
  SUGGESTION_BODY_LIMIT,
  SuggestedRecordSchema,
  SuggestionSchema,
  type Project,
  type RecordField,
} from '../../src/data/schemas.ts';
import { diffRecord } from '../../src/domain/catalogue/diff.ts';
import {
  applyAccepted,
  isRecordField,
  proposedFields,
  publication,
  recordIdFor,
} from '../../src/domain/catalogue/publish.ts';
import { type Database, isUnavailable, type Queryable } from '../db/database.ts';
import { migrate } from '../db/migrations.ts';
import { responseHeaders } from '../headers.ts';
import {
  checkSameOrigin,
  clearedCookie,
  clientAddress,
  clientKey,
  isHttps,
  newSessionToken,
  sessionCookie,
  sessionToken,
  tokenHash,
  type TrustedProxies,
} from './auth.ts';
import {
  checkRecord,
  publishedFile,
  readBuiltCatalogue,
  type BuiltCatalogue,
  type PublishedFile,
} from './catalogue.ts';
import {
  API_HEADERS,
  fieldErrors,
  HttpError,
  preferredEncoding,
  readJson,
  sendError,
  sendJson,
} from './http.ts';
import { verifyPassword } from './passwords.ts';
import {
  acceptedChanges,
  addCorrection,
  correctionsOf,
  countByState,
  createSession,
  decide,
  deleteSession,
  editorHash,
  eraseExpired,
  failedSignIns,
  findSession,
  getSuggestion,
  insertSuggestion,
  listSuggestions,
  recentFrom,
  recordSignIn,
  reviewEvents,
  secret,
  swedishDate,
  type Erased,
  type Session,
  type StoredSuggestion,
  type SuggestionState,
} from './store.ts';

/**
 * The living catalogue's HTTP API under /api/ and the published /data/catalogue.json, for the
 * production server (server/serve.ts): suggestions from anyone, their review by signed-in editors,
 * and the catalogue with the accepted ones. JSON only; every answer carries the app's security
 * headers. The database may be slow to start or go away: until it answers, every call that needs
 * it gets a 503 that says so, and the map keeps being served.
 */

export interface LivingCatalogueConfig {
  /** Days after a decision until the sender's details are erased (RETENTION_DAYS). */
  retentionDays: number;
  /** How long a sign-in lasts (SESSION_HOURS). */
  sessionHours: number;
  /** Suggestions one address may send in an hour (SUGGESTIONS_PER_HOUR). */
  suggestionsPerHour: number;
  /** Proxies whose X-Forwarded-For and -Proto are believed (TRUST_PROXY, comma-separated addresses). */
  trustedProxies: TrustedProxies;
  /** Sites whose pages may send suggestions here (SUGGESTION_ORIGINS, comma-separated origins). */
  suggestionOrigins: ReadonlySet<string>;
  /** How old the published catalogue may be in one process before it is read again, in ms. */
  refreshMs: number;
}

/** Failed sign-ins allowed per name and address, and per address, in SIGN_IN_WINDOW_MINUTES. */
export const SIGN_IN_LIMITS = { perName: 5, perAddress: 20 } as const;
export const SIGN_IN_WINDOW_MINUTES = 15;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): LivingCatalogueConfig {
  const whole = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${name} must be a whole number ≥ 1, not "${raw}"`);
    }
    return value;
  };
  const list = (name: string) =>
    new Set(
      (env[name] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  return {
    retentionDays: whole('RETENTION_DAYS', 90),
    sessionHours: whole('SESSION_HOURS', 8),
    suggestionsPerHour: whole('SUGGESTIONS_PER_HOUR', 20),
    trustedProxies: list('TRUST_PROXY'),
    suggestionOrigins: list('SUGGESTION_ORIGINS'),
    refreshMs: 5_000,
  };
}

export interface LivingCatalogue {
  /** Answers the request when it is the API's (true), or leaves it to the static files (false). */
  handle: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Settles once the database is migrated and answering (for tests and the start message). */
  ready: Promise<void>;
  /** Runs the retention now (it also runs at start and daily). */
  eraseExpired: () => Promise<Erased>;
  close: () => Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RETRY_MS = 5_000;
/** The advisory lock of publishing ("IKpb"): accepts are applied one at a time across processes. */
const PUBLISH_LOCK = 0x494b7062;

const SignInSchema = z.strictObject({
  username: z.string().max(100),
  password: z.string().max(1000),
});
const CorrectionSchema = z.strictObject({ field: z.string().max(40), value: z.unknown() });
const DecisionSchema = z.strictObject({
  decision: z.enum(['accept', 'reject'], { error: 'decision must be "accept" or "reject"' }),
  note: plainText(2000).optional(),
});
const STATES: readonly SuggestionState[] = ['new', 'accepted', 'rejected'];

const notSignedIn = () => new HttpError(401, 'Sign in at /redaktion to review suggestions.');

export function createLivingCatalogue(options: {
  root: string;
  open: () => Promise<Database>;
  config: LivingCatalogueConfig;
  log?: (message: string) => void;
}): LivingCatalogue {
  const { config } = options;
  const log = options.log ?? ((message: string) => console.error(`api: ${message}`));
  let db: Database | null = null;
  let addressKey = '';
  let closed = false;
  const timers: NodeJS.Timeout[] = [];
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(fn, ms);
    timer.unref();
    timers.push(timer);
  };

  const builtCatalogue: Promise<BuiltCatalogue | null> = readBuiltCatalogue(options.root).catch(
    (error: unknown) => {
      log(`the build's catalogue cannot be read, publishing is off: ${(error as Error).message}`);
      return null;
    },
  );

  const retention = async (): Promise<Erased> => {
    if (!db) throw new HttpError(503, unavailableMessage());
    return eraseExpired(db, config.retentionDays);
  };
  const dailyRetention = () => {
    retention()
      .then((erased) => {
        if (erased.senders > 0)
          log(`erased the senders of ${erased.senders} decided suggestion(s)`);
      })
      .catch((error: unknown) => log(`retention failed: ${(error as Error).message}`))
      .finally(() => {
        if (!closed) later(DAY_MS, dailyRetention);
      });
  };

  const ready = new Promise<void>((resolve) => {
    const connect = async () => {
      let opened: Database | null = null;
      try {
        opened = await options.open();
        await migrate(opened);
        addressKey = await secret(opened, 'client-address-key');
        if (closed) {
          await opened.close();
          return;
        }
        db = opened;
        dailyRetention();
        resolve();
      } catch (error) {
        await opened?.close().catch(() => undefined);
        log(
          `the database is not available (${(error as Error).message}); trying again in ${RETRY_MS / 1000} s`,
        );
        if (!closed) later(RETRY_MS, () => void connect());
      }
    };
    void connect();
  });

  function unavailableMessage(): string {
    return (
      'The suggestion store is not available right now, so nothing was saved. ' +
      'Please try again in a while.'
    );
  }

  function database(): Database {
    if (!db) throw new HttpError(503, unavailableMessage(), undefined, { 'Retry-After': '30' });
    return db;
  }

  // --- the published catalogue ------------------------------------------------------------------

  let published: { file: PublishedFile; fingerprint: string; at: number } | null = null;
  let refreshing: Promise<PublishedFile | null> | null = null;

  async function publishedNow(fresh = false): Promise<PublishedFile | null> {
    const built = await builtCatalogue;
    if (!built) return null;
    if (!fresh && published && Date.now() - published.at < config.refreshMs) return published.file;
    refreshing ??= (async () => {
      try {
        if (!db) return published?.file ?? publishedFile(built.catalogue, []);
        const changes = await acceptedChanges(db);
        const fingerprint = JSON.stringify(changes);
        if (published?.fingerprint !== fingerprint) {
          const file = publishedFile(built.catalogue, changes);
          for (const { change, reason } of file.refused) {
            log(`accepted suggestion ${change.reference} is not published: ${reason}`);
          }
          published = { file, fingerprint, at: Date.now() };
        } else {
          published.at = Date.now();
        }
        return published.file;
      } catch (error) {
        // The database went away: the last catalogue read stays published.
        log(`cannot read the accepted suggestions: ${(error as Error).message}`);
        return published?.file ?? publishedFile(built.catalogue, []);
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  /** The records as published now, read from the database in this transaction (for a decision). */
  async function projectsIn(tx: Queryable, built: BuiltCatalogue): Promise<Project[]> {
    return applyAccepted(built.catalogue.projects, await acceptedChanges(tx)).projects;
  }

  async function sendCatalogue(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const file = await publishedNow();
    if (!file) throw new HttpError(404, 'No catalogue in this build.');
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const headers: Record<string, string> = {
      ...responseHeaders(url),
      // Always revalidated (a 304 while unchanged): an accepted change is seen at the next load.
      'Cache-Control': 'no-cache',
      'Content-Type': 'application/json',
      ETag: file.etag,
      Vary: 'Accept-Encoding',
    };
    if (String(req.headers['if-none-match'] ?? '').includes(file.etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.body;
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  // --- suggestions ------------------------------------------------------------------------------

  function corsHeaders(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin || !config.suggestionOrigins.has(origin)) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
  }

  async function postSuggestion(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req);
    const body = await readJson(req, SUGGESTION_BODY_LIMIT);
    const parsed = SuggestionSchema.safeParse(body);
    if (!parsed.success) {
      throw new HttpError(
        400,
        'The suggestion has errors.',
        fieldErrors(parsed.error.issues),
        cors,
      );
    }
    const suggestion = parsed.data;
    const file = await publishedNow();
    if (file) {
      const errors: Record<string, string> = {};
      if (
        suggestion.projectId !== undefined &&
        !file.catalogue.projects.some((p) => p.id === suggestion.projectId)
      ) {
        errors.projectId = `no project "${suggestion.projectId}" in the catalogue`;
      }
      const vocabulary = (field: 'themes' | 'targetGroups', items: { id: string }[]) =>
        suggestion.record?.[field]?.forEach((id, at) => {
          if (!items.some((item) => item.id === id))
            errors[`record.${field}.${at}`] = `unknown: "${id}"`;
        });
      vocabulary('themes', file.catalogue.themes);
      vocabulary('targetGroups', file.catalogue.targetGroups);
      if (Object.keys(errors).length > 0) {
        throw new HttpError(400, 'The suggestion has errors.', errors, cors);
      }
    }
    const store = database();
    const key = clientKey(clientAddress(req, config.trustedProxies), addressKey);
    // Counted and stored under a lock of the address, so that a burst cannot slip past the count.
    const { id, reference } = await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      if ((await recentFrom(tx, key, 60)) >= config.suggestionsPerHour) {
        throw new HttpError(
          429,
          `Too many suggestions from this address: at most ${config.suggestionsPerHour} an hour. ` +
            'Please try again later.',
          undefined,
          { 'Retry-After': '3600', ...cors },
        );
      }
      return insertSuggestion(tx, suggestion, key);
    });
    sendJson(res, 201, { id, reference }, { ...cors, Location: `/api/review/suggestions/${id}` });
  }

  // --- sessions ---------------------------------------------------------------------------------

  async function currentSession(req: IncomingMessage): Promise<{ session: Session; hash: string }> {
    const token = sessionToken(req);
    if (!token) throw notSignedIn();
    const hash = tokenHash(token);
    const session = await findSession(database(), hash);
    if (!session) throw notSignedIn();
    if (session.expired) {
      await deleteSession(database(), hash);
      throw new HttpError(401, 'The session has expired: sign in again at /redaktion.');
    }
    return { session, hash };
  }

  /** An editor's changing request: signed in, from this site, with the session's CSRF token. */
  async function editorChange(req: IncomingMessage): Promise<{ session: Session; hash: string }> {
    checkSameOrigin(req, isHttps(req, config.trustedProxies));
    const current = await currentSession(req);
    if (req.headers['x-csrf-token'] !== current.session.csrfToken) {
      throw new HttpError(403, 'Refused: the request lacks this session’s CSRF token.');
    }
    return current;
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const secure = isHttps(req, config.trustedProxies);
    checkSameOrigin(req, secure);
    const parsed = SignInSchema.safeParse(await readJson(req, 8 * 1024));
    if (!parsed.success)
      throw new HttpError(400, 'Give a username and a password.', fieldErrors(parsed.error.issues));
    const { username, password } = parsed.data;
    const store = database();
    const key = clientKey(clientAddress(req, config.trustedProxies), addressKey);
    const failed = await failedSignIns(store, username, key, SIGN_IN_WINDOW_MINUTES);
    if (
      failed.forName >= SIGN_IN_LIMITS.perName ||
      failed.fromAddress >= SIGN_IN_LIMITS.perAddress
    ) {
      throw new HttpError(
        429,
        `Too many failed sign-ins: wait ${SIGN_IN_WINDOW_MINUTES} minutes and try again.`,
        undefined,
        { 'Retry-After': String(SIGN_IN_WINDOW_MINUTES * 60) },
      );
    }
    const ok = await verifyPassword(password, await editorHash(store, username));
    await recordSignIn(store, username, key, ok);
    if (!ok) throw new HttpError(401, 'Wrong username or password.');
    const token = newSessionToken();
    const { csrfToken, expiresAt } = await createSession(
      store,
      tokenHash(token),
      username,
      config.sessionHours,
    );
    sendJson(
      res,
      200,
      { editor: username, csrfToken, expiresAt },
      { 'Set-Cookie': sessionCookie(token, config.sessionHours * 3600, secure) },
    );
  }

  async function signOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { hash } = await editorChange(req);
    await deleteSession(database(), hash);
    sendJson(
      res,
      200,
      { signedOut: true },
      {
        'Set-Cookie': clearedCookie(isHttps(req, config.trustedProxies)),
      },
    );
  }

  // --- review -----------------------------------------------------------------------------------

  function summaryOf(s: StoredSuggestion, projects: readonly Project[]) {
    const title =
      s.record?.title ??
      projects.find((p) => p.id === (s.publishedId ?? s.projectId))?.title ??
      null;
    return {
      id: s.id,
      reference: s.reference,
      kind: s.kind,
      projectId: s.projectId,
      publishedId: s.publishedId,
      title,
      receivedAt: s.receivedAt,
      state: s.state,
      decidedAt: s.decidedAt,
      decidedBy: s.decidedBy,
    };
  }

  /** The id a suggestion publishes to: the project's, or for a new one its own or one made from its title. */
  function targetId(
    s: StoredSuggestion,
    fields: Record<string, unknown>,
    projects: readonly Project[],
  ): string {
    if (s.publishedId) return s.publishedId;
    if (s.kind !== 'new') return s.projectId!;
    const taken = new Set(projects.map((p) => p.id));
    const asked = s.record?.id;
    if (asked && !taken.has(asked)) return asked;
    const title = fields.title as { sv?: string; en?: string } | undefined;
    return recordIdFor(title?.sv ?? title?.en ?? '', taken);
  }

  async function reviewOf(tx: Queryable, s: StoredSuggestion, built: BuiltCatalogue | null) {
    const events = await reviewEvents(tx, s.id);
    const projects = built ? await projectsIn(tx, built) : [];
    const fields = proposedFields(
      { kind: s.kind, projectId: s.projectId ?? undefined, record: s.record ?? undefined },
      correctionsOf(events),
    );
    const id = targetId(s, fields, projects);
    const current = s.kind === 'new' ? null : (projects.find((p) => p.id === id) ?? null);
    if (s.state !== 'new') {
      // Decided: what it published, as it was published.
      const view = {
        suggestion: s,
        current,
        proposed: fields,
        publishedId: s.publishedId,
        diff: diffRecord(null, s.patch ?? {}),
        withheldContacts: [],
        problems: [],
        events,
      };
      return { view, draft: null };
    }
    const draft = publication(current, fields, id);
    // Checked as it would be published: with this change in its history.
    const changes = RECORD_FIELDS.filter((field) => field in draft.patch);
    const checked =
      changes.length === 0
        ? draft.record
        : {
            ...draft.record,
            history: [
              ...(current?.history ?? []),
              {
                date: swedishDate(new Date().toISOString()),
                kind: s.kind,
                changes,
                reviewed: true,
                reference: s.reference,
              },
            ],
          };
    const candidate = current
      ? projects.map((p) => (p.id === id ? checked : p))
      : [...projects, checked];
    const problems = built
      ? checkRecord(built, candidate, id).map(({ field, reason }) => ({ field, reason }))
      : [{ field: '(record)', reason: 'this build has no catalogue: run "npm run build"' }];
    if (Object.keys(draft.patch).length === 0) {
      problems.push({
        field: '(record)',
        reason: 'nothing to publish: correct a field, or reject',
      });
    }
    const view = {
      suggestion: s,
      current,
      proposed: fields,
      publishedId: id,
      diff: diffRecord(current, draft.patch),
      withheldContacts: draft.withheldContacts,
      problems,
      events,
    };
    return { view, draft };
  }

  async function listForReview(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    await currentSession(req);
    const state = (url.searchParams.get('state') ?? 'new') as SuggestionState;
    if (!STATES.includes(state)) {
      throw new HttpError(400, 'state must be new, accepted or rejected.', {
        state: 'unknown state',
      });
    }
    const store = database();
    const [suggestions, counts, file] = await Promise.all([
      listSuggestions(store, state),
      countByState(store),
      publishedNow(),
    ]);
    const projects = file?.catalogue.projects ?? [];
    sendJson(res, 200, {
      state,
      counts,
      suggestions: suggestions.map((s) => summaryOf(s, projects)),
    });
  }

  async function showForReview(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
  ): Promise<void> {
    await currentSession(req);
    const store = database();
    const suggestion = await getSuggestion(store, id);
    if (!suggestion) throw new HttpError(404, 'No such suggestion.');
    const { view } = await reviewOf(store, suggestion, await builtCatalogue);
    sendJson(res, 200, view);
  }

  async function correct(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const { session } = await editorChange(req);
    const parsed = CorrectionSchema.safeParse(await readJson(req, SUGGESTION_BODY_LIMIT));
    if (!parsed.success)
      throw new HttpError(400, 'Give a field and its value.', fieldErrors(parsed.error.issues));
    const { field, value } = parsed.data;
    if (!isRecordField(field)) {
      throw new HttpError(400, `Not a field of a record: ${RECORD_FIELDS.join(', ')}.`, {
        field: 'not a field of a record',
      });
    }
    const schema = SuggestedRecordSchema.shape[field as RecordField];
    const checked = value === undefined ? null : schema.safeParse(value);
    if (!checked?.success) {
      throw new HttpError(
        400,
        'The value does not fit the field.',
        checked ? fieldErrors(checked.error.issues, ['value']) : { value: 'missing value' },
      );
    }
    const store = database();
    const built = await builtCatalogue;
    const review = await store.transaction(async (tx) => {
      const suggestion = await getSuggestion(tx, id, true);
      if (!suggestion) throw new HttpError(404, 'No such suggestion.');
      if (suggestion.state !== 'new')
        throw new HttpError(409, `Already ${suggestion.state}: it cannot be corrected.`);
      await addCorrection(tx, id, session.editor, field, checked.data);
      return (await reviewOf(tx, suggestion, built)).view;
    });
    sendJson(res, 200, review);
  }

  async function decideOn(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const { session } = await editorChange(req);
    const parsed = DecisionSchema.safeParse(await readJson(req, 8 * 1024));
    if (!parsed.success)
      throw new HttpError(400, 'Give a decision.', fieldErrors(parsed.error.issues));
    const { decision, note } = parsed.data;
    const store = database();
    const built = await builtCatalogue;
    await store.transaction(async (tx) => {
      // One decision at a time, whatever process takes it: each sees the ones before it.
      await tx.query(`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})`);
      const suggestion = await getSuggestion(tx, id, true);
      if (!suggestion) throw new HttpError(404, 'No such suggestion.');
      if (suggestion.state !== 'new') {
        throw new HttpError(409, `Already ${suggestion.state} by ${suggestion.decidedBy}.`);
      }
      if (decision === 'reject') {
        await decide(tx, id, session.editor, { state: 'rejected' }, note ?? null);
        return;
      }
      if (!built)
        throw new HttpError(503, 'This build has no catalogue to publish to: run "npm run build".');
      const { view: review, draft } = await reviewOf(tx, suggestion, built);
      if (review.problems.length > 0 || !draft) {
        throw new HttpError(
          422,
          'The record would not pass the catalogue check: correct these fields first.',
          Object.fromEntries(review.problems.map((p) => [p.field, p.reason])),
        );
      }
      await decide(
        tx,
        id,
        session.editor,
        { state: 'accepted', publishedId: review.publishedId!, patch: draft.patch },
        note ?? null,
      );
    });
    // Published at once by this process; the others read it within config.refreshMs.
    await publishedNow(true);
    const suggestion = await getSuggestion(store, id);
    const { view } = await reviewOf(store, suggestion!, built);
    sendJson(res, 200, view);
  }

  // --- routing ----------------------------------------------------------------------------------

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const allow = (methods: string[]) => {
      if (!methods.includes(method)) {
        req.resume();
        throw new HttpError(405, `Use ${methods.join(' or ')}.`, undefined, {
          Allow: methods.join(', '),
        });
      }
    };
    if (path === '/data/catalogue.json' || path === '/api/catalogue') {
      allow(['GET', 'HEAD']);
      return sendCatalogue(req, res, url);
    }
    if (path === '/api/status') {
      // For monitoring: 200 once the database answers, 503 before and while it is away.
      allow(['GET', 'HEAD']);
      const store = database();
      await store.query('SELECT 1');
      return sendJson(res, 200, { database: store.kind });
    }
    if (path === '/api/suggestions') {
      if (method === 'OPTIONS') {
        const cors = corsHeaders(req);
        res.writeHead(Object.keys(cors).length > 0 ? 204 : 403, { ...API_HEADERS, ...cors }).end();
        return;
      }
      allow(['POST']);
      return postSuggestion(req, res);
    }
    if (path === '/api/session') {
      allow(['GET', 'POST', 'DELETE']);
      if (method === 'POST') return signIn(req, res);
      if (method === 'DELETE') return signOut(req, res);
      // Who is signed in: an answer, not an error, when no one is (the page asks on every load).
      let session: Session;
      try {
        session = (await currentSession(req)).session;
      } catch (error) {
        if (error instanceof HttpError && error.status === 401) {
          return sendJson(res, 200, { editor: null, expired: /expired/.test(error.message) });
        }
        throw error;
      }
      return sendJson(res, 200, {
        editor: session.editor,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      });
    }
    if (path === '/api/review/suggestions') {
      allow(['GET']);
      return listForReview(req, res, url);
    }
    const match = /^\/api\/review\/suggestions\/([^/]+)(\/corrections|\/decision)?$/.exec(path);
    if (match) {
      const [, id, action] = match;
      if (!action) {
        allow(['GET']);
        return showForReview(req, res, id!);
      }
      allow(['POST']);
      return action === '/corrections' ? correct(req, res, id!) : decideOn(req, res, id!);
    }
    req.resume();
    throw new HttpError(404, 'No such API address.');
  }

  return {
    ready,
    eraseExpired: retention,
    handle(req, res) {
      let url: URL;
      try {
        url = new URL(`http://localhost${req.url ?? '/'}`);
      } catch {
        return false;
      }
      if (!url.pathname.startsWith('/api/') && url.pathname !== '/data/catalogue.json')
        return false;
      route(req, res, url).catch((error: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (error instanceof HttpError) return sendError(res, error);
        if (isUnavailable(error)) {
          return sendError(
            res,
            new HttpError(503, unavailableMessage(), undefined, { 'Retry-After': '30' }),
          );
        }
        log(`${req.method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
        sendError(
          res,
          new HttpError(500, 'Something went wrong on the server; nothing was changed.'),
        );
      });
      return true;
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      await db?.close();
      db = null;
    },
  };
}
