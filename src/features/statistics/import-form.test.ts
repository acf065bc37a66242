import { describe, expect, it } from 'vitest';
import { metricKey, readStoredMetric, recordValue } from '../../state/stored-metrics';
import { fieldProblems, trimmedFields, type MetricFields } from './import-form';

const FIELDS: MetricFields = { name: 'Mottagna', unit: 'personer', year: '2016', source: 'SCB' };

describe('fieldProblems', () => {
  it('finds none in a complete form', () => {
    expect(fieldProblems(FIELDS)).toEqual([]);
    expect(fieldProblems({ ...FIELDS, unit: '' })).toEqual([]);
  });

  it('asks for name, year and source', () => {
    expect(fieldProblems({ name: ' ', unit: '', year: '', source: '\t' })).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'year', problem: 'required' },
      { field: 'source', problem: 'required' },
    ]);
  });

  it('refuses what the stored metric could not hold: name 120, unit 60, year 40, source 200', () => {
    expect(
      fieldProblems({
        name: 'n'.repeat(121),
        unit: 'u'.repeat(61),
        year: 'y'.repeat(41),
        source: 's'.repeat(201),
      }),
    ).toEqual([
      { field: 'name', problem: 'tooLong', max: 120, length: 121 },
      { field: 'unit', problem: 'tooLong', max: 60, length: 61 },
      { field: 'year', problem: 'tooLong', max: 40, length: 41 },
      { field: 'source', problem: 'tooLong', max: 200, length: 201 },
    ]);
    // White space around a value is not counted: it is not stored.
    expect(fieldProblems({ ...FIELDS, name: ` ${'n'.repeat(120)} ` })).toEqual([]);
  });

  it('lets through exactly what is read back after a reload', () => {
    const longest = {
      name: 'n'.repeat(120),
      unit: 'u'.repeat(60),
      year: '2016–2017 (preliminär)',
      source: 's'.repeat(200),
    };
    expect(fieldProblems(longest)).toEqual([]);
    const metric = { id: 'import:n', ...trimmedFields(longest), values: { '2480': 1 } };
    const stored = readStoredMetric(metricKey(metric.id), recordValue(metric, null, 1));
    expect(stored?.metric).toEqual(metric);
  });
});
