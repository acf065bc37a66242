import { describe, expect, it } from 'vitest';
import { FIGURE_DIGITS, formatFigure, roundTo } from './digits';
import { METRICS } from './registry';

describe('one precision per figure', () => {
  it('writes projects per 10 000 inhabitants with two decimals in every language', () => {
    expect(formatFigure(0.1449, FIGURE_DIGITS.projectsPer10k, 'sv')).toBe('0,14');
    expect(formatFigure(0.1449, FIGURE_DIGITS.projectsPer10k, 'en')).toBe('0.14');
  });

  it('is the registry’s precision for every built-in metric', () => {
    for (const [id, metric] of Object.entries(METRICS))
      expect(metric.digits, id).toBe(FIGURE_DIGITS[id as keyof typeof FIGURE_DIGITS]);
  });

  it('groups thousands with a no-break space in Swedish', () => {
    expect(formatFigure(122_892, FIGURE_DIGITS.population, 'sv')).toBe('122\u00a0892');
  });

  it('rounds as it writes, without a negative zero', () => {
    expect(roundTo(45.04, 1)).toBe(45);
    expect(roundTo(0.146, 2)).toBe(0.15);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(Object.is(roundTo(-0.001, 1), 0)).toBe(true);
  });
});
