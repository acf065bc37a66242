import { z } from 'zod';
import { FOCUS_COUNTY_CODES, KOMMUNKOD_PATTERN, PROJECT_KINDS, SLUG_PATTERN } from './codes';

export { FOCUS_COUNTY_CODES, KOMMUNKOD_PATTERN, PROJECT_KINDS, SLUG_PATTERN };

/**
 * The one module of zod schemas for the data files: the project catalogue (data/projects.json,
 * data/themes.json, data/target-groups.json), the report's figures (data/region-figures.json) and
 * the generated files in public/data. `npm run data:check` and the data build validate with them
 * before writing; the app parses every fetched file with them (validation at the edge), the large
 * GeoJSON files by shape only (below). It imports
 * nothing but zod, so that the data build (Node), the domain and the app can all depend on it.
 */

// ---------------------------------------------------------------------------------------------
// Shared rules: ids, codes, texts in both languages, links

/** Digits, spaces, +, -, parentheses and slashes (a slash separates alternative numbers). */
const PHONE_PATTERN = /^[0-9 +\-()/]+$/;
const MIN_PHONE_DIGITS = 5;
const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/**
 * Control characters (a line break and a tab aside) and the bidirectional overrides, which can make
 * text read differently from what it holds: never part of plain text.
 */
// eslint-disable-next-line no-control-regex
const NOT_PLAIN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** The longest text of one field, in characters: a summary is under 1 000 today. */
export const TEXT_LIMITS = { short: 300, long: 4000 } as const;
/** The most items of one list in a record (municipalities, partners, contacts …). */
export const LIST_LIMIT = 60;

/** A plain-text string of at most `max` characters: no markup is ever interpreted, no control characters. */
export function plainText(max: number = TEXT_LIMITS.short) {
  return z
    .string({ error: 'must be a string' })
    .max(max, { error: `too long (at most ${max} characters)` })
    .refine((value) => !NOT_PLAIN_TEXT.test(value), {
      error: 'contains control characters (only plain text is allowed)',
    });
}

/** A required string: `missing` when absent, empty or blank. */
function requiredText(missing: string, max: number = TEXT_LIMITS.short) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? missing : `${missing} (not a string)`),
    })
    .regex(/\S/, { error: missing })
    .max(max, { error: `too long (at most ${max} characters)` })
    .refine((value) => !NOT_PLAIN_TEXT.test(value), {
      error: 'contains control characters (only plain text is allowed)',
    });
}

/** A list of at most LIST_LIMIT items. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item).max(LIST_LIMIT, { error: `too many items (at most ${LIST_LIMIT})` });
}

export const SlugSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing id' : 'id must be a string') })
  .regex(SLUG_PATTERN, { error: 'not a kebab-case ASCII slug (a-z, 0-9 and single hyphens)' });

export const KommunkodSchema = z
  .string({ error: 'kommunkod must be a string of four digits' })
  .regex(KOMMUNKOD_PATTERN, { error: 'not a kommunkod (four digits)' });

export const LocalizedTextSchema = z.strictObject(
  {
    sv: requiredText('missing Swedish text', TEXT_LIMITS.long),
    en: requiredText('missing English text', TEXT_LIMITS.long),
  },
  { error: (issue) => (issue.input === undefined ? 'missing text (sv and en)' : undefined) },
);

export const HttpUrlSchema = z
  .string({ error: 'URL must be a string' })
  .max(2000, { error: 'URL too long (at most 2000 characters)' })
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a valid absolute URL' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: `only http: and https: links are allowed, not ${url.protocol}`,
      });
    }
  })
  // The refinement above is invisible to JSON Schema; this keeps editors close to it.
  .meta({ pattern: '^https?://', format: 'uri' });

// ---------------------------------------------------------------------------------------------
// The project catalogue (data/projects.json, data/themes.json, data/target-groups.json)

export const EmailSchema = z
  .email({ error: 'not a valid email address' })
  .max(254, { error: 'email address too long' });

export const PhoneSchema = z
  .string({ error: 'phone must be a string' })
  .max(100, { error: 'phone too long' })
  .regex(PHONE_PATTERN, {
    error: 'not a valid phone number (only digits, spaces, +, -, parentheses and slashes)',
  })
  .refine((value) => (value.match(/\d/g)?.length ?? 0) >= MIN_PHONE_DIGITS, {
    error: `not a valid phone number (fewer than ${MIN_PHONE_DIGITS} digits)`,
  });

export const ContactSchema = z.strictObject({
  name: requiredText('missing contact name'),
  role: requiredText('empty role').optional(),
  organisation: requiredText('empty organisation').optional(),
  email: EmailSchema.optional(),
  phone: PhoneSchema.optional(),
  /**
   * What a reader should know about these details as printed, e.g. that a number looks
   * incomplete in the source (it is kept as printed, never completed by guess).
   */
  note: LocalizedTextSchema.optional(),
});

