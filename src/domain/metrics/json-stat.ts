import { z } from 'zod';
import { ImportTableError, quoted, type ImportFailure } from './import-csv';
import { regionResolver, type MunicipalityRef, type RegionMatch } from './regions';
import { parseYear, type SeriesMeta } from './series';
import {
  genderOf,
  regionLabeller,
  SeriesCollector,
  type KeptRegion,
  type Place,
  type SeriesImport,
} from './series-import';

/**
 * JSON-stat 2.0 (https://json-stat.org/format/), as SCB's PxWeb API gives it (`format=json-stat2`,
 * and the default of its v2 API): a cube of `value`s over the dimensions in `id`, each of `size`
 * categories, the last dimension varying fastest. The dimension of regions is the one `role.geo`
 * names (else one called Region or Kommun), the years `role.time` (else Tid, år, year); each
 * category of `role.metric` (SCB's ContentsCode) is a measure of its own, with its unit, and so
 * is each category of a further dimension of more than one (kön: a gender; ålder: a qualifier).
 *
 * A small reader of our own, validated with zod, rather than jsonstat-toolkit: the toolkit does
 * not validate (a missing dimension is a TypeError, a short `value` reads as undefined), so a
 * schema would be needed in front of it anyway; it has no TypeScript types; and the unflattening
 * it would save is a few lines.
 */

const CategorySchema = z.looseObject({
  index: z.union([z.array(z.string()), z.record(z.string(), z.int().nonnegative())]).optional(),
  label: z.record(z.string(), z.string()).optional(),
  unit: z.record(z.string(), z.looseObject({ base: z.string().optional() })).optional(),
});

const DimensionSchema = z.looseObject({
  label: z.string().optional(),
  category: CategorySchema,
});

const DatasetSchema = z.looseObject({
  version: z.literal('2.0'),
  class: z.literal('dataset'),
  label: z.string().optional(),
  source: z.string().optional(),
  updated: z.string().optional(),
  id: z.array(z.string()).min(1),
  size: z.array(z.int().nonnegative()).min(1),
  role: z
    .looseObject({
      time: z.array(z.string()).optional(),
      geo: z.array(z.string()).optional(),
      metric: z.array(z.string()).optional(),
    })
    .optional(),
  dimension: z.record(z.string(), z.unknown()),
  value: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]),
});

/** Whether parsed JSON is meant as JSON-stat: a dataset (2.0) or PxWeb's older bundle (1.x). */
export function looksLikeJsonStat(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return o.class === 'dataset' || 'version' in o || 'dimension' in o || 'dataset' in o;
}

interface Dimension {
  id: string;
  label: string;
  /** Category ids in index order, with their labels. */
  categories: { id: string; label: string }[];
  units: Record<string, string>;
}

function fail(failure: ImportFailure, message: string): never {
  throw new ImportTableError(failure, message);
}

function shape(path: string, problem: string): never {
  fail({ code: 'jsonStatShape', path, problem }, `JSON-stat: ${path}: ${problem}`);
}

function dimensionOf(id: string, raw: unknown, size: number): Dimension {
  if (raw === undefined) {
    fail(
      { code: 'jsonStatMissingDimension', dimension: quoted(id) },
      `JSON-stat: the dimension "${id}" is listed in id but not described in dimension.`,
    );
  }
  const parsed = DimensionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    shape(['dimension', id, ...issue.path].join('.'), issue.message);
  }
  const { category, label } = parsed.data;
  const labels = category.label ?? {};
  let ids: string[];
  if (Array.isArray(category.index)) ids = category.index;
  else if (category.index) {
    ids = Object.entries(category.index)
      .sort((a, b) => a[1] - b[1])
      .map(([key]) => key);
    if (ids.some((key, i) => category.index![key as never] !== i)) {
      shape(`dimension.${id}.category.index`, 'positions are not 0, 1, 2 …');
    }
  } else ids = Object.keys(labels);
  if (ids.length !== size) {
    shape(`dimension.${id}.category`, `${ids.length} categories, but size says ${size}`);
  }
  const units = Object.fromEntries(
    Object.entries(category.unit ?? {}).map(([key, unit]) => [key, unit.base ?? '']),
  );
  return {
    id,
    label: label ?? id,
    categories: ids.map((key) => ({ id: key, label: labels[key] ?? key })),
    units,
  };
}

/** The dimension a role names, else the first whose id or label is one of `names`. */
function findDimension(
  dimensions: readonly Dimension[],
  role: string[] | undefined,
  names: RegExp,
): Dimension | undefined {
  const byRole = role?.map((id) => dimensions.find((d) => d.id === id)).find(Boolean);
  return byRole ?? dimensions.find((d) => names.test(d.id) || names.test(d.label));
}

