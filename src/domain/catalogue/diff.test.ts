import { describe, expect, it } from 'vitest';
import catalogueFile from '../../../data/projects.json';
import { CatalogueFileSchema, type Project } from '../../data/schemas';
import { diffRecord, sameData } from './diff';

const { projects } = CatalogueFileSchema.parse(catalogueFile);
// As the report's record had it, before the review of 2026 (led by Kiruna).
const cafe: Project = {
  ...projects.find((p) => p.id === 'kiruna-cafe-metropol')!,
  lead: '2584',
  owners: undefined,
  municipalityRoles: undefined,
};

describe('diffRecord', () => {
  it('lists nothing when the proposal repeats the record', () => {
    const fields = Object.fromEntries(
      Object.entries(cafe).filter(([key]) => !['id', 'source', 'history'].includes(key)),
    );
    expect(diffRecord(cafe, fields)).toEqual([]);
    expect(diffRecord(cafe, {})).toEqual([]);
  });

  it('compares a text language by language, and leaves out a language not proposed', () => {
    const lines = diffRecord(cafe, {
      title: { sv: 'Café Metropol i Kiruna' },
      summary: { sv: cafe.summary.sv, en: 'A meeting place.' },
    });
    expect(lines).toEqual([
      { field: 'title', language: 'sv', before: 'Café Metropol', after: 'Café Metropol i Kiruna' },
      { field: 'summary', language: 'en', before: cafe.summary.en, after: 'A meeting place.' },
    ]);
  });

  it('gives the items added to and removed from a list', () => {
    const [line] = diffRecord(cafe, {
      targetGroups: ['all-residents', 'families', 'older-people', 'women'],
    });
    expect(line).toEqual({
      field: 'targetGroups',
      before: cafe.targetGroups,
      after: ['all-residents', 'families', 'older-people', 'women'],
      added: ['women'],
      removed: ['youth'],
    });
  });

  it('shows a value and null, and a field the record lacks, in the record’s field order', () => {
    const lines = diffRecord(cafe, {
      owners: ['Civilsamhället'],
      lead: null,
      municipalityRoles: { '2584': 'host' },
    });
    expect(lines.map((l) => [l.field, l.before, l.after])).toEqual([
      ['lead', '2584', null],
      ['municipalityRoles', undefined, { '2584': 'host' }],
      ['owners', undefined, ['Civilsamhället']],
    ]);
    expect(lines[2]).toMatchObject({ added: ['Civilsamhället'], removed: [] });
  });

  it('compares a new record against nothing', () => {
    const lines = diffRecord(null, {
      title: { sv: 'Språkcafé', en: 'Language café' },
      themes: ['language'],
    });
    expect(lines).toEqual([
      { field: 'title', language: 'sv', before: undefined, after: 'Språkcafé' },
      { field: 'title', language: 'en', before: undefined, after: 'Language café' },
      { field: 'themes', before: undefined, after: ['language'], added: ['language'], removed: [] },
    ]);
  });

  it('keeps script and markup as the text it is', () => {
    const [line] = diffRecord(cafe, { partners: ['<script>alert(1)</script>'] });
    expect(line!.added).toEqual(['<script>alert(1)</script>']);
  });
});

describe('sameData', () => {
  it('ignores the order of keys but not of list items', () => {
    expect(sameData({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData(undefined, null)).toBe(false);
    expect(sameData(undefined, undefined)).toBe(true);
  });
});
