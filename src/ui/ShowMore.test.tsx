// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShowMore, usePaged } from './ShowMore';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

let container: HTMLDivElement;
let root: Root;
const rows = () => container.querySelectorAll('li').length;
const button = () => container.querySelector('button');

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('a long list, a page at a time', () => {
  it('shows a page, a page more per click, and no button once all is shown', () => {
    act(() => root.render(<List items={numbers(250)} />));
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
    act(() => root.render(<List items={numbers(250)} />));
    act(() => button()!.click());
    expect(rows()).toBe(200);
    act(() => root.render(<List items={numbers(180, 1000)} />));
    expect(rows()).toBe(100);
    expect(container.querySelector('li')?.textContent).toBe('1000');
  });

  it('shows a short list whole, without a button', () => {
    act(() => root.render(<List items={numbers(41)} />));
    expect(rows()).toBe(41);
    expect(button()).toBeNull();
  });
});
