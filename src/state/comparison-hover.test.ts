import { describe, expect, it } from 'vitest';
import { useComparisonHover } from './comparison-hover';

describe('the comparison hover', () => {
  it('holds the column pointed at, none at first and after leaving', () => {
    expect(useComparisonHover.getState().code).toBeNull();
    useComparisonHover.getState().setCode('2582');
    expect(useComparisonHover.getState().code).toBe('2582');
    useComparisonHover.getState().setCode(null);
    expect(useComparisonHover.getState().code).toBeNull();
  });
});
