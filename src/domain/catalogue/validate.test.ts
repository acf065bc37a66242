import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import projectsJsonSchema from '../../../data/projects.schema.json';
import targetGroupsFile from '../../../data/target-groups.json';
import themesFile from '../../../data/themes.json';
import { CatalogueFileSchema, VocabularyFileSchema, type VocabularyItem } from '../../data/schemas';
import { CATALOGUE_FILES } from '../catalogue.fixture';
import {
  formatCatalogueError,
  validateCatalogue,
  type Catalogue,
  type CatalogueError,
  type CatalogueFiles,
  type MunicipalityRegister,
} from './validate';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';

/** The 29 municipalities of Norrbotten (25) and Västerbotten (24). */
const FOCUS = FOCUS_MUNICIPALITY_NAMES;
/** Bordering municipalities outside the two counties that records may name. */
const CONTEXT: Record<string, string> = {
  '2284': 'Örnsköldsvik',
  '2283': 'Sollefteå',
  '2313': 'Strömsund',
};
const REGISTER: MunicipalityRegister = new Map(
  [...Object.entries(FOCUS), ...Object.entries(CONTEXT)].map(([code, name]) => [
    code,
    { name, focus: code in FOCUS },
  ]),
);

/** The fixture catalogue (the 2017 report's 41 records, frozen): what the bad records spoil. */
const FILES: CatalogueFiles = CATALOGUE_FILES;

const fixtures = import.meta.glob<unknown>('./fixtures/*.json', { eager: true, import: 'default' });

function fixture(name: string): unknown {
  const data = fixtures[`./fixtures/${name}`];
  if (data === undefined) throw new Error(`no fixture ${name}`);
  return data;
}

function validCatalogue(): Catalogue {
  const result = validateCatalogue(FILES, REGISTER);
  if (!result.ok) throw new Error(result.errors.map(formatCatalogueError).join('\n'));
  return result.catalogue;
}

/** Validates a projects-file fixture beside the fixture's vocabularies; returns its error lines. */
function errorsOf(files: Partial<CatalogueFiles>): string[] {
  const result = validateCatalogue({ ...FILES, ...files }, REGISTER);
  return result.ok ? [] : result.errors.map(formatCatalogueError);
}

describe('a valid catalogue', () => {
  it('validates against the municipality register and the vocabularies', () => {
    const result = validateCatalogue(FILES, REGISTER);
    expect(result.ok ? [] : result.errors.map(formatCatalogueError)).toEqual([]);
    expect(validCatalogue().projects).toHaveLength(41);
  });

  it('matches the JSON Schema written by `npm run data:check -- --write-schema`', () => {
    expect(projectsJsonSchema).toEqual(z.toJSONSchema(CatalogueFileSchema));
  });
});

describe('the vocabularies in data/', () => {
  const themes = VocabularyFileSchema.parse(themesFile).items;
  const targetGroups = VocabularyFileSchema.parse(targetGroupsFile).items;

  it('have the required ids', () => {
    expect(themes.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'transport',
        'sport',
        'language',
        'work',
        'education',
        'culture',
        'nature',
        'meeting-places',
        'mentoring',
        'information-dialogue',
        'civic-orientation',
        'reception-housing',
        'coordination',
        'attitudes',
        'grants',
      ]),
    );
    expect(targetGroups.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'children',
        'youth',
        'unaccompanied-minors',
        'women',
        'families',
        'asylum-seekers',
        'newly-arrived-adults',
        'municipal-staff',
        'associations',
        'all-residents',
      ]),
    );
  });

  it.each([
    ['themes', themes],
    ['target groups', targetGroups],
  ] as const)('%s have colours readable on white (≥ 3:1) and distinct', (_name, items) => {
    for (const item of items) {
      expect(contrastOnWhite(item.colour), item.id).toBeGreaterThanOrEqual(3);
    }
    for (const [a, b] of pairs(items)) {
      expect(oklabDistance(a.colour, b.colour), `${a.id} vs ${b.id}`).toBeGreaterThan(0.06);
    }
  });
});

