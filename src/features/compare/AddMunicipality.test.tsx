// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { candidatesFor } from '../../domain/compare';
import { MUNICIPALITIES } from '../../domain/municipalities.fixture';
import { testRoot } from '../../ui/test-root.fixture';
import { AddMunicipality } from './AddMunicipality';

const byName = (name: string) => MUNICIPALITIES.find((m) => m.name === name)!;
const dom = testRoot();
const select = () => dom.container.querySelector('select')!;
const groups = () =>
  [...select().querySelectorAll('optgroup')].map((g) => [
    g.label,
    [...g.querySelectorAll('option')].map((o) => o.textContent),
  ]);

describe('adding a municipality to the comparison', () => {
  it("offers the base's other neighbours first, then each county, then those outside, by name", () => {
    const nordmaling = byName('Nordmaling');
    const inSet = [nordmaling.code, byName('Umeå').code];
    const candidates = candidatesFor(inSet, MUNICIPALITIES);
    dom.render(
      <AddMunicipality base={nordmaling} candidates={candidates} full={false} onAdd={() => {}} />,
    );
    const [neighbours, ...rest] = groups();
    expect(neighbours![0]).toBe('Fler grannar till Nordmaling');
    const expected = nordmaling.neighbours
      .filter((c) => !inSet.includes(c))
      .map((c) => MUNICIPALITIES.find((m) => m.code === c)!.name)
      .sort((a, b) => a.localeCompare(b, 'sv'));
    expect(neighbours![1]).toEqual(expected);
    expect(rest.map(([label]) => label)).toEqual([
      'Norrbottens län',
      'Västerbottens län',
      'Utanför länen',
    ]);
    // Every candidate is offered once, none of the set.
    const offered = groups().flatMap(([, names]) => names as string[]);
    expect(offered.sort()).toEqual(candidates.map((m) => m.name).sort());
  });

  it('adds the one chosen', () => {
    const onAdd = vi.fn();
    const boden = byName('Boden');
    dom.render(
      <AddMunicipality base={boden} candidates={[byName('Kiruna')]} full={false} onAdd={onAdd} />,
    );
    act(() => {
      select().value = byName('Kiruna').code;
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onAdd).toHaveBeenCalledWith(byName('Kiruna').code);
  });

  it('is disabled when the set is full, and says why', () => {
    const boden = byName('Boden');
    dom.render(
      <AddMunicipality base={boden} candidates={[byName('Kiruna')]} full onAdd={() => {}} />,
    );
    expect(select().disabled).toBe(true);
    const note = dom.container.querySelector('.compare-add__note')!;
    expect(select().getAttribute('aria-describedby')).toBe(note.id);
  });
});
