// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://kommun.example/karta/?embed=1"}
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useViewStore } from '../state/store';
import { testRoot } from '../ui/test-root.fixture';
import { EmbedLayout } from './EmbedLayout';

const dom = testRoot();
const link = () => dom.container.querySelector<HTMLAnchorElement>('a.embed-link')!;
const narrowed = () => dom.container.querySelector('[data-testid="embed-filtered"]');

beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true);
  useViewStore.setState({ embed: true, municipality: '2580' });
});

describe('the embedded map', () => {
  it('links to the same view in full, on this site, in a new tab', () => {
    dom.render(<EmbedLayout banner={null}>map</EmbedLayout>);
    const href = new URL(link().href);
    expect(href.origin).toBe('https://kommun.example');
    expect(href.searchParams.get('m')).toBe('2580');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(link().target).toBe('_blank');
    expect(link().rel).toBe('noopener noreferrer');
    expect(narrowed()).toBeNull();
  });

  it('says when filters or a search narrow what it shows', () => {
    dom.render(<EmbedLayout banner={null}>map</EmbedLayout>);
    act(() => {
      useViewStore.getState().toggleTheme('transport');
      useViewStore.getState().setCounty('25');
      useViewStore.getState().setQuery('  buss ');
    });
    expect(narrowed()?.textContent).toContain('2 aktiva');
    expect(narrowed()?.textContent).toContain('buss');
    expect(new URL(link().href).searchParams.get('theme')).toBe('transport');
  });
});
