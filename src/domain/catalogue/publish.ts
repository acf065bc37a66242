import {
  ProjectSchema,
  RECORD_FIELDS,
  type Contact,
  type HistoryEntry,
  type Project,
  type RecordField,
  type SuggestedRecord,
  type SuggestionKind,
} from '../../data/schemas';
import { sameData, type RecordFields } from './diff';

/**
 * From a reviewed suggestion to the catalogue: the record an editor has before them, what of it
 * is published, and the accepted changes applied to a list of records, each with its history.
 * The server publishes with these functions, and `npm run data:suggestions` writes with them, so
 * the live map and data/projects.json get the same records.
 */

/** What a suggestion asks for, as sent. */
export interface SuggestionContent {
  kind: SuggestionKind;
  projectId?: string | undefined;
  record?: SuggestedRecord | undefined;
}

/** An editor's correction: a whole field of the record, replaced. */
export interface Correction {
  field: RecordField;
  value: unknown;
}

const FIELD_SET: ReadonlySet<string> = new Set(RECORD_FIELDS);

export function isRecordField(name: string): name is RecordField {
  return FIELD_SET.has(name);
}

/**
 * The fields a suggestion proposes once the editor's corrections are made, in the order they were
 * made (a later correction of a field replaces an earlier one). "The project has ended" proposes
 * the status "completed" unless an editor says otherwise.
 */
export function proposedFields(
  suggestion: SuggestionContent,
  corrections: readonly Correction[],
): RecordFields {
  const fields: RecordFields = {};
  for (const [name, value] of Object.entries(suggestion.record ?? {})) {
    if (isRecordField(name) && value !== undefined) fields[name] = value;
  }
  if (suggestion.kind === 'ended' && fields.status === undefined) fields.status = 'completed';
  for (const { field, value } of corrections) fields[field] = value;
  return fields;
}

/** The fields a new record gets when its suggestion leaves them out. */
const NEW_RECORD_DEFAULTS: RecordFields = {
  lead: null,
  partners: [],
  funding: [],
  period: null,
  status: null,
  contacts: [],
  links: [],
  facts: [],
};

export interface Publication {
  /** The record as it would be published: check it before use (see `checkRecord`). */
  record: Record<string, unknown>;
  /** The fields it changes, with their published values; every field of a new record. */
  patch: RecordFields;
  /** Contacts not published: the suggestion does not say the person agreed to be named. */
  withheldContacts: Contact[];
}

/**
 * What would be published of the proposed fields, against the current record (null for a new
 * one, which gets the id `id`): a text keeps the language the proposal leaves out; a contact
 * person is published only if the suggestion says the person agreed, or the record already names
 * them (a correction of their details); fields equal to the current ones are no change.
 */
export function publication(
  current: Project | null,
  proposed: RecordFields,
  id: string,
): Publication {
  const merged: RecordFields = current ? {} : { ...NEW_RECORD_DEFAULTS };
  const withheldContacts: Contact[] = [];
  for (const [name, value] of Object.entries(proposed) as [RecordField, unknown][]) {
    if (name === 'title' || name === 'summary') {
      merged[name] = { ...current?.[name], ...withoutUndefined(value) };
    } else if (name === 'contacts' && Array.isArray(value)) {
      const published: unknown[] = [];
      for (const contact of value as Array<Contact & { agreed?: boolean }>) {
        const { agreed, ...rest } = contact;
        // A person the record already names is published already: a correction of their details
        // (a note, a new number) needs no new consent; a new name does.
        const known = current?.contacts.some((c) => c.name === rest.name) ?? false;
        if (agreed === true || known) published.push(rest);
        else withheldContacts.push(rest);
      }
      merged[name] = published;
    } else {
      merged[name] = value;
    }
  }
  const patch: RecordFields = {};
  for (const field of RECORD_FIELDS) {
    if (field in merged && !sameData(merged[field], current?.[field])) patch[field] = merged[field];
  }
  const record = inRecordOrder({ ...current, ...patch, id });
  return { record, patch, withheldContacts };
}

/** A reviewed, accepted suggestion, ready to go into the catalogue. */
export interface AcceptedChange {
  reference: string;
  kind: SuggestionKind;
  /** The record it concerns (a new record's id is given when it is accepted). */
  projectId: string;
  patch: RecordFields;
  /** The day of the decision, YYYY-MM-DD. */
  date: string;
}

export interface Applied {
  projects: Project[];
  /** Changes applied now, in order. */
  applied: AcceptedChange[];
  /** Changes the records already carry (their reference is in the record's history). */
  alreadyIn: AcceptedChange[];
  /** Changes that could not be applied, with why (the catalogue changed under them). */
  refused: Array<{ change: AcceptedChange; reason: string }>;
}

/**
 * The records with the accepted changes applied, in order, each written into the record's history.
 * Applying is idempotent: a change whose reference is already in its record's history is skipped,
 * so the live catalogue and a data/projects.json that already has some of them agree.
 */
export function applyAccepted(
  projects: readonly Project[],
  changes: readonly AcceptedChange[],
): Applied {
  const records = [...projects];
  const result: Applied = { projects: records, applied: [], alreadyIn: [], refused: [] };
  for (const change of changes) {
    const at = records.findIndex((p) => p.id === change.projectId);
    const current = at >= 0 ? records[at]! : null;
    if (current?.history?.some((h) => h.reference === change.reference)) {
      result.alreadyIn.push(change);
      continue;
    }
    if (current && change.kind === 'new') {
      result.refused.push({ change, reason: `a record "${change.projectId}" already exists` });
      continue;
    }
    if (!current && change.kind !== 'new') {
      result.refused.push({ change, reason: `no record "${change.projectId}"` });
      continue;
    }
    const changed = Object.keys(change.patch).filter(isRecordField);
    if (changed.length === 0) {
      result.refused.push({ change, reason: 'it changes no field' });
      continue;
    }
    const entry: HistoryEntry = {
      date: change.date,
      kind: change.kind,
      changes: RECORD_FIELDS.filter((f) => changed.includes(f)),
      reviewed: true,
      reference: change.reference,
    };
    const parsed = ProjectSchema.safeParse(
      inRecordOrder({
        ...current,
        ...change.patch,
        id: change.projectId,
        history: [...(current?.history ?? []), entry],
      }),
    );
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      result.refused.push({
        change,
        reason: `${issue.path.join('.') || '(record)'}: ${issue.message}`,
      });
      continue;
    }
    if (current) records[at] = parsed.data;
    else records.push(parsed.data);
    result.applied.push(change);
  }
  return result;
}

/** The keys of a record in the catalogue's order (id, the fields, source, history). */
const KEY_ORDER = ['id', ...RECORD_FIELDS, 'source', 'history'] as const;

function inRecordOrder(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    KEY_ORDER.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]),
  );
}

function withoutUndefined(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * An id for a new record from its title: kebab-case ASCII ("Café Metropol" → "cafe-metropol"),
 * with -2, -3 … when taken.
 */
export function recordIdFor(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'projekt';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
