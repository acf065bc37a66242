// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ShowMore, usePaged } from './ShowMore';
import { testRoot } from './test-root.fixture';

const numbers = (count: number, from = 0) => Array.from({ length: count }, (_, i) => from + i);

function List({ items }: { items: number[] }) {
  const page = usePaged(items, 100);
  return (
    <>
      <ul>
        {items.slice(0, page.shown).map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <ShowMore {...page} pageSize={100} />
    </>
  );
}

const dom = testRoot();
const rows = () => dom.container.querySelectorAll('li').length;
const button = () => dom.container.querySelector('button');

describe('a long list, a page at a time', () => {
  it('shows a page, a page more per click, and no button once all is shown', () => {
    dom.render(<List items={numbers(250)} />);
    expect(rows()).toBe(100);
    expect(button()?.textContent).toBe('Visa 100 till (100 av 250 visas)');
    act(() => button()!.click());
    expect(rows()).toBe(200);
    expect(button()?.textContent).toBe('Visa 50 till (200 av 250 visas)');
    act(() => button()!.click());
    expect(rows()).toBe(250);
    expect(button()).toBeNull();
  });

  it('starts a new list (other filters) at its first page', () => {
    dom.render(<List items={numbers(250)} />);
    act(() => button()!.click());
    expect(rows()).toBe(200);
    dom.render(<List items={numbers(180, 1000)} />);
    expect(rows()).toBe(100);
    expect(dom.container.querySelector('li')?.textContent).toBe('1000');
  });

  it('shows a short list whole, without a button', () => {
    dom.render(<List items={numbers(41)} />);
    expect(rows()).toBe(41);
    expect(button()).toBeNull();
  });
});