export const LinkSchema = z.strictObject({
  url: HttpUrlSchema,
  label: requiredText('empty link label').optional(),
});

export const SourceRefSchema = z.strictObject(
  {
    document: SlugSchema,
    page: z.int({ error: 'page must be a whole number' }).positive({ error: 'page must be ≥ 1' }),
    section: requiredText('missing section heading'),
  },
  {
    error: (issue) =>
      issue.input === undefined ? 'missing source (document, page and section)' : undefined,
  },
);

export const ProjectKindSchema = z.enum(PROJECT_KINDS);
/** "completed" is also what a reviewed "the project has ended" suggestion sets. */
export const ProjectStatusSchema = z.enum(['ongoing', 'completed', 'planned']);

/**
 * What a municipality in `municipalities` that is not the lead does, when the source says so:
 * a named partner of another owner, or only the place where the work happened.
 */
export const MunicipalityRoleSchema = z.enum(['partner', 'host']);

/** A calendar date, "2026-12-04". */
export const IsoDateSchema = z
  .string({ error: 'date must be a string' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'not a date (YYYY-MM-DD)' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
    error: 'not a calendar date',
  });

/** What a suggestion asks for: a new record, a change to one, or that a project has ended. */
export const SuggestionKindSchema = z.enum(['new', 'change', 'ended']);

/** The reference a sender gets back and a record's history names: "F-42". */
export const SuggestionReferenceSchema = z
  .string({ error: 'reference must be a string' })
  .regex(/^F-[1-9]\d{0,8}$/, { error: 'not a suggestion reference (F-<number>)' });

/** The fields of a record a suggestion can change, in the order a record lists them. */
export const RECORD_FIELDS = [
  'kind',
  'title',
  'summary',
  'lead',
  'municipalities',
  'municipalityRoles',
  'owners',
  'steeringGroup',
  'themes',
  'targetGroups',
  'partners',
  'funding',
  'period',
  'status',
  'contacts',
  'links',
  'facts',
] as const;
export const RecordFieldSchema = z.enum(RECORD_FIELDS, { error: 'not a field of a record' });

/** One reviewed change of a record, written when an editor accepts a suggestion. */
export const HistoryEntrySchema = z.strictObject({
  date: IsoDateSchema,
  kind: SuggestionKindSchema,
  /** The fields it changed (every field of a new record). */
  changes: z.array(RecordFieldSchema).min(1, { error: 'a change changes at least one field' }),
  /** Always true: nothing enters the catalogue unreviewed. */
  reviewed: z.literal(true),
  /** The suggestion it came from. */
  reference: SuggestionReferenceSchema,
});

