// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testRoot } from '../ui/test-root.fixture';
import { FactSheetPage } from './FactSheetPage';

const dom = testRoot();
afterEach(() => vi.unstubAllGlobals());

/** The page with every data file answered by `answer` (status, or a hang for 'wait'). */
function pageWith(answer: (file: string) => number | 'wait') {
  const fetch = vi.fn((url: string) => {
    const status = answer(String(url).split('/').pop()!);
    return status === 'wait'
      ? new Promise(() => {})
      : Promise.resolve({ ok: false, status, json: async () => null });
  });
  vi.stubGlobal('fetch', fetch);
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  dom.render(
    <QueryClientProvider client={client}>
      <FactSheetPage code="2580" />
    </QueryClientProvider>,
  );
  return fetch;
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

describe('the fact sheet page', () => {
  it('says it is loading while the files are on their way', () => {
    pageWith(() => 'wait');
    expect(dom.container.querySelector('main')?.textContent).toBe('Laddar …');
  });

  it('says which file failed, with a retry that fetches it again: never a blank page', async () => {
    const fetch = pageWith((file) => (file === 'catalogue.json' ? 503 : 'wait'));
    await settle();
    const alert = dom.container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('projektkatalogen');
    expect(alert.textContent).toContain('catalogue.json: HTTP 503');
    const tries = () => fetch.mock.calls.filter(([url]) => url.endsWith('catalogue.json')).length;
    expect(tries()).toBe(2);
    act(() => alert.querySelector('button')!.click());
    await settle();
    expect(tries()).toBe(4);
  });

  it('names the map files first when they fail too', async () => {
    pageWith((file) => (file === 'counties.json' || file === 'catalogue.json' ? 500 : 'wait'));
    await settle();
    expect(dom.container.querySelector('[role="alert"]')?.textContent).toContain('länsgränserna');
  });
});
