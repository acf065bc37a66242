import { z } from 'zod';
import {
  ProjectSchema,
  SourceDocumentSchema,
  VocabularyItemSchema,
} from '../domain/catalogue/schema';

/**
 * The one schema of the generated data files: the data build checks its output with it before
 * writing, and the app parses every fetched file with it (validation at the edge).
 */

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
const kommunkod = z.string().regex(/^\d{4}$/);
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

export const BasemapFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ kind: z.enum(['land', 'border', 'lake']) }),
  geometry: z.union([multiPolygon, lineGeometry]),
});

export const BasemapCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(BasemapFeatureSchema),
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

export type GeneratedCatalogue = z.infer<typeof GeneratedCatalogueSchema>;
export type MunicipalityProperties = z.infer<typeof MunicipalityPropertiesSchema>;
export type MunicipalityFeature = z.infer<typeof MunicipalityFeatureSchema>;
export type MunicipalityCollection = z.infer<typeof MunicipalityCollectionSchema>;
export type County = z.infer<typeof CountySchema>;
export type CountiesFile = z.infer<typeof CountiesFileSchema>;
export type BasemapCollection = z.infer<typeof BasemapCollectionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
