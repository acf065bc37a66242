import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
import { CatalogueFileSchema, type Project } from '../../data/schemas';
import {
  applyAccepted,
  proposedFields,
  publication,
  recordIdFor,
  type AcceptedChange,
} from './publish';

const { projects } = CatalogueFileSchema.parse(catalogueFile);
const record = (id: string) => structuredClone(projects.find((p) => p.id === id)!);
const gallivare = () => record('gallivare-kompetens-och-samverkan');

describe('proposedFields', () => {
  it('is the record as sent, with the corrections over it, last one winning', () => {
    const fields = proposedFields(
      { kind: 'change', projectId: 'x', record: { id: 'x', period: '2016', themes: ['work'] } },
      [
        { field: 'period', value: '2016–2018' },
        { field: 'period', value: '–2018' },
      ],
    );
    expect(fields).toEqual({ period: '–2018', themes: ['work'] });
  });

  it('proposes the status "completed" for an ended project unless corrected', () => {
    expect(proposedFields({ kind: 'ended', projectId: 'x' }, [])).toEqual({ status: 'completed' });
    expect(
      proposedFields({ kind: 'ended', projectId: 'x' }, [{ field: 'status', value: 'ongoing' }]),
    ).toEqual({ status: 'ongoing' });
  });
});

describe('publication', () => {
  it('changes only the fields that differ, and keeps a language the proposal leaves out', () => {
    const current = gallivare();
    const { patch, record } = publication(
      current,
      {
        summary: { sv: 'Ny sammanfattning.' },
        period: current.period,
        themes: ['work', 'coordination'],
      },
      current.id,
    );
    expect(patch).toEqual({
      summary: { sv: 'Ny sammanfattning.', en: current.summary.en },
      themes: ['work', 'coordination'],
    });
    expect(Object.keys(record)[0]).toBe('id');
    expect(record.source).toEqual(current.source);
  });

  it('publishes a new contact only when the person agreed to be named', () => {
    const current = gallivare();
    const known = current.contacts[0]!;
    const agreed = { name: 'Anna Andersson', email: 'anna@example.org', agreed: true };
    const asked = { name: 'Bo Berg', phone: '0970 123 45' };
    const { patch, withheldContacts } = publication(
      current,
      { contacts: [known, agreed, asked] },
      current.id,
    );
    expect(patch.contacts).toEqual([known, { name: 'Anna Andersson', email: 'anna@example.org' }]);
    expect(withheldContacts).toEqual([asked]);
  });

  it('publishes a correction of a contact the record already names', () => {
    const current = gallivare();
    const note = { sv: 'Numret ser ofullständigt ut.', en: 'The number looks incomplete.' };
    const noted = { ...current.contacts[0]!, note };
    const { patch, withheldContacts } = publication(current, { contacts: [noted] }, current.id);
    expect(patch.contacts).toEqual([noted]);
    expect(withheldContacts).toEqual([]);
  });

  it('gives a new record the defaults of the fields its sender left out', () => {
    const { record, patch } = publication(
      null,
      {
        kind: 'service',
        title: { sv: 'Språkcafé', en: 'Language café' },
        summary: { sv: 'Fika och samtal på svenska.', en: 'Coffee and talk in Swedish.' },
        municipalities: ['2584'],
        themes: ['language'],
        targetGroups: ['all-residents'],
      },
      'sprakcafe',
    );
    expect(record).toMatchObject({ id: 'sprakcafe', lead: null, partners: [], contacts: [] });
    expect(Object.keys(patch)).toContain('facts');
  });
});

describe('applyAccepted', () => {
  const change = (over: Partial<AcceptedChange>): AcceptedChange => ({
    reference: 'F-1',
    kind: 'change',
    projectId: 'pitea-antiryktes',
    patch: { themes: ['attitudes', 'information-dialogue', 'coordination'] },
    date: '2026-12-04',
    ...over,
  });

  it('applies a change and writes it into the record’s history', () => {
    const { projects: after, applied } = applyAccepted(projects, [change({})]);
    const updated = after.find((p) => p.id === 'pitea-antiryktes')!;
    expect(applied).toHaveLength(1);
    expect(updated.themes).toContain('coordination');
    expect(updated.history).toEqual([
      { date: '2026-12-04', kind: 'change', changes: ['themes'], reviewed: true, reference: 'F-1' },
    ]);
    // The input is left as it was.
    expect(projects.find((p) => p.id === updated.id)!.history).toBeUndefined();
  });

  it('is idempotent: a change already in the history is not applied again', () => {
    const once = applyAccepted(projects, [change({})]);
    const twice = applyAccepted(once.projects, [change({})]);
    expect(twice.applied).toEqual([]);
    expect(twice.alreadyIn).toHaveLength(1);
    expect(twice.projects).toEqual(once.projects);
  });

  it('adds a new record at the end and refuses a second one with its id', () => {
    const newRecord: Partial<Project> = {
      kind: 'service',
      title: { sv: 'Språkcafé', en: 'Language café' },
      summary: { sv: 'Fika.', en: 'Coffee.' },
      lead: null,
      municipalities: ['2584'],
      themes: ['language'],
      targetGroups: ['all-residents'],
      partners: [],
      funding: [],
      period: null,
      status: null,
      contacts: [],
      links: [],
      facts: [],
    };
    const {
      projects: after,
      applied,
      refused,
    } = applyAccepted(projects, [
      change({ kind: 'new', projectId: 'sprakcafe', patch: newRecord, reference: 'F-2' }),
      change({ kind: 'new', projectId: 'sprakcafe', patch: newRecord, reference: 'F-3' }),
    ]);
    expect(applied.map((c) => c.reference)).toEqual(['F-2']);
    expect(refused.map((r) => r.reason)).toEqual(['a record "sprakcafe" already exists']);
    expect(after.at(-1)).toMatchObject({ id: 'sprakcafe', history: [{ kind: 'new' }] });
    expect(after.at(-1)!.source).toBeUndefined();
  });

  it('refuses what the schema refuses, a missing record and an empty change, and goes on', () => {
    const result = applyAccepted(projects, [
      change({ reference: 'F-4', patch: { period: '' } }),
      change({ reference: 'F-5', projectId: 'no-such-project' }),
      change({ reference: 'F-6', patch: {} }),
      change({ reference: 'F-7', patch: { status: 'completed' }, kind: 'ended' }),
    ]);
    expect(result.refused.map((r) => [r.change.reference, r.reason])).toEqual([
      ['F-4', 'period: empty period (use null)'],
      ['F-5', 'no record "no-such-project"'],
      ['F-6', 'it changes no field'],
    ]);
    expect(result.applied.map((c) => c.reference)).toEqual(['F-7']);
  });
});

describe('recordIdFor', () => {
  it('makes a kebab-case ASCII id from a title, numbered when taken', () => {
    expect(recordIdFor('Café Metropol – Älvsbyn & Öjebyn', new Set())).toBe(
      'cafe-metropol-alvsbyn-ojebyn',
    );
    expect(recordIdFor('Språkcafé', new Set(['sprakcafe', 'sprakcafe-2']))).toBe('sprakcafe-3');
    expect(recordIdFor('<script>', new Set())).toBe('script');
    expect(recordIdFor('???', new Set())).toBe('projekt');
  });
});
