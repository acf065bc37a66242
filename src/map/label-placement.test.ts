import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../domain/municipalities.fixture';
import {
  ANCHORS_AROUND,
  ANCHORS_OUTWARD,
  LABEL_PLACEMENT,
  labelPriorities,
  OUTWARD_LABELS,
} from './label-placement';

const candidates = MUNICIPALITIES.map((m) => ({
  code: m.code,
  focus: m.focus,
  areaKm2: m.areaTotalKm2,
}));
const priorities = labelPriorities(candidates);
const byName = (name: string) => MUNICIPALITIES.find((m) => m.name === name)!.code;
const rank = (name: string) => priorities.get(byName(name))!;

describe('label placement order', () => {
  it('gives every municipality one distinct place in the order', () => {
    expect(priorities.size).toBe(MUNICIPALITIES.length);
    expect(new Set(priorities.values()).size).toBe(MUNICIPALITIES.length);
  });

  it('places every focus municipality before any context municipality', () => {
    const focus = MUNICIPALITIES.filter((m) => m.focus).map((m) => priorities.get(m.code)!);
    const context = MUNICIPALITIES.filter((m) => !m.focus).map((m) => priorities.get(m.code)!);
    expect(focus).toHaveLength(29);
    expect(context.length).toBeGreaterThan(0);
    expect(Math.max(...focus)).toBeLessThan(Math.min(...context));
  });

  it('places the small municipalities first: Vännäs (540 km²) before Kiruna (20 000 km²)', () => {
    expect(rank('Vännäs')).toBe(0);
    expect(rank('Vännäs')).toBeLessThan(rank('Överkalix'));
    expect(rank('Överkalix')).toBeLessThan(rank('Kiruna'));
  });

  it('places the outward-reading Torne valley labels after the others of the focus', () => {
    expect(rank('Överkalix')).toBeLessThan(rank('Övertorneå'));
    expect(rank('Kiruna')).toBeLessThan(rank('Övertorneå'));
    expect(rank('Övertorneå')).toBeLessThan(rank('Sollefteå'));
    expect([...OUTWARD_LABELS].sort()).toEqual([byName('Övertorneå'), byName('Haparanda')].sort());
  });
});

describe('label anchors', () => {
  it('try the centre first, then the four sides, then the diagonals', () => {
    const anchors = ANCHORS_AROUND.filter((a) => typeof a === 'string');
    expect(anchors).toEqual([
      'center',
      'top',
      'bottom',
      'right',
      'left',
      'top-right',
      'top-left',
      'bottom-right',
      'bottom-left',
    ]);
    // Every anchor is followed by its offset.
    expect(ANCHORS_AROUND).toHaveLength(18);
  });

  it('read east of the point first for the Torne valley (Övertorneå off Överkalix)', () => {
    // "left" anchors the text's left end at the point: the name reads eastward, into Finland.
    expect(ANCHORS_OUTWARD[0]).toBe('left');
    expect(ANCHORS_OUTWARD.slice(-ANCHORS_AROUND.length)).toEqual(ANCHORS_AROUND);
  });

  it('sort the symbols by priority and choose anchors per feature', () => {
    expect(LABEL_PLACEMENT['symbol-sort-key']).toEqual(['get', 'priority']);
    expect(JSON.stringify(LABEL_PLACEMENT['text-variable-anchor-offset'])).toContain('outward');
  });
});
