import { z } from 'zod';

/**
 * The one schema of the project catalogue: data/projects.json, data/themes.json and
 * data/target-groups.json. `npm run data:check` validates the files with it (plus the cross-file
 * rules in validate.ts) and the app parses the fetched JSON with the same schemas, so this module
 * must stay free of Node imports.
 */

/** kebab-case ASCII: "lulea-brottning-for-integration". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Swedish municipality code (kommunkod), four digits: "2580". */
export const KOMMUNKOD_PATTERN = /^\d{4}$/;
/** Digits, spaces, +, -, parentheses and slashes (a slash separates alternative numbers). */
const PHONE_PATTERN = /^[0-9 +\-()/]+$/;
const MIN_PHONE_DIGITS = 5;
const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** A required string: `missing` when absent, empty or blank. */
function requiredText(missing: string) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? missing : `${missing} (not a string)`),
    })
    .regex(/\S/, { error: missing });
}

export const SlugSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'missing id' : 'id must be a string') })
  .regex(SLUG_PATTERN, { error: 'not a kebab-case ASCII slug (a-z, 0-9 and single hyphens)' });

export const KommunkodSchema = z
  .string({ error: 'kommunkod must be a string of four digits' })
  .regex(KOMMUNKOD_PATTERN, { error: 'not a kommunkod (four digits)' });

export const LocalizedTextSchema = z.strictObject(
  {
    sv: requiredText('missing Swedish text'),
    en: requiredText('missing English text'),
  },
  { error: (issue) => (issue.input === undefined ? 'missing text (sv and en)' : undefined) },
);

export const HttpUrlSchema = z
  .string({ error: 'URL must be a string' })
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

export const EmailSchema = z.email({ error: 'not a valid email address' });

export const PhoneSchema = z
  .string({ error: 'phone must be a string' })
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

export const ProjectKindSchema = z.enum(['project', 'service', 'practice', 'network']);
export const ProjectStatusSchema = z.enum(['ongoing', 'completed', 'planned']);

export const ProjectSchema = z.strictObject({
  id: SlugSchema,
  kind: ProjectKindSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  /** The leading municipality, or null for region-wide / multi-municipality practices. */
  lead: KommunkodSchema.nullable(),
  /**
   * Every participating municipality, lead included. Empty only for a practice the report
   * describes region-wide without naming any municipality.
   */
  municipalities: z.array(KommunkodSchema),
  themes: z.array(SlugSchema).min(1, { error: 'at least one theme is required' }),
  targetGroups: z.array(SlugSchema).min(1, { error: 'at least one target group is required' }),
  partners: z.array(requiredText('empty partner name')),
  funding: z.array(requiredText('empty funder name')),
  /** As stated in the source, e.g. "2016–2020"; null when not stated. */
  period: requiredText('empty period (use null)').nullable(),
  /** Only when the source says so. */
  status: ProjectStatusSchema.nullable(),
  contacts: z.array(ContactSchema),
  links: z.array(LinkSchema),
  /** Figures the source states (never estimates). */
  facts: z.array(LocalizedTextSchema),
  source: SourceRefSchema,
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

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type ProjectKind = z.infer<typeof ProjectKindSchema>;
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type VocabularyItem = z.infer<typeof VocabularyItemSchema>;
export type VocabularyFile = z.infer<typeof VocabularyFileSchema>;
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export type CatalogueFile = z.infer<typeof CatalogueFileSchema>;
