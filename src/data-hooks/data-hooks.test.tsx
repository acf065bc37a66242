// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://127.0.0.1:4173/"}
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../domain/catalogue.fixture';
import { MUNICIPALITIES } from '../domain/municipalities.fixture';
import { learnIds, startUrlSync } from '../state/history';
import { useViewStore } from '../state/store';
import { testRoot } from '../ui/test-root.fixture';
import { useCatalogue } from './catalogue';
import { useCatalogueFailure } from './failures';
import { loadedData, municipalitiesFile } from './loaded-data.fixture';
import { useMunicipalities, useSelected } from './municipalities';
import { useResults } from './results';

const dom = testRoot();
const useSelection = () => [useSelected(), useMunicipalities()];

/** What each rendered view read, in render order. */
let seen: unknown[][] = [];
function Reader({ useRead }: { useRead: () => unknown[] }) {
  seen.push(useRead());
  return null;
}

/** A fetch answering each data file with `files[name]`, or with `status` for the others. */
function serve(files: Record<string, unknown>, status = 404) {
  const fetch = vi.fn(async (url: string) => {
    const name = String(url).split('/').pop()!;
    return name in files
      ? { ok: true, status: 200, json: async () => files[name] }
      : { ok: false, status, json: async () => null };
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Waits until `done` holds, letting the queries settle between looks. */
async function until(done: () => boolean) {
  for (let i = 0; i < 100 && !done(); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  expect(done()).toBe(true);
}

let stopSync: (() => void) | null = null;
beforeEach(() => {
  seen = [];
  useViewStore.setState(useViewStore.getInitialState(), true);
});
afterEach(() => {
  stopSync?.();
  stopSync = null;
  learnIds({ municipalities: undefined, projects: undefined, themes: undefined });
  learnIds({ targetGroups: undefined });
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the data hooks', () => {
  it('give every view the same index of a file: made once, whoever asks', () => {
    const data = loadedData({
      catalogue: CATALOGUE,
      municipalities: municipalitiesFile(MUNICIPALITIES),
    });
    const useRead = () => [useCatalogue(), useMunicipalities()];
    dom.render(
      data.provide([<Reader key="a" useRead={useRead} />, <Reader key="b" useRead={useRead} />]),
    );
    const [[catalogueA, municipalitiesA], [catalogueB, municipalitiesB]] = seen as [
      [ReturnType<typeof useCatalogue>, ReturnType<typeof useMunicipalities>],
      [unknown, unknown],
    ];
    expect(catalogueA!.byId.get('kiruna-cafe-metropol')?.lead).toBe('2584');
    expect(catalogueB).toBe(catalogueA);
    expect(municipalitiesA.list).toHaveLength(MUNICIPALITIES.length);
    expect(municipalitiesA.list[0]!.focus).toBe(true);
    expect(municipalitiesB).toBe(municipalitiesA);
  });

  it('narrow the catalogue by the view state, one answer for every view of a render', () => {
    const data = loadedData({ catalogue: CATALOGUE });
    const useRead = () => [useResults()];
    dom.render(
      data.provide([<Reader key="a" useRead={useRead} />, <Reader key="b" useRead={useRead} />]),
    );
    const unfiltered = seen[0]![0] as NonNullable<ReturnType<typeof useResults>>;
    expect(unfiltered.active).toBe(false);
    expect(unfiltered.projects).toHaveLength(CATALOGUE.projects.length);
    expect(seen[1]![0]).toBe(unfiltered);

    seen = [];
    act(() => useViewStore.getState().toggleTheme('transport'));
    const [first, second] = seen.slice(-2).map(([results]) => results) as [
      NonNullable<ReturnType<typeof useResults>>,
      unknown,
    ];
    expect(first.active).toBe(true);
    expect(new Set(first.countByMunicipality.keys())).toEqual(new Set(['2581', '2521', '2417']));
    expect(second).toBe(first);
  });

  it('read the selected municipality once the map has it', () => {
    useViewStore.getState().selectMunicipality('2580');
    const data = loadedData({ municipalities: municipalitiesFile(MUNICIPALITIES) });
    dom.render(data.provide(<Reader useRead={useSelection} />));
    expect((seen.at(-1)![0] as { name: string }).name).toBe('Luleå');
  });

  it('read no municipalities while their file loads', () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    useViewStore.getState().selectMunicipality('2580');
    dom.render(loadedData({}).provide(<Reader useRead={useSelection} />));
    const [selected, municipalities] = seen.at(-1) as [
      unknown,
      ReturnType<typeof useMunicipalities>,
    ];
    expect(selected).toBeUndefined();
    expect(municipalities.list).toEqual([]);
  });

  it("tell the address bar the ids a file defines as it arrives: a link's unknown ones leave", async () => {
    window.history.replaceState(null, '', '/?v=1&m=9999&p=no-such-project&theme=transport,cooking');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stopSync = startUrlSync(window);
    expect(useViewStore.getState()).toMatchObject({
      municipality: '9999',
      project: 'no-such-project',
    });
    const fetch = serve({
      'catalogue.json': CATALOGUE,
      'municipalities.geojson': municipalitiesFile(MUNICIPALITIES),
    });
    const client = new QueryClient();
    const useRead = () => [useCatalogue(), useMunicipalities()];
    dom.render(
      <QueryClientProvider client={client}>
        <Reader useRead={useRead} />
      </QueryClientProvider>,
    );
    await until(() => useViewStore.getState().municipality === null);
    await until(() => useViewStore.getState().project === null);
    expect(useViewStore.getState().themes).toEqual(['transport']);
    expect(window.location.search).toBe('?v=1&theme=transport');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('name a file that failed, with a retry that fetches it again', async () => {
    const fetch = serve({}, 503);
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
    const useRead = () => [useCatalogueFailure(), useCatalogue()];
    dom.render(
      <QueryClientProvider client={client}>
        <Reader useRead={useRead} />
      </QueryClientProvider>,
    );
    await until(() => seen.at(-1)![0] !== null);
    const failure = seen.at(-1)![0] as NonNullable<ReturnType<typeof useCatalogueFailure>>;
    expect(failure.what).toBe('projektkatalogen');
    expect(failure.detail).toBe('catalogue.json: HTTP 503');
    // Tried twice (one retry) before it says so.
    expect(fetch).toHaveBeenCalledTimes(2);

    serve({ 'catalogue.json': CATALOGUE });
    act(() => failure.onRetry());
    await until(() => seen.at(-1)![1] !== null);
    expect(seen.at(-1)![0]).toBeNull();
  });
});
