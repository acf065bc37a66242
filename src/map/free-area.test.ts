import { describe, expect, it } from 'vitest';
import { contains, freeRect, insetsOf, overlap, type Rect } from './free-area';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});

describe('the uncovered part of the map', () => {
  const map = rect(0, 0, 800, 600);

  it('is the whole map when nothing covers it', () => {
    expect(freeRect(map, [])).toEqual(map);
    expect(freeRect(map, [rect(900, 0, 1200, 600)])).toEqual(map);
  });

  it('is the part above a bottom sheet', () => {
    const sheet = rect(-10, 350, 810, 700);
    expect(freeRect(map, [sheet])).toEqual(rect(0, 0, 800, 350));
    expect(insetsOf(map, freeRect(map, [sheet])!)).toEqual({
      top: 0,
      right: 0,
      bottom: 250,
      left: 0,
    });
  });

  it('goes beside or above a legend in a corner, whichever shows the subject larger', () => {
    const legend = rect(12, 380, 312, 588);
    // A wide subject: the full width above the legend.
    expect(freeRect(map, [legend], 2)).toEqual(rect(0, 0, 800, 380));
    // A tall subject: the full height right of the legend.
    expect(freeRect(map, [legend], 0.5)).toEqual(rect(312, 0, 800, 600));
  });

  it('keeps clear of the sheet, the legend above it and the buttons together', () => {
    const sheet = rect(0, 400, 800, 600);
    const legend = rect(12, 340, 180, 388);
    const buttons = rect(744, 12, 788, 156);
    const free = freeRect(map, [sheet, legend, buttons], 1)!;
    for (const cover of [sheet, legend, buttons]) expect(overlap(free, cover)).toBeNull();
    expect(contains(map, free)).toBe(true);
    // Beside the legend down to the sheet (564 × 400) shows a square larger than above it (744 × 340).
    expect(free).toEqual(rect(180, 0, 744, 400));
  });

  it('is null when a cover takes everything', () => {
    expect(freeRect(map, [rect(-1, -1, 801, 601)])).toBeNull();
  });

  it('tells a box inside from one that crosses the edge', () => {
    expect(contains(map, rect(10, 10, 790, 590))).toBe(true);
    expect(contains(map, rect(10, 10, 810, 590))).toBe(false);
  });
});
