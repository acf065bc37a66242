import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../view-state';
import { sheetCodesAsked } from './pack-link';
import { MAX_SHEETS, parseViewState } from './parse';
import { read } from './read.fixture';

describe('parseViewState', () => {
  it('reads the plain address as the default view, silently', () => {
    expect(read('')).toEqual({ state: DEFAULT_VIEW, warnings: [] });
    expect(read('?')).toEqual({ state: DEFAULT_VIEW, warnings: [] });
  });

  it('reads every parameter of version 1', () => {
    const { state, warnings } = read(
      '?v=1&lang=en&m=2580&p=lulea-brottning-for-integration&theme=sport,language&tg=adults' +
        '&county=25&kind=project&q=brottning&view=list&metric=population&cmp=2582,2510&links=1&embed=1' +
        '&year=2017&change=2016-abs&ended=hide',
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
      year: '2017',
      change: '2016-abs',
      compare: ['2582', '2510'],
      sheets: [],
      links: true,
      hideEnded: true,
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

  it('reads items around which a list has spaces or empty places as typed by hand', () => {
    const { state, warnings } = read('?cmp=2582,%202510%20,,&theme=,sport,,language,');
    expect(state.compare).toEqual(['2582', '2510']);
    expect(state.themes).toEqual(['sport', 'language']);
    expect(warnings).toEqual([]);
  });

  it('takes a project id of up to 120 characters', () => {
    const longest = `a${'-b'.repeat(59)}b`;
    expect(longest).toHaveLength(120);
    expect(read(`?p=${longest}`)).toEqual({
      state: { ...DEFAULT_VIEW, project: longest },
      warnings: [],
    });
    expect(read(`?p=${longest}c`).warnings).toEqual([`ignored project "${longest}c"`]);
  });

  it('reads no parameter beyond the first 20 000 characters of the address', () => {
    const padding = `q=${'x'.repeat(20_000)}`;
    expect(read(`?${padding}&m=2580`).state.municipality).toBeNull();
    expect(read(`?m=2580&${padding}`).state.municipality).toBe('2580');
  });

  it('writes its warnings to the console unless told otherwise', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseViewState('?m=2580&utm_source=mail').municipality).toBe('2580');
    expect(warn).toHaveBeenCalledExactlyOnceWith('[url] ignored unknown parameter "utm_source"');
    warn.mockRestore();
  });

  it('cuts what no one typed: a search over 200 characters, a list over 50 items', () => {
    expect(read(`?q=${'a'.repeat(5000)}`).state.query).toHaveLength(200);
    const themes = Array.from({ length: 80 }, (_, i) => `t${i}`);
    expect(read(`?theme=${themes.join(',')}`).state.themes).toHaveLength(50);
    // A huge address is read from its start, without hanging.
    expect(read(`?m=2580&q=${'x'.repeat(1_000_000)}`).state.municipality).toBe('2580');
  });

  it('cuts a long search between characters, never inside an emoji', () => {
    const q = `${'a'.repeat(199)}😀😀`;
    const query = read(`?q=${encodeURIComponent(q)}`).state.query;
    expect(query).toBe(`${'a'.repeat(199)}😀`);
    expect(new URLSearchParams({ q: query }).toString()).not.toContain('%EF%BF%BD');
  });

  it('keeps a search as typed, quotes and all (it is only ever shown as text)', () => {
    const q = '"<img src=x onerror=alert(1)>" & å';
    expect(read(`?q=${encodeURIComponent(q)}`).state.query).toBe(q);
  });

  it('keeps the id of an imported metric this browser may not have (the link names it)', () => {
    expect(read('?metric=import:mottagna-2016').state.metric).toBe('import:mottagna-2016');
  });

  it('opens the fact sheet of the selected municipality (view=sheet, added within version 1)', () => {
    expect(read('?v=1&m=2580&view=sheet')).toEqual({
      state: { ...DEFAULT_VIEW, municipality: '2580', view: 'sheet' },
      warnings: [],
    });
    // A link without a version (version 0) is migrated first, and m= may come from kommun=.
    expect(read('?kommun=2584&view=sheet&lang=en').state).toMatchObject({
      municipality: '2584',
      view: 'sheet',
      language: 'en',
    });
  });

  it.each([
    ['?view=sheet', []],
    ['?view=sheet&m=lulea', ['ignored municipality "lulea"']],
    ['?view=sheet&cmp=2580', []],
  ])('reads %s, a fact sheet of no municipality, as the map', (search, before) => {
    const { state, warnings } = read(search);
    expect(state.view).toBe('map');
    expect(state.municipality).toBeNull();
    expect(warnings).toEqual([...before, 'ignored view "sheet" without a municipality']);
  });

  it('reads switches only as 1', () => {
    expect(read('?links=true&embed=yes').state).toMatchObject({ links: false, embed: false });
  });

  it('reads ended=hide, added within version 1: ended projects left out; anything else shows all', () => {
    expect(read('?v=1&ended=hide')).toEqual({
      state: { ...DEFAULT_VIEW, hideEnded: true },
      warnings: [],
    });
    // A link made before it shows every project, as it did.
    expect(read('?v=1&kind=project').state.hideEnded).toBe(false);
    for (const value of ['1', 'HIDE', 'show', '<script>', 'hide,hide']) {
      const { state, warnings } = read(`?ended=${encodeURIComponent(value)}`);
      expect(state.hideEnded).toBe(false);
      expect(warnings).toEqual([`ignored hideEnded "${value}"`]);
    }
  });

  it('reads the year of a measure over time and its change (added within version 1)', () => {
    expect(read('?v=1&metric=import:folkmangd&year=2018&change=2016-pct')).toEqual({
      state: { ...DEFAULT_VIEW, metric: 'import:folkmangd', year: '2018', change: '2016-pct' },
      warnings: [],
    });
    // Well-formed: whether the measure has the year is known where its years are read.
    expect(read('?year=1899&change=2031-abs').state).toMatchObject({
      year: '1899',
      change: '2031-abs',
    });
  });

  it.each([
    ['year=20x6', 'ignored year "20x6"'],
    ['year=99999', 'ignored year "99999"'],
    ['year=', 'ignored year ""'],
    ['year=2016.5', 'ignored year "2016.5"'],
    ['year=-2016', 'ignored year "-2016"'],
    ['change=2016', 'ignored change "2016"'],
    ['change=abs-2016', 'ignored change "abs-2016"'],
    ['change=2016-pct-abs', 'ignored change "2016-pct-abs"'],
    ['change=2016-PCT', 'ignored change "2016-PCT"'],
  ])('leaves a malformed %s at the latest year, with a warning', (query, warning) => {
    const { state, warnings } = read(`?v=1&${query}`);
    expect(state.year).toBeNull();
    expect(state.change).toBeNull();
    expect(warnings).toEqual([warning]);
  });
});

describe('the meeting pack (view=sheets, m= a list)', () => {
  it('reads m= as the list of the pack, in its order, and selects no municipality', () => {
    const { state, warnings } = read('?v=1&view=sheets&m=2584,2580,2482');
    expect(warnings).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, view: 'sheets', sheets: ['2584', '2580', '2482'] });
    // Also with the parameters in another order, and one code.
    expect(read('?m=2580&view=sheets').state.sheets).toEqual(['2580']);
    expect(read('?m=2580&view=sheets').state.municipality).toBeNull();
  });

  it('is the pack of a county, or of all, without m=', () => {
    expect(read('?view=sheets&county=24').state).toEqual({
      ...DEFAULT_VIEW,
      view: 'sheets',
      county: '24',
    });
    expect(read('?view=sheets')).toEqual({
      state: { ...DEFAULT_VIEW, view: 'sheets' },
      warnings: [],
    });
  });

  it('reads a list in another view as one malformed municipality', () => {
    const { state, warnings } = read('?m=2584,2580');
    expect(state).toEqual(DEFAULT_VIEW);
    expect(warnings).toEqual(['ignored municipality "2584,2580"']);
  });

  it('keeps each well-formed code once and warns about duplicates and garbage', () => {
    const { state, warnings } = read(
      `?view=sheets&m=${encodeURIComponent('2584, 2584,,abc,25801,<script>,2580, 9999')}`,
    );
    expect(state.sheets).toEqual(['2584', '2580', '9999']);
    expect(warnings).toEqual(['ignored malformed values in "m"']);
  });

  it('keeps at most MAX_SHEETS of 10 000 codes, and reads the address without an error', () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => String(1000 + i));
    const { state } = read(`?view=sheets&m=${codes.join(',')}`);
    expect(state.view).toBe('sheets');
    expect(state.sheets).toEqual(codes.slice(0, MAX_SHEETS));
  });

  it.each([
    ['%ZZ', ['%ZZ']],
    [encodeURIComponent('\u0000,\u202e2580'), ['\u0000', '\u202e2580']],
    [encodeURIComponent('javascript:alert(1)'), ['javascript:alert(1)']],
    [encodeURIComponent('x2580,2580x,25 80'), ['x2580', '2580x', '25 80']],
  ])('reads the garbage m=%s as no list, and names it as written', (raw, asked) => {
    const { state, warnings } = read(`?view=sheets&m=${raw}`);
    expect(state).toEqual({ ...DEFAULT_VIEW, view: 'sheets' });
    expect(warnings).toEqual(['ignored malformed values in "m"']);
    expect(sheetCodesAsked(`?view=sheets&m=${raw}`)).toEqual(asked);
  });

  it('names the codes asked for as written, each once, cut, and only in the pack', () => {
    expect(sheetCodesAsked('?view=sheets&m=2584,9999,2584,abc')).toEqual(['2584', '9999', 'abc']);
    expect(sheetCodesAsked(`?view=sheets&m=${'x'.repeat(100)}`)).toEqual(['x'.repeat(20)]);
    expect(sheetCodesAsked('?view=list&m=2584,9999')).toEqual([]);
    expect(sheetCodesAsked('?view=sheets')).toEqual([]);
    const many = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    expect(sheetCodesAsked(`?view=sheets&m=${many}`).length).toBeLessThanOrEqual(1_000);
  });
});
