import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../view-state';
import { parseViewState } from './parse';
import { read } from './read.fixture';
import { pickViewState, serialiseViewState } from './serialise';

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

/** Views a user can reach, one field or several at a time. */
const VIEWS: ViewState[] = [
  DEFAULT_VIEW,
  view({ language: 'en' }),
  view({ municipality: '2580' }),
  view({ municipality: '2580', project: 'lulea-brottning-for-integration' }),
  view({ themes: ['transport', 'sport'], targetGroups: ['children-and-young-people'] }),
  view({ targetGroups: ['newly-arrived-adults', 'women'], kinds: ['project', 'service'] }),
  view({ county: '25', kinds: ['project', 'network'] }),
  view({ query: 'brottning & "integration", 50% – å ä ö' }),
  view({ view: 'list' }),
  view({ view: 'figures', language: 'en' }),
  view({ metric: 'population', municipality: '2480' }),
  view({ metric: 'import:mottagna-2016' }),
  view({ metric: 'import:folkmangd', year: '2018' }),
  view({ metric: 'import:folkmangd', year: '2020', change: '2016-abs' }),
  view({ metric: 'import:folkmangd', change: '2019-pct', municipality: '2506' }),
  view({ compare: ['2582', '2510', '2523', '2580', '2581', '2560', '2513'] }),
  view({ links: true, embed: true, metric: 'density' }),
  view({ view: 'sheet', municipality: '2580' }),
  view({ hideEnded: true }),
  view({ hideEnded: true, kinds: ['project'], view: 'list', language: 'en' }),
  view({ view: 'sheet', municipality: '2506', language: 'en' }),
  view({ view: 'sheets' }),
  view({ view: 'sheets', county: '24', language: 'en' }),
  view({ view: 'sheets', sheets: ['2584', '2580', '2482'] }),
  view({
    language: 'en',
    municipality: '2584',
    project: 'kiruna-cafe-metropol',
    themes: ['language'],
    targetGroups: ['adults'],
    county: '24',
    kinds: ['service'],
    query: 'kaffe',
    view: 'list',
    metric: 'projectsPer10k',
    compare: ['2584', '2523', '2521'],
    links: true,
    embed: false,
  }),
];

describe('serialiseViewState', () => {
  it('gives the plain address for the default view', () => {
    expect(serialiseViewState(DEFAULT_VIEW)).toBe('');
  });

  it('writes the version first and leaves defaults out', () => {
    expect(serialiseViewState(view({ municipality: '2580', metric: 'population' }))).toBe(
      '?v=1&m=2580&metric=population',
    );
    expect(serialiseViewState(view({ county: 'all', view: 'map', language: 'sv' }))).toBe('');
  });

  it('writes ended=hide only when ended projects are hidden', () => {
    expect(serialiseViewState(view({ hideEnded: true }))).toBe('?v=1&ended=hide');
    expect(serialiseViewState(view({ hideEnded: false }))).toBe('');
  });

  it('writes the fact sheet as view=sheet beside its municipality', () => {
    expect(serialiseViewState(view({ view: 'sheet', municipality: '2580', language: 'en' }))).toBe(
      '?v=1&lang=en&m=2580&view=sheet',
    );
  });

  it('writes the meeting pack as view=sheets with its list in m=, in its order', () => {
    expect(serialiseViewState(view({ view: 'sheets', sheets: ['2584', '2580'] }))).toBe(
      '?v=1&view=sheets&m=2584%2C2580',
    );
    expect(serialiseViewState(view({ view: 'sheets', county: '25' }))).toBe(
      '?v=1&county=25&view=sheets',
    );
    // The list belongs to the pack: no other view writes it.
    expect(serialiseViewState(view({ view: 'list', sheets: ['2584'] }))).toBe('?v=1&view=list');
  });

  it('writes lists comma-separated, in their order (the comparison’s base first)', () => {
    expect(serialiseViewState(view({ compare: ['2582', '2510'], themes: ['a', 'b'] }))).toBe(
      '?v=1&theme=a%2Cb&cmp=2582%2C2510',
    );
  });

  it.each(VIEWS.map((v, i) => [i, v] as const))('round-trips view %i through the URL', (_, v) => {
    const search = serialiseViewState(v);
    expect(read(search)).toEqual({ state: v, warnings: [] });
    // And once more: the address of the parsed view is the same address.
    expect(serialiseViewState(parseViewState(search))).toBe(search);
  });

  it('keeps only the view state of a store with actions in it', () => {
    const store = { ...view({ municipality: '2580' }), selectMunicipality: () => undefined };
    expect(pickViewState(store)).toEqual(view({ municipality: '2580' }));
    expect(Object.keys(pickViewState(store)).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
  });
});
