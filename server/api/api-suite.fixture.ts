import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratedCatalogueSchema } from '../../src/data/schemas.ts';
import { runEditorCommand } from '../../scripts/editor.ts';
import type { Database } from '../db/database.ts';
import { SECURITY_HEADERS } from '../headers.ts';
import { startServer, type RunningServer } from '../serve.ts';
import { configFromEnv, createLivingCatalogue, type LivingCatalogue } from './index.ts';
import { call, makeTestBuild, SUGGESTIONS, type Reply } from './test-build.fixture.ts';

/**
 * The API's tests, run the same against each store: the embedded PGlite (api.pglite.test.ts) and a
 * PostgreSQL server (api.postgres.test.ts). A real server on a free port, real HTTP, a real
 * database; nothing is mocked.
 */
export interface StoreUnderTest {
  /** Opens the database under test (for PGlite: the one instance, handed to the server). */
  open: () => Promise<Database>;
  /** The environment the editor command needs to reach the same database. */
  env: NodeJS.ProcessEnv;
  teardown: () => Promise<void>;
}

const PASSWORD = 'a long enough password';
/** The server believes X-Forwarded-For from 127.0.0.1: each test sends as an address of its own. */
let nextAddress = 1;
const newAddress = () => `192.0.2.${nextAddress++}`;

export interface Running {
  server: RunningServer;
  api: LivingCatalogue;
  db: () => Database;
}

export async function startApi(
  root: string,
  open: () => Promise<Database>,
  env: NodeJS.ProcessEnv = {},
  waitForDatabase = true,
): Promise<Running> {
  let held: Database | undefined;
  const api = createLivingCatalogue({
    root,
    open: async () => (held = await open()),
    config: configFromEnv({ TRUST_PROXY: '127.0.0.1', ...env }),
    log: () => {},
  });
  const server = await startServer({ root, host: '127.0.0.1', port: 0, api });
  if (waitForDatabase) await api.ready;
  return { server, api, db: () => held! };
}

/** Signs in as `name` from `address`; returns the cookie and the CSRF token. */
export async function signIn(
  base: string,
  name: string,
  password = PASSWORD,
  address = newAddress(),
) {
  const reply = await call(base, 'POST', '/api/session', {
    body: { username: name, password },
    headers: { 'x-forwarded-for': address },
  });
  expect(reply.status, reply.text).toBe(200);
  const cookie = String(reply.headers['set-cookie']).split(';')[0]!;
  return { cookie, csrf: reply.json.csrfToken as string, reply };
}