export const ProjectSchema = z.strictObject({
  id: SlugSchema,
  kind: ProjectKindSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /**
   * The leading municipality, or null when no municipality leads: a region-wide practice, or a
   * project another organisation owns (see `owners`).
   */
  lead: KommunkodSchema.nullable(),
  /**
   * Every participating municipality, lead included. Empty only for a practice the report
   * describes region-wide without naming any municipality.
   */
  municipalities: list(KommunkodSchema),
  /** The role of a participating municipality that is not the lead, when the source gives it. */
  municipalityRoles: z.record(KommunkodSchema, MunicipalityRoleSchema).optional(),
  /** Who owns or runs the project, when the source names someone other than a municipality. */
  owners: list(requiredText('empty owner name')).optional(),
  /** The members of its steering group the source names (not partners). */
  steeringGroup: list(requiredText('empty name in the steering group')).optional(),
  themes: list(SlugSchema).min(1, { error: 'at least one theme is required' }),
  targetGroups: list(SlugSchema).min(1, { error: 'at least one target group is required' }),
  partners: list(requiredText('empty partner name')),
  funding: list(requiredText('empty funder name')),
  /** As stated in the source, e.g. "2016–2020"; null when not stated. */
  period: requiredText('empty period (use null)').nullable(),
  /** Only when the source says so. */
  status: ProjectStatusSchema.nullable(),
  contacts: list(ContactSchema),
  links: list(LinkSchema),
  /** Figures the source states (never estimates). */
  facts: list(LocalizedTextSchema),
  /** Where in the report the record comes from; absent for a record added by a suggestion. */
  source: SourceRefSchema.optional(),
  /** The reviewed changes since the report, oldest first. */
  history: z.array(HistoryEntrySchema).optional(),
});

export const VocabularyItemSchema = z.strictObject({
  id: SlugSchema,
  label: LocalizedTextSchema,
  colour: z.string().regex(COLOUR_PATTERN, { error: 'colour must be #RRGGBB' }),
});

export const VocabularyFileSchema = z.strictObject({
  version: z.literal(1),
  items: z.array(VocabularyItemSchema),
});

export const SourceDocumentSchema = z.strictObject({
  id: SlugSchema,
  title: requiredText('missing title'),
  publisher: requiredText('missing publisher'),
  year: z.int(),
});

export const CatalogueFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  source: SourceDocumentSchema,
  projects: z.array(ProjectSchema),
});

// ---------------------------------------------------------------------------------------------
// Suggestions (POST /api/suggestions): a new record, a change to one, or that a project has ended.
// The record's fields are the catalogue's own schemas above, so the form in the browser, the API
// and the data check agree on what a field may hold.

/** The largest suggestion the API reads, as JSON in bytes; a record today is under 5 kB. */
export const SUGGESTION_BODY_LIMIT = 64 * 1024;

/** A field people never see and scripts fill in: a suggestion with it filled is refused. */
export const HONEYPOT_FIELD = 'website';

/** Text in one language or both: a sender may write only one, an editor completes the other. */
export const SuggestedTextSchema = z
  .strictObject({
    sv: requiredText('empty Swedish text', TEXT_LIMITS.long).optional(),
    en: requiredText('empty English text', TEXT_LIMITS.long).optional(),
  })
  .refine((text) => text.sv !== undefined || text.en !== undefined, {
    error: 'write the text in Swedish or English',
  });

export const SuggestedContactSchema = ContactSchema.extend({
  /** The person agreed to be named in the public catalogue: a contact is published only then. */
  agreed: z.boolean().optional(),
});

/** Any fields of a record, as in data/projects.json (not its source and history: those are ours). */
export const SuggestedRecordSchema = ProjectSchema.omit({ source: true, history: true })
  .extend({
    title: SuggestedTextSchema,
    summary: SuggestedTextSchema,
    facts: list(SuggestedTextSchema),
    contacts: list(SuggestedContactSchema),
  })
  .partial();

export const SenderSchema = z.strictObject(
  {
    name: requiredText('missing name', 200),
    organisation: requiredText('missing organisation', 200),
    email: z
      .email({
        error: (issue) =>
          issue.input === undefined ? 'missing email address' : 'not a valid email address',
      })
      .max(254, { error: 'email address too long' }),
  },
  { error: (issue) => (issue.input === undefined ? 'missing sender' : undefined) },
);

/** What a new record needs from its sender (the id is made from the title if not given). */
const NEW_RECORD_FIELDS = [
  'kind',
  'title',
  'summary',
  'municipalities',
  'themes',
  'targetGroups',
] as const;

