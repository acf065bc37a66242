import { describe, expect, it } from 'vitest';
import { meetingPack } from './meeting-pack';
import { MUNICIPALITIES } from './municipalities.fixture';

const COUNTIES = ['25', '24'];
const codes = (pack: ReturnType<typeof meetingPack>) => pack.municipalities.map((m) => m.code);

describe('meetingPack', () => {
  it('holds every municipality the report covers, Norrbotten first, then by name', () => {
    const pack = meetingPack(MUNICIPALITIES, [], 'all', COUNTIES);
    const focus = MUNICIPALITIES.filter((m) => m.focus);
    expect(pack.choice).toEqual({ kind: 'all' });
    expect(codes(pack)).toHaveLength(focus.length);
    expect(pack.municipalities.every((m) => m.focus)).toBe(true);
    const counties = pack.municipalities.map((m) => m.countyCode);
    expect(counties.indexOf('24')).toBe(counties.lastIndexOf('25') + 1);
    const norrbotten = pack.municipalities.filter((m) => m.countyCode === '25').map((m) => m.name);
    expect(norrbotten).toEqual([...norrbotten].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(pack.ignored).toEqual([]);
  });

  it('holds one county when asked for it', () => {
    const pack = meetingPack(MUNICIPALITIES, [], '24', COUNTIES);
    expect(pack.choice).toEqual({ kind: 'county', county: '24' });
    expect(pack.municipalities.length).toBeGreaterThan(0);
    expect(pack.municipalities.every((m) => m.countyCode === '24' && m.focus)).toBe(true);
  });

  it('keeps the order of a list, each once, and names what it leaves out', () => {
    const asked = ['2584', '2580', '2584', '9999', '2283', 'abc'];
    const pack = meetingPack(
      MUNICIPALITIES,
      ['2584', '2580', '9999', '2283'],
      'all',
      COUNTIES,
      asked,
    );
    expect(pack.choice).toEqual({ kind: 'codes' });
    expect(codes(pack)).toEqual(['2584', '2580']);
    // Unknown, outside the report's counties (Sollefteå), malformed.
    expect(pack.ignored).toEqual(['9999', '2283', 'abc']);
  });

  it('a list of which nothing has a sheet falls back to the county, and says so', () => {
    const pack = meetingPack(MUNICIPALITIES, ['2283'], '25', COUNTIES, ['2283', '<b>']);
    expect(pack.choice).toEqual({ kind: 'county', county: '25' });
    expect(pack.municipalities.every((m) => m.countyCode === '25')).toBe(true);
    expect(pack.ignored).toEqual(['2283', '<b>']);
  });

  it('is the whole list when 10 000 codes are asked for', () => {
    const asked = Array.from({ length: 10_000 }, (_, i) => String(1000 + (i % 9000)));
    const pack = meetingPack(MUNICIPALITIES, asked, 'all', COUNTIES, asked);
    expect(codes(pack).sort()).toEqual(
      MUNICIPALITIES.filter((m) => m.focus)
        .map((m) => m.code)
        .sort(),
    );
    expect(pack.ignored).toHaveLength(9000 - codes(pack).length);
  });
});
