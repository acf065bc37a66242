import { describe, expect, it } from 'vitest';
import { parseMunicipalityStatistics, parseSwedishNumber } from './statistics.ts';
import { sameMunicipalityName } from './validate.ts';

describe('parseSwedishNumber', () => {
  it('reads spaces as thousands separators and a point as the decimal mark', () => {
    expect(parseSwedishNumber('43 891')).toBe(43891);
    expect(parseSwedishNumber('2 980.99')).toBe(2980.99);
    expect(parseSwedishNumber('1\u00a0124')).toBe(1124);
  });
  it('refuses what is not a number', () => {
    expect(parseSwedishNumber('')).toBeNaN();
    expect(parseSwedishNumber('n/a')).toBeNaN();
    expect(parseSwedishNumber('1,5')).toBeNaN();
  });
});

describe('parseMunicipalityStatistics', () => {
  const header = 'Kod,Kommun,Län,Folkmängd,Area,Land\n';
  it('names the record and field of a bad number', () => {
    expect(() =>
      parseMunicipalityStatistics(header + '2480,Umeå kommun,Västerbottens län,x,1,1\n', 'f.csv'),
    ).toThrow('f.csv, record 2480, field Folkmängd: "x" is not a number');
  });
  it('refuses a missing column', () => {
    expect(() => parseMunicipalityStatistics('Kod,Kommun\n2480,Umeå\n', 'f.csv')).toThrow(
      'missing column "Län"',
    );
  });
});

describe('sameMunicipalityName', () => {
  it("matches SCB's genitive and spacing with Lantmäteriet's names", () => {
    expect(sameMunicipalityName('Nordmaling', 'Nordmalings')).toBe(true);
    expect(sameMunicipalityName('Falun', 'Falu')).toBe(true);
    expect(sameMunicipalityName('Upplands-Väsby', 'Upplands Väsby')).toBe(true);
    expect(sameMunicipalityName('Umeå', 'Umeå')).toBe(true);
    expect(sameMunicipalityName('Umeå', 'Luleå')).toBe(false);
  });
});
