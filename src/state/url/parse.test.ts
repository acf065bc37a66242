import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../view-state';
import { read } from './read.fixture';

describe('parseViewState', () => {
  it('reads the plain address as the default view, silently', () => {
    expect(read('')).toEqual({ state: DEFAULT_VIEW, warnings: [] });
    expect(read('?')).toEqual({ state: DEFAULT_VIEW, warnings: [] });
  });

  it('reads every parameter of version 1', () => {
    const { state, warnings } = read(
      '?v=1&lang=en&m=2580&p=lulea-brottning-for-integration&theme=sport,language&tg=adults' +
        '&county=25&kind=project&q=brottning&view=list&metric=population&cmp=2582,2510&links=1&embed=1',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      language: 'en',
      municipality: '2580',
      project: 'lulea-brottning-for-integration',
      themes: ['sport', 'language'],
      targetGroups: ['adults'],
      county: '25',
      kinds: ['project'],
      query: 'brottning',
      view: 'list',
      metric: 'population',
      compare: ['2582', '2510'],
      links: true,
      embed: true,
    });
  });

  it('ignores unknown parameters with a warning', () => {
    const { state, warnings } = read('?m=2580&utm_source=mail&fbclid=x');
    expect(state.municipality).toBe('2580');
    expect(warnings).toEqual([
      'ignored unknown parameter "utm_source"',
      'ignored unknown parameter "fbclid"',
    ]);
  });

  it.each([
    ['lang', 'de', 'language'],
    ['m', '258', 'municipality'],
    ['m', '<script>', 'municipality'],
    ['p', 'Not A Slug', 'project'],
    ['p', `a${'-b'.repeat(80)}`, 'project'],
    ['county', '22', 'county'],
    ['county', 'all', 'county'],
    ['view', 'globe', 'view'],
    ['metric', 'nonsense', 'metric'],
    ['metric', 'import:', 'metric'],
    ['metric', 'import:Ä', 'metric'],
  ])('leaves %s=%s at its default, with a warning', (key, value, field) => {
    const { state, warnings } = read(`?${key}=${encodeURIComponent(value)}`);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(warnings).toEqual([`ignored ${field} "${value}"`]);
  });

  it('keeps the well-formed items of a list, each once, and warns about the rest', () => {
    const { state, warnings } = read(
      '?theme=sport,,Sport,sport,javascript:alert(1)&kind=project,robot&cmp=2582,25821,2582',
    );
    expect(state.themes).toEqual(['sport']);
    expect(state.kinds).toEqual(['project']);
    expect(state.compare).toEqual(['2582']);
    expect(warnings).toEqual([
      'ignored malformed values in "theme"',
      'ignored malformed values in "kind"',
      'ignored malformed values in "cmp"',
    ]);
  });

  it('keeps every well-formed code of the comparison: unknown ones go before the cut to 8', () => {
    const codes = Array.from({ length: 12 }, (_, i) => String(2401 + i));
    expect(read(`?cmp=${codes.join(',')}`).state.compare).toEqual(codes);
  });

  it('cuts what no one typed: a search over 200 characters, a list over 50 items', () => {
    expect(read(`?q=${'a'.repeat(5000)}`).state.query).toHaveLength(200);
    const themes = Array.from({ length: 80 }, (_, i) => `t${i}`);
    expect(read(`?theme=${themes.join(',')}`).state.themes).toHaveLength(50);
    // A huge address is read from its start, without hanging.
    expect(read(`?m=2580&q=${'x'.repeat(1_000_000)}`).state.municipality).toBe('2580');
  });

  it('keeps a search as typed, quotes and all (it is only ever shown as text)', () => {
    const q = '"<img src=x onerror=alert(1)>" & å';
    expect(read(`?q=${encodeURIComponent(q)}`).state.query).toBe(q);
  });

  it('keeps the id of an imported metric this browser may not have (the link names it)', () => {
    expect(read('?metric=import:mottagna-2016').state.metric).toBe('import:mottagna-2016');
  });

  it('reads switches only as 1', () => {
    expect(read('?links=true&embed=yes').state).toMatchObject({ links: false, embed: false });
  });
});
