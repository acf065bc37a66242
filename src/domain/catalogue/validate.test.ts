import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import projectsFile from '../../../data/projects.json';
import projectsJsonSchema from '../../../data/projects.schema.json';
import targetGroupsFile from '../../../data/target-groups.json';
import themesFile from '../../../data/themes.json';
import { CatalogueFileSchema, type Project, type VocabularyItem } from '../../data/schemas';
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

/** The three of the 29 that the report never names. */
const NOT_NAMED_IN_REPORT = ['2506', '2518', '2463']; // Arjeplog, Övertorneå, Åsele
const NAMED_IN_REPORT = Object.keys(FOCUS).filter((code) => !NOT_NAMED_IN_REPORT.includes(code));

const REAL_FILES: CatalogueFiles = {
  projects: projectsFile,
  themes: themesFile,
  targetGroups: targetGroupsFile,
};

const fixtures = import.meta.glob<unknown>('./fixtures/*.json', { eager: true, import: 'default' });

function fixture(name: string): unknown {
  const data = fixtures[`./fixtures/${name}`];
  if (data === undefined) throw new Error(`no fixture ${name}`);
  return data;
}

function validCatalogue(): Catalogue {
  const result = validateCatalogue(REAL_FILES, REGISTER);
  if (!result.ok) throw new Error(result.errors.map(formatCatalogueError).join('\n'));
  return result.catalogue;
}

/** Validates a projects-file fixture beside the real vocabularies; returns its error lines. */
function errorsOf(files: Partial<CatalogueFiles>): string[] {
  const result = validateCatalogue({ ...REAL_FILES, ...files }, REGISTER);
  return result.ok ? [] : result.errors.map(formatCatalogueError);
}

describe('the real catalogue', () => {
  it('validates against the municipality register and the vocabularies', () => {
    const result = validateCatalogue(REAL_FILES, REGISTER);
    expect(result.ok ? [] : result.errors.map(formatCatalogueError)).toEqual([]);
    expect(validCatalogue().projects.length).toBeGreaterThan(30);
  });

  it('matches the JSON Schema written by `npm run data:check -- --write-schema`', () => {
    expect(projectsJsonSchema).toEqual(z.toJSONSchema(CatalogueFileSchema));
  });

  it('cites pages of the report (pages 2–18; the lone numbers in the text are page footers)', () => {
    for (const project of validCatalogue().projects) {
      expect(project.source?.page, project.id).toBeGreaterThanOrEqual(2);
      expect(project.source?.page, project.id).toBeLessThanOrEqual(18);
    }
  });

  it('gives a lead only to a record with one of its own municipalities', () => {
    for (const project of validCatalogue().projects) {
      if (project.lead !== null) expect(project.municipalities).toContain(project.lead);
    }
  });
});

describe('coverage of the municipalities', () => {
  const { projects } = validCatalogue();
  const recordsOf = (code: string) => projects.filter((p) => p.municipalities.includes(code));

  it.each(NAMED_IN_REPORT.map((code) => [FOCUS[code], code]))(
    '%s (%s), named in the report, has at least one record',
    (_name, code) => {
      expect(recordsOf(code!).length).toBeGreaterThanOrEqual(1);
    },
  );

  it('names 26 of the 29 municipalities; Arjeplog, Övertorneå and Åsele have no record', () => {
    expect(NAMED_IN_REPORT).toHaveLength(26);
    for (const code of NOT_NAMED_IN_REPORT) expect(recordsOf(code)).toEqual([]);
  });
});

describe('known expectations', () => {
  const { projects } = validCatalogue();
  const of = (code: string) => projects.filter((p) => p.municipalities.includes(code));
  const titled = (text: string) => projects.filter((p) => p.title.sv.includes(text));
  const one = (text: string): Project => {
    const found = titled(text);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };

  it('Luleå has "Brottning för integration" and a Swedish course for municipal staff', () => {
    const lulea = of('2580');
    expect(lulea.some((p) => p.title.sv.startsWith('Brottning för integration'))).toBe(true);
    expect(
      lulea.some(
        (p) => p.themes.includes('language') && p.targetGroups.includes('municipal-staff'),
      ),
    ).toBe(true);
  });

  it('Kiruna has Café Metropol with its link', () => {
    const cafe = one('Café Metropol');
    // Run by civil society (p. 12): Kiruna is where it is, not its lead.
    expect(cafe.lead).toBeNull();
    expect(cafe.municipalities).toEqual(['2584']);
    expect(cafe.municipalityRoles).toEqual({ '2584': 'host' });
    expect(cafe.links.map((l) => l.url)).toContain(
      'http://www.kiruna.se/Kommun/Invandring-integration/Cafe-Metropol/',
    );
  });

  it("Pajala's records carry a contact email", () => {
    const pajala = projects.filter((p) => p.lead === '2521');
    expect(pajala.length).toBeGreaterThanOrEqual(4);
    for (const project of pajala) {
      expect(
        project.contacts.map((c) => c.email),
        project.id,
      ).toContain('julia.torgils@pajala.se');
    }
  });

  it('Kompetens och Samverkan covers Gällivare, Kiruna, Jokkmokk and Pajala', () => {
    const project = one('Kompetens och Samverkan');
    expect([...project.municipalities].sort()).toEqual(['2510', '2521', '2523', '2584']);
    expect(project.lead).toBe('2523');
    expect(project.funding).toContain('Europeiska socialfonden');
  });

  it('transport is exactly the public-transport records of Piteå, Pajala and Norsjö', () => {
    const transport = projects.filter((p) => p.themes.includes('transport'));
    expect(transport.map((p) => p.municipalities)).toEqual([['2581'], ['2521'], ['2417']]);
    for (const p of transport)
      expect(p.source?.section).toBe('Kollektivtrafik med integration i sikte');
  });

  it("sport includes Luleå's wrestling and Vilhelmina's Idrott för alla", () => {
    const sport = projects.filter((p) => p.themes.includes('sport'));
    expect(sport).toContain(one('Brottning för integration'));
    const idrott = one('Idrott för alla');
    expect(idrott.lead).toBe('2462');
    expect(sport).toContain(idrott);
  });

  it('a Luleå film project mentions Filmpool', () => {
    const films = of('2580').filter((p) => p.themes.includes('culture'));
    expect(
      films.some((p) =>
        [...p.partners, p.summary.sv, p.summary.en].some((text) => text.includes('Filmpool')),
      ),
    ).toBe(true);
  });

  it('Älvsbyn has a project', () => {
    expect(of('2560').some((p) => p.kind === 'project')).toBe(true);
  });
});

describe('vocabularies', () => {
  const { themes, targetGroups } = validCatalogue();

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

  it('every vocabulary entry is used by at least one record', () => {
    const { projects } = validCatalogue();
    for (const t of themes)
      expect(
        projects.some((p) => p.themes.includes(t.id)),
        t.id,
      ).toBe(true);
    for (const g of targetGroups) {
      expect(
        projects.some((p) => p.targetGroups.includes(g.id)),
        g.id,
      ).toBe(true);
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
