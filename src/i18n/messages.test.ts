import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { formatNumber, listNames, loadLanguage, translator } from './index';
import { importCatalogues, importTranslator } from './import';
import { sv } from './sv';

const catalogues = { sv, en };

beforeAll(() => loadLanguage('en'));

describe('message catalogues', () => {
  it('have the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.sv).sort());
    for (const messages of Object.values(catalogues)) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
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
  it('names the comparison as the issue asks', () => {
    expect(translator('sv')('compare.title', { name: 'Norsjö' })).toBe('Jämför Norsjö med grannar');
    expect(translator('en')('compare.title', { name: 'Norsjö' })).toBe(
      'Compare Norsjö with neighbours',
    );
  });
  it('joins names as a list in each language', () => {
    expect(listNames('sv', ['Boden', 'Piteå', 'Luleå'])).toBe('Boden, Piteå och Luleå');
    expect(listNames('en', ['Boden', 'Piteå', 'Luleå'])).toBe('Boden, Piteå and Luleå');
  });
});

describe("the import dialog's catalogues", () => {
  it('have the same keys and placeholders in Swedish and English, none empty', () => {
    const { sv, en } = importCatalogues;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(sv) as [keyof typeof sv, string][]) {
      expect(text.trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(holes(en[key]), key).toEqual(holes(text));
    }
  });

  it('share no key with the main catalogue, and fall back to it', () => {
    for (const key of Object.keys(importCatalogues.sv))
      expect(catalogues.sv).not.toHaveProperty(key);
    const t = importTranslator('en', translator('en'));
    expect(t('import.reason.notAYear', { value: '20x6' })).toBe('not a year: "20x6"');
    expect(t('import.open')).toBe(catalogues.en['import.open']);
  });
});
