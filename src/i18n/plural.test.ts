import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, pluralOf, translator } from './index';

beforeAll(() => loadLanguage('en'));

const activeFilters = (language: 'sv' | 'en', count: number) =>
  translator(language)(`filters.active.${pluralOf(language, count)}`, { count });

describe('plural forms', () => {
  it('says "1 aktivt" but "2 aktiva" in Swedish', () => {
    expect(activeFilters('sv', 1)).toBe('1 aktivt');
    expect(activeFilters('sv', 2)).toBe('2 aktiva');
    expect(activeFilters('sv', 11)).toBe('11 aktiva');
  });

  it('says "1 active" and "3 active" in English', () => {
    expect(pluralOf('en', 1)).toBe('one');
    expect(pluralOf('en', 3)).toBe('other');
    expect(activeFilters('en', 3)).toBe('3 active');
  });
});
