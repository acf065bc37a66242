import { RECORD_FIELDS, type Project, type RecordField } from '../../data/schemas';
import type { Language } from '../language';

/** The fields of a record a suggestion may hold, any of them. */
export type RecordFields = Partial<Record<RecordField, unknown>>;

/** One line of a review: a field (one language of a text) before and after. */
export interface FieldDiff {
  field: RecordField;
  /** For a text in both languages (title, summary): which language this line is. */
  language?: Language;
  /** What the record holds now; undefined for a new record or a field it lacks. */
  before: unknown;
  after: unknown;
  /** For a list: the items only after, and only before (in their order). */
  added?: unknown[];
  removed?: unknown[];
}

/** The fields that are a text in Swedish and English. */
const LOCALIZED: ReadonlySet<RecordField> = new Set(['title', 'summary']);

/**
 * The field-by-field difference between a record and what a suggestion proposes for it, in the
 * record's field order. Only the fields the proposal holds are compared (a suggestion that leaves
 * a field out leaves it as it is); a text is compared language by language, and a language the
 * proposal leaves out is unchanged. Values are compared as data (the order of an object's keys
 * does not count; the order of a list does).
 */
export function diffRecord(before: Partial<Project> | null, after: RecordFields): FieldDiff[] {
  const lines: FieldDiff[] = [];
  for (const field of RECORD_FIELDS) {
    if (!(field in after) || after[field] === undefined) continue;
    const old: unknown = before?.[field];
    const next = after[field];
    if (LOCALIZED.has(field) && isRecord(next)) {
      for (const language of ['sv', 'en'] as const) {
        if (next[language] === undefined) continue;
        const oldText = isRecord(old) ? old[language] : undefined;
        if (!sameData(oldText, next[language])) {
          lines.push({ field, language, before: oldText, after: next[language] });
        }
      }
      continue;
    }
    if (sameData(old, next)) continue;
    if (Array.isArray(next)) {
      const oldList = Array.isArray(old) ? old : [];
      lines.push({
        field,
        before: old,
        after: next,
        added: next.filter((item) => !oldList.some((o) => sameData(o, item))),
        removed: oldList.filter((item) => !next.some((n) => sameData(n, item))),
      });
      continue;
    }
    lines.push({ field, before: old, after: next });
  }
  return lines;
}

/** Equal as JSON data: lists in order, objects whatever the order of their keys. */
export function sameData(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isRecord(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, v[k]]),
          )
        : v,
    ) ?? 'undefined'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
