import { describe, expect, it } from 'vitest';
import type { Project } from '../../data/schemas';
import { clearDraft, draftKey, loadDraft, saveDraft } from './drafts';
import { enqueue, flushQueue, readQueue, readReceipts } from './queue';
import { sendSuggestion } from './send';
import {
  changedFields,
  problemKind,
  problemsOf,
  serverProblems,
  suggestionOf,
  valuesOf,
} from './suggest-form';

const project: Project = {
  id: 'kiruna-cafe-metropol',
  kind: 'practice',
  title: { sv: 'Café Metropol', en: 'Café Metropol' },
  summary: { sv: 'Ett café.', en: 'A café.' },
  lead: null,
  municipalities: ['2584'],
  themes: ['meeting-places'],
  targetGroups: ['everyone'],
  partners: [],
  funding: [],
  period: null,
  status: null,
  contacts: [{ name: 'Kim', email: 'kim@example.org' }],
  links: [],
  facts: [],
};
const sender = { name: 'Kim', organisation: 'Kiruna kommun', email: 'kim@example.org' };

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}
const storage = () => new MemoryStorage() as unknown as Storage & MemoryStorage;

describe('the suggestion form model', () => {
  it('sends only the fields a change changed, valid by the server schema', () => {
    const values = { ...valuesOf(project), sender, consent: true };
    values.title = { ...values.title, sv: 'Café Metropol i Kiruna' };
    expect(changedFields(values, project)).toEqual({
      title: { sv: 'Café Metropol i Kiruna', en: 'Café Metropol' },
    });
    const s = suggestionOf('change', values, project);
    expect(s.projectId).toBe(project.id);
    expect(problemsOf(s)).toEqual({});
  });
  it('names problems by field: a new project without title, a javascript: link, no consent', () => {
    const values = { ...valuesOf(undefined, '2584'), sender: { ...sender, email: 'nope' } };
    values.links = 'javascript:alert(1) x';
    const problems = problemsOf(suggestionOf('new', values));
    expect(Object.keys(problems)).toEqual(
      expect.arrayContaining(['title', 'links.0.url', 'sender.email', 'consent']),
    );
    expect(problemKind(problems['links.0.url']!)).toBe('link');
    expect(problemKind(problems['sender.email']!)).toBe('email');
    expect(problemKind(problems.consent!)).toBe('consent');
  });
  it('keeps markup as plain text and maps the server fields', () => {
    const values = {
      ...valuesOf(project),
      sender,
      consent: true,
      message: '<script>alert(1)</script>',
    };
    expect(suggestionOf('ended', values, project).message).toBe('<script>alert(1)</script>');
    expect(serverProblems({ 'record.title.sv': 'x', 'sender.email': 'y' })).toEqual({
      'title.sv': 'x',
      'sender.email': 'y',
    });
  });
});

describe('drafts', () => {
  it('are kept per kind and project, restored, and forgotten', () => {
    const s = storage();
    const key = draftKey('change', project.id);
    const values = { ...valuesOf(project), message: 'hej' };
    expect(saveDraft(s, key, values)).toBe(true);
    expect(loadDraft(s, draftKey('ended', project.id), valuesOf(project))).toBeNull();
    expect(loadDraft(s, key, valuesOf(project))?.message).toBe('hej');
    clearDraft(s, key);
    expect(loadDraft(s, key, valuesOf(project))).toBeNull();
  });
  it('say so when storage is full, missing or holds garbage', () => {
    const s = storage();
    s.full = true;
    expect(saveDraft(s, 'k', valuesOf())).toBe(false);
    expect(saveDraft(null, 'k', valuesOf())).toBe(false);
    s.items.set('k', '{"values": {"message": 5, "kind": "project"}}');
    expect(loadDraft(s, 'k', valuesOf())).toMatchObject({ message: '', kind: 'project' });
    s.items.set('k', 'not json');
    expect(loadDraft(s, 'k', valuesOf())).toBeNull();
  });
});

describe('the offline queue', () => {
  it('keeps a suggestion until it is sent, then keeps its receipt', async () => {
    const s = storage();
    expect(
      enqueue(s, { endpoint: 'http://x/api/suggestions', suggestion: { a: 1 }, title: 'T' }),
    ).not.toBeNull();
    expect(await flushQueue(s, async () => ({ kind: 'offline' }))).toBe(1);
    expect(await flushQueue(s, async () => ({ kind: 'sent', id: '1', reference: 'F-7' }))).toBe(0);
    expect(readQueue(s)).toEqual([]);
    expect(readReceipts(s).map((r) => r.reference)).toEqual(['F-7']);
  });
  it('says when it cannot queue (storage full)', () => {
    const s = storage();
    s.full = true;
    expect(enqueue(s, { endpoint: 'e', suggestion: {}, title: 'T' })).toBeNull();
  });
});

describe('sending', () => {
  const answer =
    (status: number, body: unknown, type = 'application/json') =>
    async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': type },
      });
  it('reads the API answers', async () => {
    expect(
      await sendSuggestion({}, 'http://x/', answer(201, { id: 1, reference: 'F-1' }), true),
    ).toEqual({ kind: 'sent', id: '1', reference: 'F-1' });
    expect(await sendSuggestion({}, 'http://x/', answer(503, { error: 'down' }), true)).toEqual({
      kind: 'offline',
    });
    expect(await sendSuggestion({}, 'http://x/', answer(405, '<html>', 'text/html'), true)).toEqual(
      { kind: 'no-server' },
    );
    expect(
      await sendSuggestion(
        {},
        'http://x/',
        async () => {
          throw new TypeError('network');
        },
        true,
      ),
    ).toEqual({ kind: 'offline' });
    expect(await sendSuggestion({}, 'http://x/', answer(201, {}), false)).toEqual({
      kind: 'offline',
    });
    expect(
      await sendSuggestion(
        {},
        'http://x/',
        answer(400, { error: 'e', fields: { 'sender.email': 'bad' } }),
        true,
      ),
    ).toEqual({ kind: 'invalid', error: 'e', fields: { 'sender.email': 'bad' } });
  });
});