export const SuggestionSchema = z
  .strictObject({
    kind: SuggestionKindSchema,
    projectId: SlugSchema.optional(),
    record: SuggestedRecordSchema.optional(),
    message: plainText(TEXT_LIMITS.long).optional(),
    sender: SenderSchema,
    consent: z.literal(true, { error: 'consent is required to send a suggestion' }),
    [HONEYPOT_FIELD]: z.string().max(0, { error: 'leave this field empty' }).optional(),
  })
  .superRefine((suggestion, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const { kind, projectId, record, message } = suggestion;
    if (kind === 'new') {
      if (projectId !== undefined) issue(['projectId'], 'a new project has no projectId');
      if (!record) issue(['record'], 'missing record (the new project)');
      for (const field of NEW_RECORD_FIELDS) {
        if (record && record[field] === undefined)
          issue(['record', field], 'missing required field');
      }
      return;
    }
    if (projectId === undefined) issue(['projectId'], 'missing projectId (which project)');
    if (record?.id !== undefined && record.id !== projectId) {
      issue(['record', 'id'], 'the id of a record cannot be changed');
    }
    const fields = record ? Object.keys(record).filter((key) => key !== 'id') : [];
    if (kind === 'change' && fields.length === 0 && !message?.trim()) {
      issue(['record'], 'say what to change: a field of the record or a message');
    }
  });

// ---------------------------------------------------------------------------------------------
// The report's figures (data/region-figures.json)

/**
 * "The region in figures": the context figures of the source report (North Sweden European
 * Office, 2017). Every figure is copied as the report states it, with the page it is on, so the
 * app can cite it; nothing here is estimated or updated.
 */
/** Where in the report a figure is: pages as numbered in the report. */
export const ReportSourceSchema = z.strictObject({
  document: z.literal('report-2017'),
  page: z.int({ error: 'page must be a whole number' }).positive({ error: 'page must be ≥ 1' }),
});

/** The year a figure refers to; null when the report does not say (a note must then explain). */
const YearSchema = z.int().min(1900).max(2100).nullable();

const SeatsSchema = z.int().nonnegative();

/** A single figure from the report. */
export const ReportFigureSchema = z
  .strictObject({
    label: LocalizedTextSchema,
    value: z.number(),
    /** The report says "ca"/"cirka" (about). */
    approximate: z.boolean(),
    year: YearSchema,
    /** Whom the report credits for the figure (Eurostat, Migrationsverket …), when it does. */
    citedSource: z.string().min(1).optional(),
    note: LocalizedTextSchema.optional(),
    source: ReportSourceSchema,
  })
  .refine((f) => f.year !== null || f.note !== undefined, {
    error: 'a figure without a year needs a note saying why',
    path: ['note'],
  });

export const CountyArrivalsSchema = z.strictObject({
  countyCode: z.enum(FOCUS_COUNTY_CODES),
  county: LocalizedTextSchema,
  persons: z.int().nonnegative(),
  year: z.int().min(1900).max(2100),
  source: ReportSourceSchema,
});

/** Something the report names by abbreviation (a Parliament group, an EU fund). */
const abbreviated = {
  abbreviation: z.string().min(1),
  name: LocalizedTextSchema,
  /** The name exactly as printed in the report (its spelling kept). */
  nameInReport: z.string().min(1),
};

export const ParliamentGroupSchema = z.strictObject({
  ...abbreviated,
  seats: SeatsSchema,
  /** The share of the 751 seats as printed, in per cent. */
  sharePercent: z.number().min(0).max(100),
  /** Ids of the Swedish parties (swedishMembers.parties) that sit in the group. */
  swedishParties: z.array(z.string().min(1)),
  year: YearSchema,
  source: ReportSourceSchema,
});

export const SwedishPartySchema = z.strictObject({
  id: z.string().min(1),
  name: LocalizedTextSchema,
  seats: SeatsSchema,
  year: YearSchema,
  source: ReportSourceSchema,
});

