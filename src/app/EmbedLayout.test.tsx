// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://kommun.example/karta/?embed=1"}
import { beforeEach, describe, expect, it } from 'vitest';
import { useViewStore } from '../state/store';
import { testRoot } from '../ui/test-root.fixture';
import { EmbedLayout } from './EmbedLayout';

const dom = testRoot();
const link = () => dom.container.querySelector<HTMLAnchorElement>('a.embed-link')!;

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
  });
});
