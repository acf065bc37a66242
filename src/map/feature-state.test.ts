import { describe, expect, it, vi } from 'vitest';
import {
  featureStates,
  linkState,
  municipalityState,
  stateChanges,
  type LinkState,
  type MunicipalityState,
} from './feature-state';

describe('feature-state', () => {
  it('builds a municipality state from its look and what the user points at or chose', () => {
    expect(municipalityState(undefined, false, false, false)).toEqual({
      fill: null,
      noData: false,
      dimmed: false,
      hover: false,
      selected: false,
      highlighted: false,
    });
    expect(
      municipalityState({ fill: '#123456', noData: true, dimmed: true }, true, true, true),
    ).toEqual({
      fill: '#123456',
      noData: true,
      dimmed: true,
      hover: true,
      selected: true,
      highlighted: true,
    });
    expect(municipalityState({}, false, true, false)).toMatchObject({ selected: true });
    expect(municipalityState({}, false, false, true)).toMatchObject({ highlighted: true });
  });

  it('builds a link state from its look', () => {
    expect(linkState(undefined)).toEqual({ highlighted: false, dimmed: false });
    expect(linkState({ highlighted: true })).toEqual({ highlighted: true, dimmed: false });
    expect(linkState({ dimmed: true })).toEqual({ highlighted: false, dimmed: true });
  });

  it('tells what changed: everything the first time, then only what differs, or nothing', () => {
    const before: LinkState = { highlighted: false, dimmed: false };
    expect(stateChanges(before, undefined)).toEqual(before);
    expect(stateChanges(before, undefined)).not.toBe(before);
    expect(stateChanges({ highlighted: true, dimmed: false }, before)).toEqual({
      highlighted: true,
    });
    expect(stateChanges({ highlighted: false, dimmed: false }, before)).toBeNull();
  });

  it('writes each feature only where its state changed, and everything again once forgotten', () => {
    const write = vi.fn();
    const states = featureStates<string, Pick<MunicipalityState, 'fill' | 'selected'>>(write);
    states.sync('a', { fill: null, selected: false });
    states.sync('b', { fill: '#fff', selected: false });
    expect(write.mock.calls).toEqual([
      ['a', { fill: null, selected: false }],
      ['b', { fill: '#fff', selected: false }],
    ]);
    write.mockClear();
    states.sync('a', { fill: null, selected: true });
    states.sync('b', { fill: '#fff', selected: false });
    states.sync('a', { fill: '#000', selected: true });
    expect(write.mock.calls).toEqual([
      ['a', { selected: true }],
      ['a', { fill: '#000' }],
    ]);
    write.mockClear();
    states.forget();
    states.sync('a', { fill: '#000', selected: true });
    expect(write.mock.calls).toEqual([['a', { fill: '#000', selected: true }]]);
  });
});
