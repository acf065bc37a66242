// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://example.org/some/page?x=1"}
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../state/store';
import { testRoot } from '../ui/test-root.fixture';
import { ShareButton } from './ShareButton';

const dom = testRoot();
const status = () => dom.container.querySelector('[role="status"]')!.textContent;

async function click() {
  await act(async () => dom.container.querySelector('button')!.click());
}

beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true);
  useViewStore.setState({ municipality: '2584', themes: ['language'], legendOpen: false });
});
afterEach(() => vi.unstubAllGlobals());

describe('sharing the view', () => {
  it('copies the address of exactly this view, on this site, and says so', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    dom.render(<ShareButton />);
    await click();
    const copied = new URL(writeText.mock.calls[0]![0]);
    expect(copied.origin).toBe('https://example.org');
    expect(Object.fromEntries(copied.searchParams)).toEqual({
      v: '1',
      m: '2584',
      theme: 'language',
    });
    expect(status()).toBe('Länken är kopierad');
  });

  it('says so when the browser refuses to copy', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: async () => Promise.reject(new Error('no')) },
    });
    dom.render(<ShareButton />);
    await click();
    expect(status()).toBe('Kunde inte kopiera – kopiera adressen i webbläsaren');
  });
});
