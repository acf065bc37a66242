import MiniSearch from 'minisearch';
import { beforeEach, describe, expect, it } from 'vitest';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import { PROJECTS as projects } from '../catalogue.fixture';
import { createProjectSearch, highlightSegments } from './search';

const NAMES = new Map(Object.entries({ ...FOCUS_MUNICIPALITY_NAMES, '2284': 'Örnsköldsvik' }));

// Made for each test, not while the tests are collected: the mutation run records which
// tests reach a mutant, and switches it on, only around the tests themselves.
let index: ReturnType<typeof createProjectSearch>;
beforeEach(() => {
  index = createProjectSearch(projects, NAMES, MiniSearch);
});
const ids = (query: string) => index.search(query).map((h) => h.id);

describe('createProjectSearch', () => {
  it('finds a theme or target group by its label, in either language', () => {
    const labels = {
      themes: new Map([['language', 'Språk ; Language']]),
      targetGroups: new Map([['youth', 'Unga ; Young people']]),
    };
    const withLabels = createProjectSearch(projects, NAMES, MiniSearch, labels);
    const theme = projects.filter((p) => p.themes.includes('language')).map((p) => p.id);
    expect(theme.length).toBeGreaterThan(0);
    const found = (q: string) => withLabels.search(q).map((h) => h.id);
    expect(new Set(found('språk'))).toEqual(new Set([...theme, ...found('språk')]));
    for (const id of theme) expect(found('sprak')).toContain(id);
    for (const id of theme) expect(found('Language')).toContain(id);
    // Without the labels only the texts that say "språk" are found.
    expect(ids('språk').length).toBeLessThanOrEqual(found('språk').length);
  });

  it('ignores case and Swedish letters, in the query and in the text', () => {
    const folded = ids('alvsbyn');
    expect(folded).toContain('alvsbyn-framtid-ihop');
    expect(ids('ÄLVSBYN')).toEqual(folded);
    expect(ids('Älvsbyn')).toEqual(folded);
    // Älvsbyn also takes part in the guide practice and the integration educator training.
    expect(new Set(folded)).toEqual(
      new Set([
        'alvsbyn-framtid-ihop',
        'region-fadder-guide-van-vanfamilj',
        'pitea-yrkesutbildning-integrationspedagog',
      ]),
    );
  });

  it('finds records by title, partner and English text', () => {
    expect(ids('brottning')).toEqual(['lulea-brottning-for-integration']);
    expect(ids('Filmpool')).toEqual(['lulea-filmskaparprojekt-ensamkommande']);
    expect(ids('wrestling')).toEqual(['lulea-brottning-for-integration']);
    expect(ids('forest')[0]).toBe('dorotea-skogen-som-integrationsplats');
  });

  it('finds records by contact name and municipality name', () => {
    expect(ids('Helena Steen')).toEqual(['vilhelmina-idrott-for-alla']);
    expect(ids('Örnsköldsvik')).toEqual(['region-umearegionens-flyktingsamordning']);
  });

  it('tolerates a typo in a longer word', () => {
    expect(ids('brotning')).toEqual(['lulea-brottning-for-integration']);
  });

  it('treats the last word as a prefix and requires every word', () => {
    expect(ids('brott')).toContain('lulea-brottning-for-integration');
    expect(ids('kollektivtrafik pite')).toEqual(['pitea-kollektivtrafik-med-integration-i-sikte']);
    expect(ids('kollektivtrafik')).toHaveLength(3);
    expect(ids('brottning filmpool')).toEqual([]);
  });

  it('ranks title matches first', () => {
    expect(ids('Umeå')[0]).toBe('umea-in-i-umea');
  });

  it('reports the matched index terms, folded', () => {
    const [hit] = index.search('Älvsbyn');
    expect(hit?.id).toBe('alvsbyn-framtid-ihop');
    expect(hit?.terms).toContain('alvsbyn');
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   \n\t')).toEqual([]);
  });

  it('never throws on odd input', () => {
    const odd = [
      '"',
      '"brottning',
      "'; DROP TABLE projects; --",
      '🙂',
      '🙂🙂 🤼‍♂️',
      '***',
      '\\',
      '(',
      '[a-z]+',
      '\u0000',
      'Ä\u0308',
      'a'.repeat(2000),
      'ab '.repeat(700),
      'brottning '.repeat(200),
      'x🙂'.repeat(1000),
    ];
    for (const q of odd) {
      expect(() => index.search(q), JSON.stringify(q.slice(0, 20))).not.toThrow();
    }
    // Symbols without letters are no search terms, so they neither match nor block the rest.
    expect(ids('🙂')).toEqual([]);
    expect(ids('brottning 🙂')).toEqual(['lulea-brottning-for-integration']);
    expect(ids('"brottning"')).toEqual(['lulea-brottning-for-integration']);
    // Not a string (a hand-made call from a URL or storage): no hits, no throw.
    expect(index.search(undefined as unknown as string)).toEqual([]);
    expect(index.search(42 as unknown as string)).toEqual([]);
  });

  it('reads at most 200 characters of a query', () => {
    expect(ids(`${' '.repeat(200)}brottning`)).toEqual([]);
    expect(ids(`${' '.repeat(190)}brottning`)).toEqual(['lulea-brottning-for-integration']);
  });
});