/** The report names the funds without describing them: no description of our own is kept. */
export const EuFundSchema = z.strictObject({
  ...abbreviated,
  source: ReportSourceSchema,
});

/** Something the report states, in our words in both languages, beside the passage as printed. */
export const ReportStatementSchema = z.strictObject({
  text: LocalizedTextSchema,
  /** The passage exactly as printed (white space aside), so a test can find it in the report. */
  inReport: z.string().min(1),
  source: ReportSourceSchema,
});

/** A country's presidency of the Council of the European Union, as far as the report gives it. */
export const CouncilPresidencySchema = z.strictObject({
  country: LocalizedTextSchema,
  /** When the country held it, in the report's terms ("andra halvan av år 2016"). */
  period: ReportStatementSchema,
  /** The priorities the report prints (for Slovakia two of its four). */
  priorities: ReportStatementSchema.optional(),
});

/** Named items of a list the report gives (MIPEX's eight key areas), in its order. */
export const ReportListSchema = z.strictObject({
  label: LocalizedTextSchema,
  items: z.array(LocalizedTextSchema).min(1),
  inReport: z.string().min(1),
  source: ReportSourceSchema,
});

export const ReadingLinkSchema = z.strictObject({
  url: HttpUrlSchema,
  label: LocalizedTextSchema.optional(),
});

export const ReadingItemSchema = z.strictObject({
  /** The item's number in the report's list. */
  number: z.int().positive(),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  links: z.array(ReadingLinkSchema).min(1),
  source: ReportSourceSchema,
});

export const RegionFiguresSchema = z.strictObject({
  version: z.literal(1),
  document: z.strictObject({
    id: z.literal('report-2017'),
    title: z.string().min(1),
    publisher: z.string().min(1),
    year: z.int(),
  }),
  countyArrivals: z.strictObject({
    /** What the county figures count, in the report's words. */
    definition: LocalizedTextSchema,
    citedSource: z.string().min(1),
    counties: z.array(CountyArrivalsSchema).min(1),
  }),
  euFirstTimeAsylumSeekers: ReportFigureSchema,
  sfiStudents: ReportFigureSchema,
  mipex: z.strictObject({
    rank: ReportFigureSchema,
    /** How many countries the index ranks. */
    countries: z.int().positive(),
    countriesCompared: LocalizedTextSchema,
    /** The key areas the index measures. */
    areas: ReportListSchema,
  }),
  /** The EU institutions' part in migration, as the report's overview gives it. */
  euInstitutions: z.strictObject({
    /** The Commission's ten priorities, one of them migration. */
    commissionPriorities: ReportFigureSchema,
    councilPresidency: z.strictObject({
      /** The presidency rotates every six months among the member states. */
      rotationMonths: ReportFigureSchema,
      presidencies: z.array(CouncilPresidencySchema).min(1),
    }),
  }),
  europeanParliament: z.strictObject({
    totalSeats: ReportFigureSchema,
    /** Elected in direct, general elections every five years. */
    electionIntervalYears: ReportFigureSchema,
    groups: z.array(ParliamentGroupSchema).min(1),
    /** What the text version of the report leaves out of the seat diagram, and why. */
    note: LocalizedTextSchema,
    swedishMembers: z.strictObject({
      total: ReportFigureSchema,
      parties: z.array(SwedishPartySchema).min(1),
    }),
  }),
  euFunds: z.array(EuFundSchema).min(1),
  /** What the report says about the funds together (it describes none of them). */
  euFundsNote: ReportStatementSchema,
  furtherReading: z.array(ReadingItemSchema).min(1),
});

// ---------------------------------------------------------------------------------------------
// The generated map files (public/data)

const position = z.array(z.number().finite()).min(2).max(3);
const ring = z.array(position).min(4);
const multiPolygon = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
const lineGeometry = z.object({
  type: z.enum(['LineString', 'MultiLineString']),
  coordinates: z.array(z.any()),
});
const kommunkod = z.string().regex(KOMMUNKOD_PATTERN);
const countyCode = z.string().regex(/^\d{2}$/);
const nonNegative = z.number().finite().nonnegative();

