import type { z } from 'zod';
import {
  CatalogueFileSchema,
  KOMMUNKOD_PATTERN,
  SLUG_PATTERN,
  VocabularyFileSchema,
  type Project,
  type VocabularyItem,
} from '../../data/schemas';
import { cutText } from '../text';

export const CATALOGUE_FILES = {
  projects: 'data/projects.json',
  themes: 'data/themes.json',
  targetGroups: 'data/target-groups.json',
} as const;

export type CatalogueFileName = (typeof CATALOGUE_FILES)[keyof typeof CATALOGUE_FILES];

export interface CatalogueError {
  file: CatalogueFileName;
  /** The record's id, "#12" (its index) when it has no usable id, or FILE_RECORD. */
  record: string;
  /** Dotted path inside the record, e.g. "links.0.url". */
  field: string;
  reason: string;
}

/** `record` of an error that concerns the file itself rather than one record. */
export const FILE_RECORD = '(file)';

export interface Catalogue {
  projects: Project[];
  themes: VocabularyItem[];
  targetGroups: VocabularyItem[];
}

export type CatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; errors: CatalogueError[] };

export type MunicipalityRegister = ReadonlyMap<string, { name: string; focus: boolean }>;

export interface CatalogueFiles {
  projects: unknown;
  themes: unknown;
  targetGroups: unknown;
}

/**
 * Validates the three catalogue files together and reports every error at once: the schema's
 * structural rules, then the rules across files (municipality register, vocabularies, unique ids).
 */
export function validateCatalogue(
  files: CatalogueFiles,
  register: MunicipalityRegister,
): CatalogueResult {
  const errors: CatalogueError[] = [];

  const themes = VocabularyFileSchema.safeParse(files.themes, { error: describeIssue });
  const targetGroups = VocabularyFileSchema.safeParse(files.targetGroups, { error: describeIssue });
  const projects = CatalogueFileSchema.safeParse(files.projects, { error: describeIssue });

  const themeIds = checkVocabulary(files.themes, CATALOGUE_FILES.themes, themes, errors);
  const groupIds = checkVocabulary(
    files.targetGroups,
    CATALOGUE_FILES.targetGroups,
    targetGroups,
    errors,
  );

  const projectErrors: Ranked[] = [];
  const records = isObject(files.projects) ? files.projects.projects : undefined;
  if (!projects.success) {
    for (const issue of projects.error.issues) {
      projectErrors.push(fromIssue(issue, CATALOGUE_FILES.projects, 'projects', records));
    }
  }
  if (Array.isArray(records)) {
    const documentId =
      isObject(files.projects) && isObject(files.projects.source)
        ? files.projects.source.id
        : undefined;
    checkProjects(records, { register, themeIds, groupIds, documentId }, projectErrors);
  }
  errors.push(...inRecordOrder(projectErrors));

  if (errors.length > 0 || !projects.success || !themes.success || !targetGroups.success) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    catalogue: {
      projects: projects.data.projects,
      themes: themes.data.items,
      targetGroups: targetGroups.data.items,
    },
  };
}

/** One line: `data/projects.json: record "pajala-x", field "contacts.0.email": not a valid …`. */
export function formatCatalogueError(error: CatalogueError): string {
  if (error.record !== FILE_RECORD) {
    return `${error.file}: record "${error.record}", field "${error.field}": ${error.reason}`;
  }
  return error.field === FILE_RECORD
    ? `${error.file}: ${error.reason}`
    : `${error.file}: field "${error.field}": ${error.reason}`;
}

/** An error with the index of its record (-1 for the file), to list a record's errors together. */
interface Ranked {
  index: number;
  error: CatalogueError;
}

/** File-level errors first, then record by record; the order within a record is kept. */
function inRecordOrder(ranked: Ranked[]): CatalogueError[] {
  return [...ranked].sort((a, b) => a.index - b.index).map(({ error }) => error);
}

interface CrossFileContext {
  register: MunicipalityRegister;
  /** Null when the vocabulary file is unreadable: its own errors are reported instead. */
  themeIds: ReadonlySet<string> | null;
  groupIds: ReadonlySet<string> | null;
  documentId: unknown;
}