/** Reads a JSON-stat 2.0 dataset as measures over time. */
export function readJsonStat(
  json: unknown,
  municipalities: readonly MunicipalityRef[],
): SeriesImport {
  const o = json as Record<string, unknown>;
  if (o.version !== '2.0') {
    const version = typeof o.version === 'string' ? o.version : '1.x';
    fail(
      { code: 'jsonStatVersion', version: quoted(version) },
      `JSON-stat ${version}: only 2.0 is read (PxWeb's "json-stat2").`,
    );
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    shape(issue.path.join('.') || '(root)', issue.message);
  }
  const dataset = parsed.data;
  if (dataset.id.length !== dataset.size.length) {
    shape('size', `${dataset.size.length} sizes for ${dataset.id.length} dimensions`);
  }
  const dimensions = dataset.id.map((id, i) =>
    dimensionOf(id, dataset.dimension[id], dataset.size[i]!),
  );
  const cells = dataset.size.reduce((a, b) => Math.min(a * b, Number.MAX_SAFE_INTEGER), 1);
  if (Array.isArray(dataset.value) && dataset.value.length !== cells) {
    fail(
      { code: 'jsonStatSize', expected: cells, found: dataset.value.length },
      `JSON-stat: ${dataset.value.length} values for ${cells} cells.`,
    );
  }
  const names = dimensions.map((d) => d.id).join(', ');
  const geo = findDimension(dimensions, dataset.role?.geo, /^(region|kommun|municipality|område)/i);
  if (!geo) {
    fail({ code: 'jsonStatNoRegion', dimensions: quoted(names) }, `No dimension of regions.`);
  }
  const time = findDimension(dimensions, dataset.role?.time, /^(tid|år|ar|year|time|period)$/i);
  if (!time) fail({ code: 'jsonStatNoTime', dimensions: quoted(names) }, `No dimension of years.`);
  const metric = findDimension(dimensions, dataset.role?.metric, /^contents/i);

  const resolve = regionResolver(municipalities);
  const collector = new SeriesCollector(regionLabeller(municipalities));
  const categoryAt = (d: Dimension, id: string): Place => ({
    kind: 'category',
    dimension: d.label,
    category: quoted(id),
  });

  // Each region and year once, with its reason when it is set aside.
  const seen = new Map<string, string>();
  const regions = geo.categories.map(({ id, label }): KeptRegion | null => {
    let match: RegionMatch = resolve(id);
    if (match.kind === 'unknown') match = resolve(label);
    if (match.kind === 'outside') {
      collector.outsideMap(label === id ? id : `${id} ${label}`.slice(0, 60));
      return null;
    }
    if (match.kind === 'unknown') {
      collector.reject(categoryAt(geo, id), { code: 'unknownMunicipality', name: quoted(label) });
      return null;
    }
    const key = `${match.kind}:${match.code}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const region = regionLabeller(municipalities)(match);
      collector.reject(categoryAt(geo, id), { code: 'duplicateCategory', region, first });
      return null;
    }
    seen.set(key, id);
    return match;
  });
  const years = time.categories.map(({ id }) => {
    if (/^\d+$/.test(id)) collector.noteYear(id);
    const year = parseYear(id);
    if (!('code' in year)) return year.year;
    collector.reject(categoryAt(time, id), year);
    return null;
  });

  // The other dimensions of more than one category single out measures.
  const others = dimensions.filter((d) => d !== geo && d !== time);
  const varying = others.filter((d) => d !== metric && d.categories.length > 1);
  const genderDimension = varying.find(
    (d) => /^(kön|kon|gender|sex)$/i.test(d.id) || /^(kön|kon|gender|sex)$/i.test(d.label),
  );
  const source = dataset.source ?? '';
  const metaOf = (position: Map<Dimension, number>): SeriesMeta => {
    const content = metric?.categories[position.get(metric)!];
    const gender = genderDimension
      ? genderOf(genderDimension.categories[position.get(genderDimension)!]!.label)
      : null;
    return {
      name: content?.label ?? dataset.label ?? '',
      code: content?.id ?? null,
      unit: (content && metric?.units[content.id]) ?? '',
      source,
      gender,
      qualifiers: varying
        .filter((d) => d !== genderDimension || gender === null)
        .map((d) => d.categories[position.get(d)!]!.label),
    };
  };

  const strides = dataset.size.map((_, i) => dataset.size.slice(i + 1).reduce((a, b) => a * b, 1));
  const readCell = (index: number, raw: unknown) => {
    const position = new Map(
      dimensions.map((d, i) => [d, Math.floor(index / strides[i]!) % dataset.size[i]!]),
    );
    const region = regions[position.get(geo)!];
    const year = years[position.get(time)!];
    if (!region || year === null || year === undefined) return;
    const at = categoryAt(geo, geo.categories[position.get(geo)!]!.id);
    const value = raw ?? null;
    if (value !== null && typeof value !== 'number') {
      collector.reject(at, { code: 'notANumberValue', value: quoted(JSON.stringify(value)) });
      return;
    }
    if (value !== null && !Number.isFinite(value)) {
      collector.reject(at, { code: 'notFinite', column: time.label, value: String(value) });
      return;
    }
    collector.add(metaOf(position), region, year, value, at);
  };
  if (Array.isArray(dataset.value)) dataset.value.forEach((v, i) => readCell(i, v));
  else {
    // Sparse values: only the cells given; the others have no data.
    for (const [key, v] of Object.entries(dataset.value)) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= cells) {
        shape(`value.${key}`, `not a cell of the ${cells}`);
      }
      readCell(index, v);
    }
  }
  return collector.result('json-stat', dataset.label ?? null);
}