export const MunicipalityPropertiesSchema = z.object({
  code: kommunkod,
  name: z.string().min(1),
  countyCode,
  countyName: z.string().min(1),
  /** False for the municipalities outside the focus drawn as context (Örnsköldsvik …). */
  focus: z.boolean(),
  population: nonNegative,
  areaTotalKm2: nonNegative,
  areaLandKm2: nonNegative,
  labelLon: z.number().finite(),
  labelLat: z.number().finite(),
  neighbours: z.array(kommunkod),
});

export const MunicipalityFeatureSchema = z.object({
  type: z.literal('Feature'),
  /** Stable numeric id for MapLibre feature-state. */
  id: z.number().int().nonnegative(),
  properties: MunicipalityPropertiesSchema,
  geometry: multiPolygon,
});

export const MunicipalityCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(MunicipalityFeatureSchema).min(1),
});

export const CountySchema = z.object({
  code: countyCode,
  name: z.string().min(1),
  /** Sum of its municipalities' SCB population 2016-12-31. */
  population: nonNegative,
});

/** The counties of the focus with the border lines between them (drawn stronger on the map). */
export const CountiesFileSchema = z.object({
  counties: z.array(CountySchema).min(1),
  border: z.object({
    type: z.literal('Feature'),
    properties: z.object({}),
    geometry: z.object({
      type: z.literal('MultiLineString'),
      coordinates: z.array(z.array(position).min(2)),
    }),
  }),
});

/**
 * region-totals.json: Sweden and every county, summed by the data build from SCB's table of all
 * 290 municipalities, so that a municipality's figure can be read beside its county's and
 * Sweden's: each region's count of municipalities, population and areas, with SCB's dates. Sweden
 * first ("00"), then the counties by code; Sweden's sums are the counties' sums. Made in a
 * function marked pure, so that the app's first load, which does not read the file, leaves the
 * schema out (a zod call at the top level is kept as a possible side effect).
 */
export const RegionTotalsFileSchema = /* @__PURE__ */ (() => {
  const source = z.object({ publisher: z.string().min(1), date: z.string().min(1) });
  const region = z.object({
    /** "00" for Sweden, else the county's two-digit code. */
    code: countyCode,
    name: z.string().min(1),
    municipalities: z.int().positive(),
    population: nonNegative,
    areaTotalKm2: nonNegative,
    areaLandKm2: nonNegative,
  });
  return z
    .object({
      version: z.literal(1),
      sources: z.object({ population: source, area: source }),
      regions: z.array(region).min(2),
    })
    .superRefine(({ regions }, ctx) => {
      const [sweden, ...counties] = regions;
      if (sweden!.code !== '00') {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', 0, 'code'],
          message: 'Sweden ("00") first',
        });
        return;
      }
      const codes = new Set(counties.map((c) => c.code));
      if (codes.size !== counties.length || codes.has('00')) {
        ctx.addIssue({ code: 'custom', path: ['regions'], message: 'a region listed twice' });
      }
      for (const field of [
        'municipalities',
        'population',
        'areaTotalKm2',
        'areaLandKm2',
      ] as const) {
        const sum = counties.reduce((total, c) => total + c[field], 0);
        // Areas are sums of figures of two decimals: equal to the cent.
        if (Math.abs(sum - sweden![field]) > 0.005 * counties.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', 0, field],
            message: `Sweden's ${field} ${sweden![field]} is not the counties' sum ${sum}`,
          });
        }
      }
    });
})();

/**
 * region-totals.json for the app, by shape: the fields the panel reads. The data build and its
 * tests check the file in full (RegionTotalsFileSchema, Sweden the sum of its counties), so that
 * the first load does not carry those checks.
 */
export const RegionTotalsShapeSchema = /* @__PURE__ */ (() =>
  z.object({
    version: z.literal(1),
    regions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        population: z.number(),
        areaLandKm2: z.number(),
      }),
    ),
  }))();

