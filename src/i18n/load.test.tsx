// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { useViewStore } from '../state/store';
import { isLoaded, loadLanguage, translator, useI18n } from './index';

function Title() {
  const { t, language } = useI18n();
  return <p lang={language}>{t('app.tagline')}</p>;
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const container = document.createElement('div');
document.body.append(container);
const root = createRoot(container);
const shown = () => container.querySelector('p')!;

// One file, one module state: the steps below run in order, English unloaded at the start.
describe('the English messages, loaded on demand', () => {
  it('are not there at first: Swedish is, and English cannot be translated yet', () => {
    expect(isLoaded('sv')).toBe(true);
    expect(isLoaded('en')).toBe(false);
    expect(translator('sv')('language.switchTo')).toBe('In English');
    expect(() => translator('en')('language.switchTo')).toThrow(/not loaded/);
  });

  it('show Swedish until English is loaded, then English, without a remount', async () => {
    act(() => useViewStore.getState().setLanguage('en'));
    act(() => root.render(<Title />));
    expect(shown().getAttribute('lang')).toBe('sv');
    expect(shown().textContent).toContain('Norrbottens och Västerbottens kommuner');
    // The hook asked for English itself: it arrives without anyone else loading it.
    await act(async () => {
      await vi.waitFor(() => expect(isLoaded('en')).toBe(true));
    });
    expect(shown().getAttribute('lang')).toBe('en');
    expect(shown().textContent).toBe(
      'Integration work in the municipalities of Norrbotten and Västerbotten',
    );
    act(() => useViewStore.getState().setLanguage('sv'));
    expect(shown().getAttribute('lang')).toBe('sv');
    act(() => root.unmount());
  });

  it('load once: every later call is the same finished load', async () => {
    const first = loadLanguage('en');
    expect(loadLanguage('en')).toBe(first);
    await first;
    expect(translator('en')('language.switchTo')).toBe('På svenska');
    await expect(loadLanguage('sv')).resolves.toBeUndefined();
  });
});
