import { describe, expect, it } from 'vitest';
import { catalogues, formatNumber, translator } from './index';

describe('message catalogues', () => {
  it('have the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.sv).sort());
    for (const messages of Object.values(catalogues)) {
      for (const [key, text] of Object.entries(messages)) expect(text, key).not.toBe('');
    }
  });
  it('use the same placeholders in both languages', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(catalogues.sv) as (keyof typeof catalogues.sv)[]) {
      expect(holes(catalogues.en[key]), key).toEqual(holes(catalogues.sv[key]));
    }
  });
  it('fills placeholders', () => {
    expect(translator('en')('data.error', { what: 'x' })).toBe('Could not load x.');
  });
  it('formats numbers for the language', () => {
    expect(formatNumber('sv', 1124).replace(/\s/g, ' ')).toBe('1 124');
    expect(formatNumber('en', 1124)).toBe('1,124');
  });
});