export const BasemapFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ kind: z.enum(['land', 'border', 'lake']) }),
  geometry: z.union([multiPolygon, lineGeometry]),
});

export const BasemapCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(BasemapFeatureSchema),
});

// For the browser: the large GeoJSON files are checked by shape only. The data build validated
// every position with the schemas above before writing them; walking thousands of coordinates
// again with zod cost the first frame hundreds of milliseconds. The ids and properties the app
// reads are still checked in full (a few dozen small objects), the geometry by its type and that
// it has coordinates.

function geometryShape<G extends { type: string }>(types: readonly G['type'][]) {
  return z.custom<G>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      types.includes((value as { type?: unknown }).type as G['type']) &&
      Array.isArray((value as { coordinates?: unknown }).coordinates) &&
      (value as { coordinates: unknown[] }).coordinates.length > 0,
    { error: `not a ${types.join(' or ')} geometry with coordinates` },
  );
}

/** municipalities.geojson, checked by shape (see above): for the app. */
export const MunicipalityCollectionShapeSchema = MunicipalityCollectionSchema.extend({
  features: z
    .array(
      MunicipalityFeatureSchema.extend({
        geometry: geometryShape<z.infer<typeof multiPolygon>>(['MultiPolygon']),
      }),
    )
    .min(1),
});

/** basemap.geojson, checked by shape (see above): for the app. */
export const BasemapCollectionShapeSchema = BasemapCollectionSchema.extend({
  features: z.array(
    BasemapFeatureSchema.extend({
      geometry: geometryShape<z.infer<typeof multiPolygon> | z.infer<typeof lineGeometry>>([
        'MultiPolygon',
        'LineString',
        'MultiLineString',
      ]),
    }),
  ),
});

export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  year: z.number().int(),
  licence: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

export const ManifestSchema = z.object({
  version: z.literal(1),
  focusCounties: z.array(countyCode),
  sources: z.array(SourceSchema).min(1),
  files: z.record(z.string(), z.object({ sha256: z.string(), bytes: z.number().int() })),
});

/** The project catalogue as the data build writes it for the app: checked, one file. */
export const GeneratedCatalogueSchema = z.object({
  source: SourceDocumentSchema,
  projects: z.array(ProjectSchema),
  themes: z.array(VocabularyItemSchema).min(1),
  targetGroups: z.array(VocabularyItemSchema).min(1),
});

// ---------------------------------------------------------------------------------------------
// The types the rest of the code uses, inferred from the schemas

export type Contact = z.infer<typeof ContactSchema>;
export type ProjectKind = z.infer<typeof ProjectKindSchema>;
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type MunicipalityRole = z.infer<typeof MunicipalityRoleSchema>;
export type RecordField = z.infer<typeof RecordFieldSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type SuggestionKind = z.infer<typeof SuggestionKindSchema>;
export type SuggestedText = z.infer<typeof SuggestedTextSchema>;
export type SuggestedRecord = z.infer<typeof SuggestedRecordSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type VocabularyItem = z.infer<typeof VocabularyItemSchema>;
export type CatalogueFile = z.infer<typeof CatalogueFileSchema>;
export type ReportSource = z.infer<typeof ReportSourceSchema>;
export type ReportFigure = z.infer<typeof ReportFigureSchema>;
export type RegionFigures = z.infer<typeof RegionFiguresSchema>;
export type GeneratedCatalogue = z.infer<typeof GeneratedCatalogueSchema>;
export type MunicipalityProperties = z.infer<typeof MunicipalityPropertiesSchema>;
export type MunicipalityFeature = z.infer<typeof MunicipalityFeatureSchema>;
export type MunicipalityCollection = z.infer<typeof MunicipalityCollectionSchema>;
export type County = z.infer<typeof CountySchema>;
export type CountiesFile = z.infer<typeof CountiesFileSchema>;
export type BasemapCollection = z.infer<typeof BasemapCollectionSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type RegionTotalsFile = z.infer<typeof RegionTotalsFileSchema>;
export type RegionTotal = RegionTotalsFile['regions'][number];
