import { describe, expect, it } from 'vitest';
import { collator, compareSwedish, listFormat, numberFormat } from './intl';

describe('the shared Intl formatters', () => {
  it('gives the same formatter for the same locale and options, by value', () => {
    const one = numberFormat('sv-SE', { maximumFractionDigits: 1 });
    expect(numberFormat('sv-SE', { maximumFractionDigits: 1 })).toBe(one);
    expect(numberFormat('sv-SE', { maximumFractionDigits: 2 })).not.toBe(one);
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).not.toBe(one);
    expect(numberFormat('sv-SE')).toBe(numberFormat('sv-SE', {}));
  });

  it('formats as a new Intl.NumberFormat would', () => {
    for (const [locale, options, value] of [
      ['sv-SE', { maximumFractionDigits: 0 }, 1124],
      ['en-GB', { maximumFractionDigits: 0 }, 1124],
      ['sv-SE', { maximumFractionDigits: 2 }, 0.375],
      ['sv-SE', { maximumSignificantDigits: 2 }, 0.0123],
    ] as const) {
      expect(numberFormat(locale, options).format(value)).toBe(
        new Intl.NumberFormat(locale, options).format(value),
      );
    }
    expect(numberFormat('sv-SE', { maximumFractionDigits: 0 }).format(1124)).toBe('1\u00a0124');
  });

  it('collates Swedish as localeCompare does: å, ä, ö after z', () => {
    expect(collator('sv')).toBe(collator('sv'));
    const names = ['Örnsköldsvik', 'Älvsbyn', 'Åsele', 'Arjeplog', 'Zinkgruvan', 'arvidsjaur'];
    const expected = [...names].sort((a, b) => a.localeCompare(b, 'sv'));
    expect([...names].sort(compareSwedish)).toEqual(expected);
    expect(expected.slice(-3)).toEqual(['Åsele', 'Älvsbyn', 'Örnsköldsvik']);
  });

  it('keeps one list format per locale and options', () => {
    const options = { style: 'long', type: 'conjunction' } as const;
    expect(listFormat('sv-SE', options)).toBe(listFormat('sv-SE', { ...options }));
    expect(listFormat('sv-SE', options).format(['Boden', 'Piteå', 'Luleå'])).toBe(
      'Boden, Piteå och Luleå',
    );
  });
});
