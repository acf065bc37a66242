import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the end-to-end fixtures', () => {
  it.each(['kolada-n01951-2016-2020.json', 'scb-folkmangd-2016-2020.csv'])(
    '%s is the same file as the unit tests read',
    (file) => {
      const read = (dir: string) => readFileSync(new URL(`${dir}/${file}`, import.meta.url));
      expect(read('../../../e2e/fixtures').equals(read('./fixtures'))).toBe(true);
    },
  );
});
