import { IMPORTED_METRIC_LIMITS } from '../../state/stored-metrics';

/** The texts that name an imported metric, as typed. */
export interface MetricFields {
  name: string;
  unit: string;
  year: string;
  source: string;
}

export type FieldProblem =
  | { field: keyof MetricFields; problem: 'required' }
  | { field: keyof MetricFields; problem: 'tooLong'; max: number; length: number };

const REQUIRED: readonly (keyof MetricFields)[] = ['name', 'year', 'source'];

/**
 * What keeps the fields from being saved: a required one empty, or one longer than the stored
 * metric may be (IMPORTED_METRIC_LIMITS, the limits its record is read back with). Checked
 * before saving, so that a metric once saved is always read back.
 */
export function fieldProblems(fields: MetricFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of Object.keys(IMPORTED_METRIC_LIMITS) as (keyof MetricFields)[]) {
    const value = fields[field].trim();
    const max = IMPORTED_METRIC_LIMITS[field];
    if (REQUIRED.includes(field) && value === '') problems.push({ field, problem: 'required' });
    else if (value.length > max) {
      problems.push({ field, problem: 'tooLong', max, length: value.length });
    }
  }
  return problems;
}

/** The fields as stored: trimmed. */
export function trimmedFields(fields: MetricFields): MetricFields {
  return {
    name: fields.name.trim(),
    unit: fields.unit.trim(),
    year: fields.year.trim(),
    source: fields.source.trim(),
  };
}
