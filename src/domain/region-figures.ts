import { z } from 'zod';
import { HttpUrlSchema, LocalizedTextSchema } from './catalogue/schema';

/**
 * "The region in figures": the context figures of the source report (North Sweden European
 * Office, 2017), in data/region-figures.json. Every figure is copied as the report states it,
 * with the page it is on, so the app can cite it; nothing here is estimated or updated.
 * No Node imports: the app parses the JSON with these schemas.
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
  countyCode: z.enum(['24', '25']),
  county: LocalizedTextSchema,
  persons: z.int().nonnegative(),
  year: z.int().min(1900).max(2100),
  source: ReportSourceSchema,
});

export const ParliamentGroupSchema = z.strictObject({
  abbreviation: z.string().min(1),
  name: LocalizedTextSchema,
  /** The name exactly as printed in the report (its spelling kept). */
  nameInReport: z.string().min(1),
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
  abbreviation: z.string().min(1),
  name: LocalizedTextSchema,
  /** The name as printed in the report. */
  nameInReport: z.string().min(1),
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

export type ReportSource = z.infer<typeof ReportSourceSchema>;
export type ReportFigure = z.infer<typeof ReportFigureSchema>;
export type CountyArrivals = z.infer<typeof CountyArrivalsSchema>;
export type ParliamentGroup = z.infer<typeof ParliamentGroupSchema>;
export type SwedishParty = z.infer<typeof SwedishPartySchema>;
export type EuFund = z.infer<typeof EuFundSchema>;
export type ReportStatement = z.infer<typeof ReportStatementSchema>;
export type CouncilPresidency = z.infer<typeof CouncilPresidencySchema>;
export type ReportList = z.infer<typeof ReportListSchema>;
export type ReadingLink = z.infer<typeof ReadingLinkSchema>;
export type ReadingItem = z.infer<typeof ReadingItemSchema>;
export type RegionFigures = z.infer<typeof RegionFiguresSchema>;
