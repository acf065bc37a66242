import {
  HONEYPOT_FIELD,
  SuggestionSchema,
  type MunicipalityRole,
  type Project,
  type ProjectKind,
  type ProjectStatus,
  type SuggestedRecord,
  type SuggestedText,
  type SuggestionKind,
} from '../../data/schemas';

/**
 * The suggestion form's model: what the form holds (plain strings, lists one item a line), made
 * from a record, turned into the suggestion the API takes, and checked by the same
 * SuggestionSchema the server checks with; problems keyed by the path the server names them by
 * ("record.title.sv", "sender.email"), without "record.".
 */

export interface ContactValues {
  name: string;
  role: string;
  organisation: string;
  email: string;
  phone: string;
  /** The person agreed to be named in the public catalogue. */
  agreed: boolean;
}

export interface FormValues {
  kind: ProjectKind | '';
  title: { sv: string; en: string };
  summary: { sv: string; en: string };
  /** A kommunkod, or '' when no municipality leads. */
  lead: string;
  municipalities: string[];
  roles: Record<string, MunicipalityRole | ''>;
  /** One item a line. */
  owners: string;
  steeringGroup: string;
  partners: string;
  funding: string;
  themes: string[];
  targetGroups: string[];
  period: string;
  status: ProjectStatus | '';
  contacts: ContactValues[];
  /** One link a line: the address, then (after a space) its label. */
  links: string;
  /** One figure a line, in each language (paired by line). */
  facts: { sv: string; en: string };
  message: string;
  sender: { name: string; organisation: string; email: string };
  consent: boolean;
  /** The honeypot: hidden from people, filled by scripts. */
  website: string;
}

export const emptyContact = (): ContactValues => ({
  name: '',
  role: '',
  organisation: '',
  email: '',
  phone: '',
  agreed: false,
});

/** The form for a new project (in `municipality`, when suggested from its panel), or for a record. */
export function valuesOf(project?: Project, municipality?: string): FormValues {
  const lines = (items?: readonly string[]) => (items ?? []).join('\n');
  return {
    kind: project?.kind ?? '',
    title: { sv: project?.title.sv ?? '', en: project?.title.en ?? '' },
    summary: { sv: project?.summary.sv ?? '', en: project?.summary.en ?? '' },
    lead: project ? (project.lead ?? '') : (municipality ?? ''),
    municipalities: project ? [...project.municipalities] : municipality ? [municipality] : [],
    roles: { ...(project?.municipalityRoles ?? {}) },
    owners: lines(project?.owners),
    steeringGroup: lines(project?.steeringGroup),
    partners: lines(project?.partners),
    funding: lines(project?.funding),
    themes: [...(project?.themes ?? [])],
    targetGroups: [...(project?.targetGroups ?? [])],
    period: project?.period ?? '',
    status: project?.status ?? '',
    contacts: (project?.contacts ?? []).map((c) => ({
      name: c.name,
      role: c.role ?? '',
      organisation: c.organisation ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      // Already published: the record names the person.
      agreed: true,
    })),
    links: (project?.links ?? []).map((l) => (l.label ? `${l.url} ${l.label}` : l.url)).join('\n'),
    facts: {
      sv: (project?.facts ?? []).map((f) => f.sv).join('\n'),
      en: (project?.facts ?? []).map((f) => f.en).join('\n'),
    },
    message: '',
    sender: { name: '', organisation: '', email: '' },
    consent: false,
    website: '',
  };
}

const itemsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function textOf(text: { sv: string; en: string }): SuggestedText {
  const out: { sv?: string; en?: string } = {};
  if (text.sv.trim()) out.sv = text.sv.trim();
  if (text.en.trim()) out.en = text.en.trim();
  return out as SuggestedText;
}

