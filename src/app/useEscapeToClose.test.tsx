// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useViewStore } from '../state/store';
import { testRoot } from '../ui/test-root.fixture';
import { useEscapeToClose } from './useEscapeToClose';

function Panel({ open }: { open: boolean }) {
  useEscapeToClose(open);
  return null;
}

const dom = testRoot();
const escape = (init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true, ...init });
  act(() => void document.dispatchEvent(event));
};
const view = () => {
  const { project, compare, municipality } = useViewStore.getState();
  return { project, compare, municipality };
};

beforeEach(() => {
  useViewStore.setState(useViewStore.getInitialState(), true);
  useViewStore.setState({ municipality: '2580', compare: ['2580', '2582'], project: 'p' });
});

describe('Escape in the side panel', () => {
  it('closes the project, then the comparison, then the municipality', () => {
    dom.render(<Panel open />);
    escape();
    expect(view()).toEqual({ project: null, compare: ['2580', '2582'], municipality: '2580' });
    escape();
    expect(view()).toEqual({ project: null, compare: [], municipality: '2580' });
    escape();
    expect(view()).toEqual({ project: null, compare: [], municipality: null });
  });

  it('leaves an Escape that something else took (a list, a dialog) alone', () => {
    dom.render(<Panel open />);
    const taken = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    taken.preventDefault();
    act(() => void document.dispatchEvent(taken));
    escape({ key: 'Enter' });
    expect(view().project).toBe('p');
  });

  it('does nothing while no panel is open, and stops listening when it closes', () => {
    dom.render(<Panel open={false} />);
    escape();
    expect(view().project).toBe('p');
    dom.render(<Panel open />);
    dom.render(<Panel open={false} />);
    escape();
    expect(view().project).toBe('p');
  });
});
