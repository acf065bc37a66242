import { describe, expect, it } from 'vitest';
import catalogueFile from '../../data/projects.json';
import { CatalogueFileSchema, SuggestedRecordSchema, SuggestionSchema } from './schemas';

/** The suggestion schema the form, the API and the data check share. */
const sender = { name: 'Kim', organisation: 'Kiruna kommun', email: 'kim@example.org' };
const errors = (body: unknown) => {
  const result = SuggestionSchema.safeParse(body);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('SuggestionSchema', () => {
  it('takes the three kinds as the interface names them', () => {
    expect(
      errors({ kind: 'ended', projectId: 'kiruna-cafe-metropol', sender, consent: true }),
    ).toEqual({});
    expect(
      errors({
        kind: 'change',
        projectId: 'kiruna-cafe-metropol',
        record: { lead: null, owners: ['Civilsamhället'] },
        sender,
        consent: true,
      }),
    ).toEqual({});
    expect(
      errors({
        kind: 'new',
        record: {
          kind: 'service',
          title: { sv: 'Språkcafé' },
          summary: { en: 'Coffee and Swedish.' },
          municipalities: ['2584'],
          themes: ['language'],
          targetGroups: ['all-residents'],
        },
        sender,
        consent: true,
      }),
    ).toEqual({});
  });

  it('says per field what is wrong', () => {
    expect(errors({ kind: 'new', sender: {}, consent: 'yes', extra: 1 })).toEqual({
      '': 'Unrecognized key: "extra"',
      'sender.name': 'missing name',
      'sender.organisation': 'missing organisation',
      'sender.email': 'missing email address',
      consent: 'consent is required to send a suggestion',
    });
    expect(errors({ kind: 'change', sender, consent: true })).toEqual({
      projectId: 'missing projectId (which project)',
      record: 'say what to change: a field of the record or a message',
    });
    expect(
      errors({ kind: 'new', projectId: 'x', record: { kind: 'service' }, sender, consent: true }),
    ).toMatchObject({
      projectId: 'a new project has no projectId',
      'record.title': 'missing required field',
      'record.themes': 'missing required field',
    });
    expect(
      errors({
        kind: 'change',
        projectId: 'a',
        record: { id: 'b' },
        message: 'x',
        sender,
        consent: true,
      }),
    ).toEqual({ 'record.id': 'the id of a record cannot be changed' });
  });

  it('allows http(s) links only, plain text only, and nothing over its limits', () => {
    const record = (r: unknown) =>
      errors({ kind: 'change', projectId: 'a', record: r, sender, consent: true });
    expect(record({ links: [{ url: 'javascript:alert(1)' }] })).toEqual({
      'record.links.0.url': 'only http: and https: links are allowed, not javascript:',
    });
    expect(record({ links: [{ url: 'data:text/html,<b>x</b>' }] })).toEqual({
      'record.links.0.url': 'only http: and https: links are allowed, not data:',
    });
    expect(record({ period: 'a\u0000b' })).toEqual({
      'record.period': 'contains control characters (only plain text is allowed)',
    });
    expect(record({ title: { sv: 'a\u202eb' } })).toEqual({
      'record.title.sv': 'contains control characters (only plain text is allowed)',
    });
    expect(record({ summary: { sv: 'x'.repeat(4001) } })).toEqual({
      'record.summary.sv': 'too long (at most 4000 characters)',
    });
    expect(record({ partners: Array.from({ length: 61 }, (_, i) => `P${i}`) })).toEqual({
      'record.partners': 'too many items (at most 60)',
    });
    // Markup is text like any other: it is never rendered as HTML, so it need not be refused.
    expect(record({ partners: ['<script>alert(1)</script>'] })).toEqual({});
    // A line break is plain text (a summary in paragraphs).
    expect(record({ summary: { sv: 'Ett.\nTvå.' } })).toEqual({});
    expect(
      errors({ kind: 'ended', projectId: 'a', message: 'x'.repeat(4001), sender, consent: true }),
    ).toEqual({
      message: 'too long (at most 4000 characters)',
    });
  });

  it('refuses a filled-in honeypot', () => {
    expect(
      errors({
        kind: 'ended',
        projectId: 'a',
        sender,
        consent: true,
        website: 'http://spam.example',
      }),
    ).toEqual({ website: 'leave this field empty' });
    expect(errors({ kind: 'ended', projectId: 'a', sender, consent: true, website: '' })).toEqual(
      {},
    );
  });

  it('takes every record of the catalogue as a suggested record (the form is prefilled with it)', () => {
    const { projects } = CatalogueFileSchema.parse(catalogueFile);
    for (const project of projects) {
      const record = Object.fromEntries(
        Object.entries(project).filter(([key]) => key !== 'source' && key !== 'history'),
      );
      expect(SuggestedRecordSchema.safeParse(record).success, project.id).toBe(true);
    }
  });
});