function checkProjects(records: unknown[], context: CrossFileContext, errors: Ranked[]): void {
  const firstIndexOfId = new Map<string, number>();
  records.forEach((record, index) => {
    if (!isObject(record)) return;
    const label = recordLabel(record, index);
    const report = (field: string, reason: string) =>
      errors.push({
        index,
        error: { file: CATALOGUE_FILES.projects, record: label, field, reason },
      });

    if (typeof record.id === 'string') {
      const first = firstIndexOfId.get(record.id);
      if (first === undefined) firstIndexOfId.set(record.id, index);
      else report('id', `duplicate project id "${record.id}" (first used by record #${first})`);
    }

    const municipalities = stringsOf(record.municipalities);
    municipalities.forEach(({ value, at }) => {
      if (!KOMMUNKOD_PATTERN.test(value)) return;
      if (!context.register.has(value)) {
        report(
          `municipalities.${at}`,
          `unknown kommunkod "${value}" (not in the municipality register)`,
        );
      }
    });
    reportRepeats(municipalities, 'municipalities', 'kommunkod', report);
    const known = municipalities.filter(({ value }) => context.register.has(value));
    if (known.length > 0 && !known.some(({ value }) => context.register.get(value)?.focus)) {
      report('municipalities', 'none of the municipalities is in the focus region');
    }

    if (typeof record.lead === 'string' && KOMMUNKOD_PATTERN.test(record.lead)) {
      if (!context.register.has(record.lead)) {
        report('lead', `unknown kommunkod "${record.lead}" (not in the municipality register)`);
      }
      if (
        Array.isArray(record.municipalities) &&
        !municipalities.some(({ value }) => value === record.lead)
      ) {
        report('lead', `lead "${record.lead}" is not among the record's municipalities`);
      }
    }

    if (isObject(record.municipalityRoles)) {
      for (const code of Object.keys(record.municipalityRoles)) {
        if (Array.isArray(record.municipalities) && !municipalities.some((m) => m.value === code)) {
          report(
            `municipalityRoles.${code}`,
            `"${code}" has a role but is not among the record's municipalities`,
          );
        }
        if (code === record.lead) {
          report(`municipalityRoles.${code}`, `"${code}" is the lead: a role is for the others`);
        }
      }
    }

    if (
      record.source === undefined &&
      !(
        Array.isArray(record.history) && record.history.some((h) => isObject(h) && h.kind === 'new')
      )
    ) {
      report(
        'source',
        'missing source (a record without one must have been added by a suggestion)',
      );
    }

    checkVocabularyRefs(
      record.themes,
      'themes',
      'theme',
      context.themeIds,
      CATALOGUE_FILES.themes,
      report,
    );
    checkVocabularyRefs(
      record.targetGroups,
      'targetGroups',
      'target group',
      context.groupIds,
      CATALOGUE_FILES.targetGroups,
      report,
    );

    if (
      typeof context.documentId === 'string' &&
      isObject(record.source) &&
      typeof record.source.document === 'string' &&
      record.source.document !== context.documentId
    ) {
      report(
        'source.document',
        `unknown source document "${record.source.document}" (the catalogue's source is "${context.documentId}")`,
      );
    }
  });
}

function checkVocabularyRefs(
  value: unknown,
  field: string,
  noun: string,
  ids: ReadonlySet<string> | null,
  file: CatalogueFileName,
  report: (field: string, reason: string) => void,
): void {
  const refs = stringsOf(value);
  if (ids) {
    for (const { value: id, at } of refs) {
      if (SLUG_PATTERN.test(id) && !ids.has(id)) {
        report(`${field}.${at}`, `unknown ${noun} "${id}" (not in ${file})`);
      }
    }
  }
  reportRepeats(refs, field, noun, report);
}

/** Reports the vocabulary file's schema issues and duplicate ids; returns its ids. */
function checkVocabulary(
  raw: unknown,
  file: CatalogueFileName,
  parsed: { success: boolean; error?: z.ZodError },
  errors: CatalogueError[],
): Set<string> | null {
  const items = isObject(raw) ? raw.items : undefined;
  const fileErrors: Ranked[] = [];
  for (const issue of parsed.error?.issues ?? []) {
    fileErrors.push(fromIssue(issue, file, 'items', items));
  }
  if (!Array.isArray(items)) {
    errors.push(...inRecordOrder(fileErrors));
    return null;
  }
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (!isObject(item) || typeof item.id !== 'string') return;
    if (ids.has(item.id)) {
      const first = items.findIndex((other) => isObject(other) && other.id === item.id);
      fileErrors.push({
        index,
        error: {
          file,
          record: item.id,
          field: 'id',
          reason: `duplicate vocabulary id "${item.id}" (first used by item #${first})`,
        },
      });
    }
    ids.add(item.id);
  });
  errors.push(...inRecordOrder(fileErrors));
  return ids;
}

/** Maps a zod issue to the record it concerns (by id) and the dotted field path inside it. */
function fromIssue(
  issue: z.core.$ZodIssue,
  file: CatalogueFileName,
  listKey: string,
  records: unknown,
): Ranked {
  const path = issue.path.map(String);
  const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  if (path[0] === listKey && issue.path.length >= 2 && typeof issue.path[1] === 'number') {
    const index = issue.path[1];
    const record = Array.isArray(records) ? records[index] : undefined;
    const inner = path.slice(2);
    const field = unknownKeys.length > 0 ? [...inner, unknownKeys.join(', ')] : inner;
    return {
      index,
      error: {
        file,
        record: recordLabel(record, index),
        field: field.length > 0 ? field.join('.') : '(record)',
        reason: issue.message,
      },
    };
  }
  const field = unknownKeys.length > 0 ? [...path, unknownKeys.join(', ')] : path;
  return {
    index: -1,
    error: {
      file,
      record: FILE_RECORD,
      field: field.length > 0 ? field.join('.') : FILE_RECORD,
      reason: issue.message,
    },
  };
}

/** Readable reasons for zod's generic issues; the schema's own messages take precedence. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'missing required field'
        : `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? 'unknown field' : 'unknown fields';
    default:
      return undefined;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${cutText(value, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function reportRepeats(
  values: Array<{ value: string; at: number }>,
  field: string,
  noun: string,
  report: (field: string, reason: string) => void,
): void {
  const seen = new Set<string>();
  for (const { value, at } of values) {
    if (seen.has(value)) report(`${field}.${at}`, `${noun} "${value}" is listed twice`);
    seen.add(value);
  }
}

function stringsOf(value: unknown): Array<{ value: string; at: number }> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, at) =>
    typeof item === 'string' ? [{ value: item, at }] : [],
  );
}

function recordLabel(record: unknown, index: number): string {
  return isObject(record) && typeof record.id === 'string' && record.id.trim() !== ''
    ? record.id
    : `#${index}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
