import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dataTimeoutMs, fetchDataFile } from './load';

/** A fetch that never answers, only gives up when its signal aborts. */
function hangingFetch(): typeof fetch {
  return (_url, init) =>
    new Promise((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason as Error));
    });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataFile', () => {
  it('gives up on a request that hangs, with a message that says so', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    await expect(fetchDataFile('catalogue.json', z.unknown(), undefined, 50)).rejects.toThrow(
      'catalogue.json: no answer within 0.1 s',
    );
  });

  it('gives up on a body that stalls after the headers', async () => {
    vi.stubGlobal('fetch', (async (_url: string, init?: RequestInit) => ({
      ok: true,
      status: 200,
      json: () =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    })) as unknown as typeof fetch);
    await expect(fetchDataFile('counties.json', z.unknown(), undefined, 50)).rejects.toThrow(
      'counties.json: no answer within 0.1 s',
    );
  });

  it('still says when the caller cancelled, or the network failed', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    const controller = new AbortController();
    const fetching = fetchDataFile('basemap.geojson', z.unknown(), controller.signal, 10_000);
    controller.abort(new Error('cancelled'));
    await expect(fetching).rejects.toThrow('basemap.geojson: network error (cancelled)');
  });

  it('waits 20 s unless a test asks for less', () => {
    expect(dataTimeoutMs()).toBe(20_000);
    vi.stubGlobal('integrationskartanDataTimeoutMs', 1500);
    expect(dataTimeoutMs()).toBe(1500);
    vi.stubGlobal('integrationskartanDataTimeoutMs', 'soon');
    expect(dataTimeoutMs()).toBe(20_000);
  });
});
