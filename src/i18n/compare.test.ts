import { describe, expect, it } from 'vitest';
import { compareMessages, compareTranslator, listNames, type CompareKey } from './compare';

describe('comparison texts', () => {
  it('have the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(compareMessages.en).sort()).toEqual(Object.keys(compareMessages.sv).sort());
    for (const messages of Object.values(compareMessages)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
    }
  });
  it('use the same placeholders in both languages', () => {
    const holes = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
    for (const key of Object.keys(compareMessages.sv) as CompareKey[]) {
      expect(holes(compareMessages.en[key]), key).toEqual(holes(compareMessages.sv[key]));
    }
  });
  it('names the landmark as the issue asks', () => {
    expect(compareTranslator('sv')('compare.title', { name: 'Norsjö' })).toBe(
      'Jämför Norsjö med grannar',
    );
    expect(compareTranslator('en')('compare.title', { name: 'Norsjö' })).toBe(
      'Compare Norsjö with neighbours',
    );
  });
  it('joins names as a list in each language', () => {
    expect(listNames('sv', ['Boden', 'Piteå', 'Luleå'])).toBe('Boden, Piteå och Luleå');
    expect(listNames('en', ['Boden', 'Piteå', 'Luleå'])).toBe('Boden, Piteå and Luleå');
  });
});