export function apiSuite(label: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe.sequential(`the living catalogue's API on ${label}`, () => {
    let store: StoreUnderTest;
    let root: string;
    let running: Running;
    let base: string;
    let editor: { cookie: string; csrf: string };

    const post = (body: unknown, address = newAddress(), headers: Record<string, string> = {}) =>
      call(base, 'POST', '/api/suggestions', {
        body,
        headers: { 'x-forwarded-for': address, ...headers },
      });
    const asEditor = (
      method: string,
      target: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) =>
      call(base, method, target, {
        body,
        headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf, ...headers },
      });
    const catalogue = async () => {
      const reply = await call(base, 'GET', '/data/catalogue.json');
      expect(reply.status).toBe(200);
      return GeneratedCatalogueSchema.parse(reply.json);
    };

    beforeAll(async () => {
      store = await makeStore();
      root = await makeTestBuild();
      // The editor is made with the command line, as an operator would.
      const lines: string[] = [];
      const code = await runEditorCommand(
        ['add', 'anna'],
        { ...store.env, EDITOR_PASSWORD: PASSWORD },
        (line) => lines.push(line),
      );
      expect(code).toBe(0);
      expect(lines.join('\n')).toMatch(/editor anna added/);
      running = await startApi(root, store.open);
      base = running.server.url;
      editor = await signIn(base, 'anna');
    });

    afterAll(async () => {
      await running?.server.close();
      await store?.teardown();
      if (root) await rm(root, { recursive: true, force: true });
    });

    function expectApiHeaders(reply: Reply) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(reply.headers[name.toLowerCase()], name).toBe(value);
      }
      expect(reply.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    }

    it('takes a suggestion: 201 with its id and reference, and the app’s security headers', async () => {
      const reply = await post(SUGGESTIONS.change);
      expect(reply.status, reply.text).toBe(201);
      expect(reply.json).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        reference: expect.stringMatching(/^F-\d+$/),
      });
      expectApiHeaders(reply);
      const list = await asEditor('GET', '/api/review/suggestions?state=new');
      expect(list.json.suggestions.map((s: { id: string }) => s.id)).toContain(reply.json.id);
    });

    it('answers 400 with the errors per field', async () => {
      const reply = await post({
        kind: 'change',
        projectId: 'no-such-project',
        record: {
          links: [{ url: 'javascript:alert(1)' }],
          themes: ['not-a-theme'],
          title: {},
          period: 'x'.repeat(301),
        },
        sender: { name: 'A', email: 'not-an-address' },
        consent: false,
        website: 'http://spam.example',
      });
      expect(reply.status).toBe(400);
      expectApiHeaders(reply);
      expect(reply.json.fields).toMatchObject({
        'record.links.0.url': 'only http: and https: links are allowed, not javascript:',
        'record.title': 'write the text in Swedish or English',
        'record.period': 'too long (at most 300 characters)',
        'sender.email': 'not a valid email address',
        'sender.organisation': 'missing organisation',
        consent: 'consent is required to send a suggestion',
        website: 'leave this field empty',
      });
      const unknown = await post({ ...SUGGESTIONS.change, projectId: 'no-such-project' });
      expect(unknown.json.fields).toEqual({
        projectId: 'no project "no-such-project" in the catalogue',
      });
      const theme = await post({
        ...SUGGESTIONS.new,
        record: { ...SUGGESTIONS.new.record, themes: ['not-a-theme'] },
      });
      expect(theme.json.fields).toEqual({ 'record.themes.0': 'unknown: "not-a-theme"' });
      const empty = await post({ kind: 'new', sender: SUGGESTIONS.new.sender, consent: true });
      expect(empty.json.fields).toEqual({ record: 'missing record (the new project)' });
    });

    it('refuses a body that is not JSON (415), not valid JSON (400), or over the limit (413)', async () => {
      const form = await call(base, 'POST', '/api/suggestions', {
        raw: 'kind=new',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(form.status).toBe(415);
      expectApiHeaders(form);
      const broken = await call(base, 'POST', '/api/suggestions', {
        raw: '{"kind":',
        headers: { 'content-type': 'application/json' },
      });
      expect(broken.status).toBe(400);
      expect(broken.json.error).toBe('The body is not valid JSON.');
      // 10 MB: refused from its Content-Length, and the server goes on.
      const huge = await call(base, 'POST', '/api/suggestions', {
        raw: JSON.stringify({ ...SUGGESTIONS.change, message: 'x'.repeat(10 * 1024 * 1024) }),
        headers: { 'content-type': 'application/json' },
      });
      expect(huge.status).toBe(413);
      expect(huge.json.error).toMatch(/over its limit of 65536 bytes/);
      expect((await post(SUGGESTIONS.ended)).status).toBe(201);
    });

    it('keeps script, markup and SQL as the text they are, and answers only JSON', async () => {
      const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>'); DROP TABLE suggestions; --`;
      const reply = await post({
        kind: 'new',
        record: {
          ...SUGGESTIONS.new.record,
          title: { sv: hostile, en: hostile },
          summary: { sv: hostile, en: hostile },
          partners: [hostile],
          funding: [hostile],
          owners: [hostile],
          period: hostile,
          facts: [{ sv: hostile }],
          contacts: [{ name: hostile, role: hostile, organisation: hostile, agreed: true }],
          links: [{ url: 'https://example.org/?q=%3Cscript%3E', label: hostile }],
        },
        message: hostile,
        sender: { name: hostile, organisation: hostile, email: 'x@example.org' },
        consent: true,
      });
      expect(reply.status, reply.text).toBe(201);
      const review = await asEditor('GET', `/api/review/suggestions/${reply.json.id}`);
      expect(review.status).toBe(200);
      expectApiHeaders(review);
      expect(review.json.suggestion.record.title.sv).toBe(hostile);
      expect(review.json.suggestion.message).toBe(hostile);
      expect(review.json.suggestion.sender.name).toBe(hostile);
      expect(review.json.diff.find((l: { field: string }) => l.field === 'partners').added).toEqual(
        [hostile],
      );
      const list = await asEditor('GET', '/api/review/suggestions?state=new');
      expect(list.status).toBe(200);
    });

    it('limits one address to its suggestions an hour (1 000 sent, 20 taken), and goes on', async () => {
      const address = newAddress();
      const statuses: number[] = [];
      for (let batch = 0; batch < 50; batch++) {
        const replies = await Promise.all(
          Array.from({ length: 20 }, () => post(SUGGESTIONS.ended, address)),
        );
        statuses.push(...replies.map((r) => r.status));
      }
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.filter((s) => s === 429)).toHaveLength(980);
      const refused = await post(SUGGESTIONS.ended, address);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('3600');
      expect(refused.json.error).toMatch(/at most 20 an hour/);
      // Another address is not held back, and a made-up X-Forwarded-For from an untrusted client
      // counts as that client (tested in auth.test.ts).
      expect((await post(SUGGESTIONS.ended)).status).toBe(201);
    });

    it('keeps the review, its pages’ API and every change behind a session (401)', async () => {
      const { json } = await post(SUGGESTIONS.change);
      expect((await call(base, 'GET', '/api/session')).json).toEqual({
        editor: null,
        expired: false,
      });
      for (const [method, target, body] of [
        ['GET', '/api/review/suggestions'],
        ['GET', `/api/review/suggestions/${json.id}`],
        [
          'POST',
          `/api/review/suggestions/${json.id}/corrections`,
          { field: 'period', value: '2017' },
        ],
        ['POST', `/api/review/suggestions/${json.id}/decision`, { decision: 'accept' }],
        ['DELETE', '/api/session'],
      ] as const) {
        const reply = await call(base, method, target, { body });
        expect(reply.status, `${method} ${target}`).toBe(401);
        expectApiHeaders(reply);
        const forged = await call(base, method, target, {
          body,
          headers: { cookie: 'ik_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
        });
        expect(forged.status, `${method} ${target} with a made-up cookie`).toBe(401);
      }
      const detail = await asEditor('GET', `/api/review/suggestions/${json.id}`);
      expect(detail.json.suggestion.state).toBe('new');
    });

    it('refuses a forged cross-site accept: another origin, another site, or no CSRF token (403)', async () => {
      const { json } = await post(SUGGESTIONS.change);
      const decision = `/api/review/suggestions/${json.id}/decision`;
      const forgeries: Array<Record<string, string>> = [
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { 'x-csrf-token': '' },
        { 'x-csrf-token': 'made-up' },
      ];
      for (const headers of forgeries) {
        const reply = await asEditor('POST', decision, { decision: 'accept' }, headers);
        expect(reply.status, JSON.stringify(headers)).toBe(403);
      }
      const detail = await asEditor('GET', `/api/review/suggestions/${json.id}`);
      expect(detail.json.suggestion.state).toBe('new');
      expect(detail.json.events).toEqual([]);
      // From the site's own page it goes through.
      const own = await asEditor(
        'POST',
        decision,
        { decision: 'reject', note: 'test' },
        {
          origin: base.replace(/\/$/, ''),
          'sec-fetch-site': 'same-origin',
        },
      );
      expect(own.status, own.text).toBe(200);
    });

    it('signs in with a session cookie: HttpOnly, SameSite=Strict, Secure behind https', async () => {
      const { reply } = await signIn(base, 'anna');
      const cookie = String(reply.headers['set-cookie']);
      expect(cookie).toMatch(
        /^ik_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/,
      );
      // Behind a trusted proxy that says https, the cookie is Secure.
      const behindProxy = await call(base, 'POST', '/api/session', {
        body: { username: 'anna', password: PASSWORD },
        headers: { 'x-forwarded-for': newAddress(), 'x-forwarded-proto': 'https' },
      });
      expect(String(behindProxy.headers['set-cookie'])).toMatch(/; Secure$/);
      const session = await call(base, 'GET', '/api/session', {
        headers: { cookie: cookie.split(';')[0]! },
      });
      expect(session.json).toMatchObject({ editor: 'anna', csrfToken: expect.any(String) });
    });

    it('stops a wrong password after five tries, the right one too, for 15 minutes (429)', async () => {
      const address = newAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const reply = await call(base, 'POST', '/api/session', {
          body: { username: 'anna', password: `wrong ${i}` },
          headers: { 'x-forwarded-for': address },
        });
        statuses.push(reply.status);
        expect(reply.headers['set-cookie']).toBeUndefined();
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
      const right = await call(base, 'POST', '/api/session', {
        body: { username: 'anna', password: PASSWORD },
        headers: { 'x-forwarded-for': address },
      });
      expect(right.status).toBe(429);
      expect(right.json.error).toMatch(/wait 15 minutes/);
      expect(right.headers['retry-after']).toBe('900');
      // From elsewhere the editor still signs in.
      await signIn(base, 'anna');
      const unknown = await call(base, 'POST', '/api/session', {
        body: { username: 'nobody', password: PASSWORD },
        headers: { 'x-forwarded-for': newAddress() },
      });
      expect(unknown.status).toBe(401);
      expect(unknown.json.error).toBe('Wrong username or password.');
    });

    it('ends an expired session (401) and a signed-out one', async () => {
      const session = await signIn(base, 'anna');
      await running.db().query(
        `UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE editor = 'anna'
           AND csrf_token = $1`,
        [session.csrf],
      );
      const expired = await call(base, 'GET', '/api/review/suggestions', {
        headers: { cookie: session.cookie },
      });
      expect(expired.status).toBe(401);
      expect(expired.json.error).toMatch(/expired/);
      const other = await signIn(base, 'anna');
      const out = await call(base, 'DELETE', '/api/session', {
        headers: { cookie: other.cookie, 'x-csrf-token': other.csrf },
      });
      expect(out.status).toBe(200);
      expect(String(out.headers['set-cookie'])).toMatch(/^ik_session=; .*Max-Age=0/);
      const after = await call(base, 'GET', '/api/session', { headers: { cookie: other.cookie } });
      expect(after.json).toEqual({ editor: null, expired: false });
      const stale = await call(base, 'GET', '/api/session', {
        headers: { cookie: session.cookie },
      });
      expect(stale.json).toEqual({ editor: null, expired: false });
    });

    it('corrects a field, accepts, and publishes it in /data/catalogue.json with a fresh ETag and its history', async () => {
      const before = await call(base, 'GET', '/data/catalogue.json');
      const etag = String(before.headers.etag);
      expect(before.headers['cache-control']).toBe('no-cache');
      expect(
        (await call(base, 'GET', '/data/catalogue.json', { headers: { 'if-none-match': etag } }))
          .status,
      ).toBe(304);

      const { json } = await post(SUGGESTIONS.change);
      const review = await asEditor('GET', `/api/review/suggestions/${json.id}`);
      expect(review.json.diff).toEqual([
        {
          field: 'summary',
          language: 'sv',
          before: expect.stringMatching(/^Café Metropol i Kiruna är en mötesplats/),
          after: 'Café Metropol är en mötesplats i Kiruna.',
        },
      ]);
      expect(review.json.current.id).toBe('kiruna-cafe-metropol');
      expect(review.json.suggestion.sender).toEqual(SUGGESTIONS.change.sender);

      const corrected = await asEditor('POST', `/api/review/suggestions/${json.id}/corrections`, {
        field: 'summary',
        value: {
          sv: 'Café Metropol är en mötesplats i Kiruna, driven av civilsamhället.',
          en: 'Café Metropol is a meeting place in Kiruna, run by civil society.',
        },
      });
      expect(corrected.status, corrected.text).toBe(200);
      expect(corrected.json.diff.map((l: { language: string }) => l.language)).toEqual([
        'sv',
        'en',
      ]);
      expect(corrected.json.events).toEqual([
        expect.objectContaining({
          editor: 'anna',
          action: 'correct',
          field: 'summary',
          at: expect.any(String),
        }),
      ]);

      const accepted = await asEditor('POST', `/api/review/suggestions/${json.id}/decision`, {
        decision: 'accept',
        note: 'Kortare, som i rapporten.',
      });
      expect(accepted.status, accepted.text).toBe(200);
      expect(accepted.json.suggestion).toMatchObject({
        state: 'accepted',
        decidedBy: 'anna',
        decisionNote: 'Kortare, som i rapporten.',
      });
      expect(accepted.json.events.map((e: { action: string }) => e.action)).toEqual([
        'correct',
        'accept',
      ]);

      const after = await call(base, 'GET', '/data/catalogue.json', {
        headers: { 'if-none-match': etag },
      });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(etag);
      const cafe = GeneratedCatalogueSchema.parse(after.json).projects.find(
        (p) => p.id === 'kiruna-cafe-metropol',
      )!;
      expect(cafe.summary).toEqual({
        sv: 'Café Metropol är en mötesplats i Kiruna, driven av civilsamhället.',
        en: 'Café Metropol is a meeting place in Kiruna, run by civil society.',
      });
      expect(cafe.history?.at(-1)).toEqual({
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        kind: 'change',
        changes: ['summary'],
        reviewed: true,
        reference: json.reference,
      });
      // Compressed as the client takes it, the same document.
      const gzip = await call(base, 'GET', '/data/catalogue.json', {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      const again = await asEditor('POST', `/api/review/suggestions/${json.id}/decision`, {
        decision: 'reject',
      });
      expect(again.status).toBe(409);
      const listed = await asEditor('GET', '/api/review/suggestions?state=accepted');
      expect(listed.json.suggestions[0]).toMatchObject({ id: json.id, decidedBy: 'anna' });
    });

    it('publishes a new project once both languages are there, and only contacts who agreed', async () => {
      const { json } = await post({
        ...SUGGESTIONS.new,
        record: {
          ...SUGGESTIONS.new.record,
          summary: { sv: SUGGESTIONS.new.record.summary.sv },
          contacts: [
            { name: 'Anna Agreed', email: 'anna@example.org', agreed: true },
            { name: 'Bo Unasked', phone: '0980 123 45' },
          ],
        },
      });
      const refused = await asEditor('POST', `/api/review/suggestions/${json.id}/decision`, {
        decision: 'accept',
      });
      expect(refused.status).toBe(422);
      expect(refused.json.fields).toEqual({ 'summary.en': 'missing English text' });
      const review = await asEditor('POST', `/api/review/suggestions/${json.id}/corrections`, {
        field: 'summary',
        value: SUGGESTIONS.new.record.summary,
      });
      expect(review.json.problems).toEqual([]);
      expect(review.json.withheldContacts).toEqual([{ name: 'Bo Unasked', phone: '0980 123 45' }]);
      expect(review.json.publishedId).toBe('sprakcafe-i-jukkasjarvi');
      const bad = await asEditor('POST', `/api/review/suggestions/${json.id}/corrections`, {
        field: 'links',
        value: [{ url: 'javascript:alert(1)' }],
      });
      expect(bad.status).toBe(400);
      expect(bad.json.fields).toEqual({
        'value.0.url': 'only http: and https: links are allowed, not javascript:',
      });
      expect(
        (
          await asEditor('POST', `/api/review/suggestions/${json.id}/decision`, {
            decision: 'accept',
          })
        ).status,
      ).toBe(200);
      const added = (await catalogue()).projects.find((p) => p.id === 'sprakcafe-i-jukkasjarvi')!;
      expect(added.contacts).toEqual([{ name: 'Anna Agreed', email: 'anna@example.org' }]);
      expect(added.source).toBeUndefined();
      expect(added.history).toEqual([
        expect.objectContaining({ kind: 'new', reference: json.reference }),
      ]);
    });

    it('marks an ended project completed, and keeps a rejection with its note', async () => {
      const ended = await post(SUGGESTIONS.ended);
      const accepted = await asEditor('POST', `/api/review/suggestions/${ended.json.id}/decision`, {
        decision: 'accept',
      });
      expect(accepted.status, accepted.text).toBe(200);
      const project = (await catalogue()).projects.find(
        (p) => p.id === 'gallivare-kompetens-och-samverkan',
      )!;
      expect(project.status).toBe('completed');
      expect(project.history?.at(-1)).toMatchObject({ kind: 'ended', changes: ['status'] });

      const other = await post(SUGGESTIONS.change);
      const rejected = await asEditor('POST', `/api/review/suggestions/${other.json.id}/decision`, {
        decision: 'reject',
        note: 'Står redan så.',
      });
      expect(rejected.json.suggestion).toMatchObject({
        state: 'rejected',
        decisionNote: 'Står redan så.',
      });
      const list = await asEditor('GET', '/api/review/suggestions?state=rejected');
      expect(list.json.suggestions.map((s: { id: string }) => s.id)).toContain(other.json.id);
      expect((await asEditor('GET', '/api/review/suggestions?state=bogus')).status).toBe(400);
    });

    it('erases the sender a set time after the decision (RETENTION_DAYS), keeping what was published', async () => {
      const { json } = await post(SUGGESTIONS.change);
      await asEditor('POST', `/api/review/suggestions/${json.id}/decision`, { decision: 'reject' });
      const fresh = await running.api.eraseExpired();
      expect(fresh.senders).toBe(0);
      await running.db().query(
        `UPDATE suggestions SET decided_at = decided_at - interval '91 days',
           received_at = received_at - interval '91 days' WHERE id = $1`,
        [json.id],
      );
      const erased = await running.api.eraseExpired();
      expect(erased.senders).toBe(1);
      const review = await asEditor('GET', `/api/review/suggestions/${json.id}`);
      expect(review.json.suggestion).toMatchObject({
        sender: null,
        message: null,
        record: null,
        state: 'rejected',
      });
    });

    it('keeps every suggestion and decision over a restart', async () => {
      const { json } = await post(SUGGESTIONS.change);
      const published = await catalogue();
      await running.server.close();
      running = await startApi(root, store.open);
      base = running.server.url;
      editor = await signIn(base, 'anna');
      const review = await asEditor('GET', `/api/review/suggestions/${json.id}`);
      expect(review.json.suggestion).toMatchObject({ id: json.id, state: 'new' });
      expect(await catalogue()).toEqual(published);
    });

    it('answers 404 and 405 in JSON for addresses and methods it does not have', async () => {
      const missing = await call(base, 'GET', '/api/nothing');
      expect(missing.status).toBe(404);
      expectApiHeaders(missing);
      const method = await call(base, 'PUT', '/api/suggestions', { body: {} });
      expect(method.status).toBe(405);
      expect(method.headers.allow).toBe('POST');
      const noSuch = await asEditor(
        'GET',
        '/api/review/suggestions/00000000-0000-0000-0000-000000000000',
      );
      expect(noSuch.status).toBe(404);
      const notAnId = await asEditor('GET', "/api/review/suggestions/1'%20OR%201=1");
      expect(notAnId.status).toBe(404);
    });
  });
}