describe('what a search looks in', () => {
  // One project whose partner, contact and municipalities are words found nowhere else, so each
  // field is tried on its own.
  const base = projects.find((p) => p.id === 'lulea-brottning-for-integration')!;
  const only = {
    ...base,
    id: 'only',
    partners: ['Zyxwerk AB'],
    contacts: [{ name: 'Quillan Voss' }],
    lead: '2514',
    municipalities: ['2514', '2521'],
  };
  const region = {
    ...only,
    id: 'region',
    partners: [],
    contacts: [],
    lead: null,
    municipalities: ['2505'],
  };
  const find = (query: string) =>
    createProjectSearch([only, region], NAMES, MiniSearch)
      .search(query)
      .map((h) => h.id);

  it('finds a project by its partner, its contact and each of its municipalities', () => {
    expect(find('Zyxwerk')).toEqual(['only']);
    expect(find('Quillan Voss')).toEqual(['only']);
    expect(find('Kalix')).toEqual(['only']); // the lead
    expect(find('Pajala')).toEqual(['only']); // a participant
    expect(find('Arvidsjaur')).toEqual(['region']); // a region-wide practice's municipality
  });

  it('tolerates a typo only in words of five letters or more', () => {
    expect(find('Zyxwerq')).toEqual(['only']);
    expect(find('Kalyx')).toEqual(['only']);
    expect(find('Pajala Kalyx')).toEqual(['only']);
    expect(find('Vosz Pajala')).toEqual([]); // four letters: no typo allowed
    expect(find('Voss Pajala')).toEqual(['only']);
  });

  it('builds its index once, on prepare or on the first search', () => {
    const search = createProjectSearch([only], NAMES, MiniSearch);
    search.prepare();
    expect(search.search('Zyxwerk').map((h) => h.id)).toEqual(['only']);
  });
});

describe('highlightSegments', () => {
  it('keeps the original word, accents included, and marks it for its folded term', () => {
    expect(highlightSegments('Framtid ihop – Älvsbyn', ['alvsbyn'])).toEqual([
      { text: 'Framtid ihop – ', match: false },
      { text: 'Älvsbyn', match: true },
    ]);
  });

  it('marks every word starting with a term, whatever the case of text and term', () => {
    const segments = highlightSegments('ÄLVSBYN och älvsbyns folkhögskola', ['ÄLVSBYN']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['ÄLVSBYN', 'älvsbyns']);
  });

  it('gives back the text unchanged when joined', () => {
    const text = 'Brottning för integration – Alla ska kunna delta. ”Slussen” (Umeå/Piteå)';
    const segments = highlightSegments(text, ['brottning', 'umea', 'pitea', 'slussen']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual([
      'Brottning',
      'Slussen',
      'Umeå',
      'Piteå',
    ]);
  });

  it('marks nothing without terms, and ignores empty terms', () => {
    expect(highlightSegments('Idrott för alla', [])).toEqual([
      { text: 'Idrott för alla', match: false },
    ]);
    expect(highlightSegments('Idrott för alla', ['', ' '])).toEqual([
      { text: 'Idrott för alla', match: false },
    ]);
    expect(highlightSegments('', ['x'])).toEqual([]);
  });

  it('highlights the terms a search reported', () => {
    const [hit] = index.search('brotning');
    const project = projects.find((p) => p.id === hit?.id);
    const marked = highlightSegments(project!.title.sv, hit!.terms).filter((s) => s.match);
    expect(marked.map((s) => s.text)).toEqual(['Brottning']);
  });
});

describe('the search index, built when first needed', () => {
  it('answers the same with or without prepare(), and prepare() builds it only once', () => {
    const lazy = createProjectSearch(projects, NAMES, MiniSearch);
    const prepared = createProjectSearch(projects, NAMES, MiniSearch);
    prepared.prepare();
    prepared.prepare();
    expect(lazy.search('alvsbyn')).toEqual(prepared.search('alvsbyn'));
    expect(prepared.search('alvsbyn').map((h) => h.id)).toContain('alvsbyn-framtid-ihop');
  });

  it('reads the projects only when built: a list filled in later is indexed in full', () => {
    const later: typeof projects = [];
    const search = createProjectSearch(later, NAMES, MiniSearch);
    later.push(...projects);
    expect(search.search('alvsbyn').map((h) => h.id)).toContain('alvsbyn-framtid-ihop');
  });
});
