import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../view-state';
import { migrate, MIGRATIONS } from './migrations';
import { URL_VERSION } from './params';
import { read } from './read.fixture';
import { serialiseViewState } from './serialise';

describe('the list of migrations', () => {
  it('has one migration per version before the current one, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: URL_VERSION }, (_, i) => i));
    for (const m of MIGRATIONS) expect(m.change.trim()).not.toBe('');
  });

  it('leaves a link of the current version as it is (but for the version itself)', () => {
    const params = new URLSearchParams('v=1&m=2580&kommun=2581');
    expect(migrate(params, () => undefined).toString()).toBe('m=2580&kommun=2581');
    // The input is not changed.
    expect(params.get('v')).toBe('1');
  });
});

describe('version 0 → 1: kommun= became m=', () => {
  it('reads kommun= of a link with v=0 as the selected municipality', () => {
    expect(read('?v=0&kommun=2580')).toEqual({
      state: { ...DEFAULT_VIEW, municipality: '2580' },
      warnings: [],
    });
  });

  it('reads a link without a version as version 0', () => {
    expect(read('?kommun=2506&lang=en').state).toMatchObject({
      municipality: '2506',
      language: 'en',
    });
  });

  it('lets m= win when an old link has both', () => {
    expect(read('?v=0&kommun=2580&m=2581').state.municipality).toBe('2581');
  });

  it('checks the migrated value like any other', () => {
    const { state, warnings } = read('?v=0&kommun=lulea');
    expect(state.municipality).toBeNull();
    expect(warnings).toEqual(['ignored municipality "lulea"']);
  });

  it('writes the migrated view as a link of the current version', () => {
    expect(serialiseViewState(read('?v=0&kommun=2580&metric=population').state)).toBe(
      '?v=1&m=2580&metric=population',
    );
  });

  it('does not read kommun= in a link of version 1, where it means nothing', () => {
    const { state, warnings } = read('?v=1&kommun=2580');
    expect(state.municipality).toBeNull();
    expect(warnings).toEqual(['ignored unknown parameter "kommun"']);
  });
});

describe('reading the version', () => {
  it('reads the version as a whole number: v=00 is version 0, v=01 version 1', () => {
    expect(read('?v=00&kommun=2580')).toEqual({
      state: { ...DEFAULT_VIEW, municipality: '2580' },
      warnings: [],
    });
    expect(read('?v=01&kommun=2580').warnings).toEqual(['ignored unknown parameter "kommun"']);
  });
});

describe('unknown versions', () => {
  it.each(['2', '99', 'x', '-1', '1.0', ''])(
    'reads v=%s as the current version, with a warning',
    (v) => {
      const { state, warnings } = read(`?v=${v}&m=2580&kommun=2581`);
      expect(state.municipality).toBe('2580');
      expect(warnings[0]).toBe(`unknown URL version "${v}", read as version ${URL_VERSION}`);
    },
  );
});

describe('year= and change=, added within version 1', () => {
  it('reads a link made before them as the latest year, and an old v=0 link with them alike', () => {
    expect(read('?v=1&metric=import:folkmangd').state).toMatchObject({ year: null, change: null });
    expect(read('?kommun=2580&year=2017').state).toMatchObject({
      municipality: '2580',
      year: '2017',
    });
  });
});