/** Every field of the record as the form holds it (empty lists and texts as the schema wants). */
export function recordOf(values: FormValues): SuggestedRecord {
  const sv = itemsOf(values.facts.sv);
  const en = itemsOf(values.facts.en);
  const roles = Object.fromEntries(
    Object.entries(values.roles).filter(
      ([code, role]) => role && code !== values.lead && values.municipalities.includes(code),
    ),
  ) as Record<string, MunicipalityRole>;
  const record: SuggestedRecord = {
    ...(values.kind ? { kind: values.kind } : {}),
    title: textOf(values.title),
    summary: textOf(values.summary),
    lead: values.lead || null,
    municipalities: values.municipalities,
    themes: values.themes,
    targetGroups: values.targetGroups,
    partners: itemsOf(values.partners),
    funding: itemsOf(values.funding),
    period: values.period.trim() || null,
    status: values.status || null,
    contacts: values.contacts
      .filter((c) => Object.values(c).some((v) => typeof v === 'string' && v.trim()))
      .map((c) => ({
        name: c.name.trim(),
        ...(c.role.trim() ? { role: c.role.trim() } : {}),
        ...(c.organisation.trim() ? { organisation: c.organisation.trim() } : {}),
        ...(c.email.trim() ? { email: c.email.trim() } : {}),
        ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
        ...(c.agreed ? { agreed: true } : {}),
      })),
    links: itemsOf(values.links).map((line) => {
      const [url = '', ...label] = line.split(/\s+/);
      return label.length > 0 ? { url, label: label.join(' ') } : { url };
    }),
    facts: Array.from({ length: Math.max(sv.length, en.length) }, (_, i) =>
      textOf({ sv: sv[i] ?? '', en: en[i] ?? '' }),
    ),
  };
  if (Object.keys(roles).length > 0) record.municipalityRoles = roles;
  const owners = itemsOf(values.owners);
  if (owners.length > 0) record.owners = owners;
  const steering = itemsOf(values.steeringGroup);
  if (steering.length > 0) record.steeringGroup = steering;
  return record;
}

/** A stable JSON of a value (keys sorted), to compare a field with the record's. */
function same(a: unknown, b: unknown): boolean {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, x]) => [k, stable(x)]),
          )
        : v;
  return JSON.stringify(stable(a)) === JSON.stringify(stable(b));
}

/** The fields of the form that differ from the record: what a change suggests. */
export function changedFields(values: FormValues, project: Project): SuggestedRecord {
  const proposed = recordOf(values);
  const before = recordOf(valuesOf(project));
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(proposed), ...Object.keys(before)]);
  for (const key of keys) {
    const now = (proposed as Record<string, unknown>)[key];
    if (!same(now, (before as Record<string, unknown>)[key])) {
      // A list or text emptied in the form: the empty value says "remove".
      out[key] = now ?? (key === 'municipalityRoles' ? {} : []);
    }
  }
  return out as SuggestedRecord;
}

/** The suggestion as the API takes it (POST /api/suggestions). */
export function suggestionOf(
  kind: SuggestionKind,
  values: FormValues,
  project?: Project,
): Record<string, unknown> {
  const suggestion: Record<string, unknown> = { kind };
  if (kind === 'new') suggestion.record = recordOf(values);
  else if (project) {
    suggestion.projectId = project.id;
    if (kind === 'change') {
      const record = changedFields(values, project);
      if (Object.keys(record).length > 0) suggestion.record = record;
    }
  }
  if (values.message.trim()) suggestion.message = values.message.trim();
  suggestion.sender = {
    name: values.sender.name.trim(),
    organisation: values.sender.organisation.trim(),
    email: values.sender.email.trim(),
  };
  suggestion.consent = values.consent;
  if (values.website) suggestion[HONEYPOT_FIELD] = values.website;
  return suggestion;
}

/** A problem's key as the form names its field: the server's path without "record.". */
export const fieldKey = (path: string) => path.replace(/^record\./, '');

/** The problems of a suggestion by field, by the schema the server checks with; {} if none. */
export function problemsOf(suggestion: unknown): Record<string, string> {
  const result = SuggestionSchema.safeParse(suggestion);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = fieldKey(issue.path.map(String).join('.')) || '(body)';
    out[key] ??= issue.message;
  }
  return out;
}

/** The server's 400 `fields` ("record.title.sv": "…") keyed as the form names its fields. */
export function serverProblems(fields: unknown): Record<string, string> {
  if (!fields || typeof fields !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    if (typeof message === 'string') out[fieldKey(path)] = message;
  }
  return out;
}

/** The problems of one field of the form: its own and its items' ("contacts.0.email"). */
export function problemsFor(problems: Record<string, string>, field: string): string[] {
  return Object.entries(problems)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .map(([, message]) => message);
}

/** What kind of problem a message of the schema is, for a message in the reader's language. */
export type ProblemKind =
  'required' | 'email' | 'link' | 'phone' | 'tooLong' | 'plainText' | 'consent' | 'other';

export function problemKind(message: string): ProblemKind {
  if (/consent/.test(message)) return 'consent';
  if (/too long/.test(message)) return 'tooLong';
  if (/control characters/.test(message)) return 'plainText';
  if (/email/.test(message)) return 'email';
  if (/URL|http|link/.test(message)) return 'link';
  if (/phone/.test(message)) return 'phone';
  if (/missing|empty|at least one|write the text|say what/.test(message)) return 'required';
  return 'other';
}
