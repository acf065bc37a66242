import { describe, expect, it } from 'vitest';
import { MAX_COMPARE } from '../domain/compare';
import { sanitiseViewState, type KnownIds } from './sanitise';
import { DEFAULT_VIEW, type ViewState } from './view-state';

const KNOWN: KnownIds = {
  municipalities: new Set([
    '2580',
    '2581',
    '2582',
    '2510',
    '2513',
    '2514',
    '2518',
    '2521',
    '2523',
    '2560',
    '2584',
    '2283',
  ]),
  projects: new Set(['kiruna-cafe-metropol']),
  themes: new Set(['transport', 'sport']),
  targetGroups: new Set(['adults']),
  importedMetrics: [{ id: 'import:mottagna' }],
};

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe('sanitiseViewState', () => {
  it('drops the unknown codes of a meeting pack, keeping the order of the rest', () => {
    const { state, dropped } = sanitiseViewState(
      view({ view: 'sheets', sheets: ['9999', '2584', '0000', '2580', '2283'] }),
      KNOWN,
    );
    expect(state.sheets).toEqual(['2584', '2580', '2283']);
    expect(dropped).toEqual([
      { field: 'sheets', value: '9999' },
      { field: 'sheets', value: '0000' },
    ]);
  });

  it('selects no municipality in a meeting pack, and keeps no pack list in another view', () => {
    expect(sanitiseViewState(view({ view: 'sheets', municipality: '2580' }), KNOWN).state).toEqual(
      view({ view: 'sheets' }),
    );
    expect(sanitiseViewState(view({ view: 'list', sheets: ['2580'] }), KNOWN).state).toEqual(
      view({ view: 'list' }),
    );
  });

  it('shows the map for the fact sheet of a municipality the map does not have', () => {
    const { state, dropped } = sanitiseViewState(
      view({ municipality: '9999', view: 'sheet' }),
      KNOWN,
    );
    expect(state).toEqual(view({ municipality: null, view: 'map' }));
    expect(dropped).toEqual([{ field: 'municipality', value: '9999' }]);
    const known = view({ municipality: '2584', view: 'sheet' });
    expect(sanitiseViewState(known, KNOWN).state).toBe(known);
  });

  it('gives back the very view when every id is known', () => {
    const state = view({
      municipality: '2580',
      project: 'kiruna-cafe-metropol',
      themes: ['sport'],
      targetGroups: ['adults'],
      compare: ['2582', '2510'],
      metric: 'import:mottagna',
    });
    expect(sanitiseViewState(state, KNOWN)).toEqual({ state, dropped: [], missingImport: null });
    expect(sanitiseViewState(state, KNOWN).state).toBe(state);
  });

  it('drops an unknown theme, so that no filter matches nothing', () => {
    const { state, dropped } = sanitiseViewState(view({ themes: ['nonexistent', 'sport'] }), KNOWN);
    expect(state.themes).toEqual(['sport']);
    expect(dropped).toEqual([{ field: 'themes', value: 'nonexistent' }]);
    expect(sanitiseViewState(view({ themes: ['nonexistent'] }), KNOWN).state).toEqual(DEFAULT_VIEW);
  });

  it('drops an unknown municipality, project and target group', () => {
    const { state, dropped } = sanitiseViewState(
      view({ municipality: '9999', project: 'no-such-project', targetGroups: ['martians'] }),
      KNOWN,
    );
    expect(state).toEqual(DEFAULT_VIEW);
    expect(dropped.map((d) => d.field)).toEqual(['municipality', 'project', 'targetGroups']);
  });

  it('drops unknown codes of the comparison before it cuts to MAX_COMPARE', () => {
    const good = ['2582', '2510', '2513', '2514', '2518', '2521', '2523', '2560', '2584'];
    const compare = ['0000', '9999', ...good];
    const { state, dropped } = sanitiseViewState(view({ compare }), KNOWN);
    expect(state.compare).toEqual(good.slice(0, MAX_COMPARE));
    // Eight columns is what the comparison shows: a ninth would be cut off the table.
    expect(state.compare).toHaveLength(8);
    expect(dropped).toEqual([
      { field: 'compare', value: '0000' },
      { field: 'compare', value: '9999' },
      { field: 'compare', value: '2584' },
    ]);
  });

  it('keeps a municipality outside the counties: the map has it as context', () => {
    expect(sanitiseViewState(view({ municipality: '2283' }), KNOWN).dropped).toEqual([]);
  });

  it('falls back to the default metric for an imported metric this browser lacks, and names it', () => {
    const result = sanitiseViewState(view({ metric: 'import:annat' }), KNOWN);
    expect(result.state.metric).toBe(DEFAULT_VIEW.metric);
    expect(result.missingImport).toBe('annat');
    expect(sanitiseViewState(view({ metric: 'population' }), KNOWN).missingImport).toBeNull();
  });

  it('leaves the ids of a file that has not loaded yet alone', () => {
    const state = view({
      municipality: '9999',
      project: 'no-such-project',
      themes: ['nonexistent'],
      compare: Array.from({ length: 12 }, (_, i) => String(2401 + i)),
    });
    expect(sanitiseViewState(state, {}).state).toBe(state);
    const onlyMap = sanitiseViewState(state, { municipalities: KNOWN.municipalities });
    expect(onlyMap.state).toEqual({ ...state, municipality: null, compare: [] });
  });

  it('drops a year and a change but of a measure over several years', () => {
    const known: KnownIds = {
      importedMetrics: [
        { id: 'import:mottagna' },
        { id: 'import:folkmangd', seriesRecord: { version: 2, years: [2016, 2020] } },
      ],
    };
    const asked = { year: '2016', change: '2016-abs' };
    expect(
      sanitiseViewState(view({ metric: 'import:folkmangd', ...asked }), known).dropped,
    ).toEqual([]);
    for (const metric of ['import:mottagna', 'population', 'import:annan']) {
      const sane = sanitiseViewState(view({ metric, ...asked }), known);
      expect(sane.state).toMatchObject({ year: null, change: null });
      expect(sane.dropped).toContainEqual({ field: 'year', value: '2016' });
    }
  });
});