describe('bad records', () => {
  it.each([
    [
      'unknown-kommunkod.json',
      'data/projects.json: record "lulea-x", field "municipalities.1": unknown kommunkod "9999" (not in the municipality register)',
    ],
    [
      'lead-not-in-municipalities.json',
      'data/projects.json: record "pajala-x", field "lead": lead "2580" is not among the record\'s municipalities',
    ],
    [
      'unknown-theme.json',
      'data/projects.json: record "pajala-x", field "themes.1": unknown theme "cooking" (not in data/themes.json)',
    ],
    [
      'unknown-target-group.json',
      'data/projects.json: record "pajala-x", field "targetGroups.0": unknown target group "pensioners" (not in data/target-groups.json)',
    ],
    [
      'duplicate-id.json',
      'data/projects.json: record "pajala-x", field "id": duplicate project id "pajala-x" (first used by record #0)',
    ],
    [
      'missing-english-text.json',
      'data/projects.json: record "pajala-x", field "summary.en": missing English text',
    ],
    [
      'javascript-link.json',
      'data/projects.json: record "pajala-x", field "links.0.url": only http: and https: links are allowed, not javascript:',
    ],
    [
      'data-link.json',
      'data/projects.json: record "pajala-x", field "links.1.url": only http: and https: links are allowed, not data:',
    ],
    [
      'malformed-email.json',
      'data/projects.json: record "pajala-x", field "contacts.0.email": not a valid email address',
    ],
    [
      'malformed-phone.json',
      'data/projects.json: record "pajala-x", field "contacts.0.phone": not a valid phone number (only digits, spaces, +, -, parentheses and slashes)',
    ],
    [
      'missing-source.json',
      'data/projects.json: record "pajala-x", field "source": missing source (a record without one must have been added by a suggestion)',
    ],
  ])('%s fails with its own message', (name, message) => {
    expect(errorsOf({ projects: fixture(name) })).toEqual([message]);
  });

  it('the fixtures differ from a valid record only in the fault', () => {
    expect(errorsOf({ projects: fixture('valid.json') })).toEqual([]);
  });

  it('a duplicate vocabulary id is refused', () => {
    expect(errorsOf({ themes: fixture('duplicate-vocabulary-id.themes.json') })).toContain(
      'data/themes.json: record "language", field "id": duplicate vocabulary id "language" (first used by item #0)',
    );
  });

  it('lists every error of a file at once, record by record', () => {
    expect(errorsOf({ projects: fixture('several-errors.json') })).toEqual([
      'data/projects.json: record "kiruna-bad", field "title.en": missing English text',
      'data/projects.json: record "kiruna-bad", field "contacts.0.email": not a valid email address',
      'data/projects.json: record "kiruna-bad", field "contacts.0.phone": not a valid phone number (fewer than 5 digits)',
      'data/projects.json: record "kiruna-bad", field "links.0.url": only http: and https: links are allowed, not javascript:',
      'data/projects.json: record "kiruna-bad", field "municipalities.1": unknown kommunkod "1234" (not in the municipality register)',
      'data/projects.json: record "kiruna-bad", field "themes.1": unknown theme "cooking" (not in data/themes.json)',
      'data/projects.json: record "#2", field "id": missing id',
      'data/projects.json: record "#2", field "targetGroups.0": unknown target group "pensioners" (not in data/target-groups.json)',
      'data/projects.json: record "kiruna-ok", field "id": duplicate project id "kiruna-ok" (first used by record #0)',
    ]);
  });

  it('reports file-level faults without a record', () => {
    const error: CatalogueError = {
      file: 'data/themes.json',
      record: '(file)',
      field: 'version',
      reason: 'must be 1, got 2',
    };
    expect(formatCatalogueError(error)).toBe('data/themes.json: field "version": must be 1, got 2');
    expect(errorsOf({ themes: { ...themesFile, version: 2 } })).toEqual([
      'data/themes.json: field "version": must be 1, got 2',
    ]);
  });

  it('refuses unknown fields and wrong types with readable reasons', () => {
    const [record] = (fixture('valid.json') as { projects: object[] }).projects;
    const file = {
      ...(fixture('valid.json') as object),
      projects: [{ ...record, colour: 'red', kind: 'event' }],
    };
    expect(errorsOf({ projects: file })).toEqual([
      'data/projects.json: record "pajala-x", field "kind": must be "project" or "service" or "practice" or "network", got "event"',
      'data/projects.json: record "pajala-x", field "colour": unknown field',
    ]);
  });
});

function pairs<T>(items: readonly T[]): Array<[T, T]> {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

function channels(hex: string): [number, number, number] {
  const value = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return [linear(value(1)), linear(value(3)), linear(value(5))];
}

/** WCAG contrast ratio of a colour against white. */
function contrastOnWhite(hex: VocabularyItem['colour']): number {
  const [r, g, b] = channels(hex);
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** Euclidean distance in OKLab (≈ 0.02 is barely noticeable). */
function oklabDistance(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = channels(hex);
    const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bl);
    const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bl);
    const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bl);
    return [
      0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
      1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
      0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
    ];
  };
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!);
}
