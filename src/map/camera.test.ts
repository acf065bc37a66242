import { beforeEach, describe, expect, it } from 'vitest';
import {
  comparisonMove,
  framing,
  LABEL_ROOM,
  matchesOf,
  selectionMove,
  settle,
  type Bounds,
  type CameraState,
  type SettleInput,
} from './camera';
import type { Rect } from './free-area';
import type { Bbox } from './sources';

// Three places on a 10 × 10 degree plane: a and b are neighbours, c stands apart.
const A: Bbox = [0, 0, 1, 1];
const B: Bbox = [2, 2, 3, 3];
const C: Bbox = [5, 5, 6, 6];
const bounds = (): Bounds => ({
  region: [0, 0, 10, 10],
  byCode: new Map([
    ['a', A],
    ['b', B],
    ['c', C],
  ]),
  withNeighbours: new Map<string, Bbox>([
    ['a', [0, 0, 3, 3]],
    ['b', [0, 0, 3, 3]],
    ['c', C],
  ]),
});

describe('what the camera frames', () => {
  let b: Bounds;
  beforeEach(() => {
    b = bounds();
  });

  it('frames the comparison, else the selection with its neighbours, else the region', () => {
    expect(framing({ selected: 'c', comparison: ['a', 'c'] }, b)).toEqual([0, 0, 6, 6]);
    expect(framing({ selected: 'a', comparison: [] }, b)).toEqual([0, 0, 3, 3]);
    expect(framing({ selected: null, comparison: [] }, b)).toEqual([0, 0, 10, 10]);
  });

  it('frames a new selection with its neighbours, unless the comparison is open or it closed', () => {
    expect(selectionMove({ selected: 'c', comparison: [] }, b)).toEqual(C);
    expect(selectionMove({ selected: 'c', comparison: ['a'] }, b)).toBeNull();
    expect(selectionMove({ selected: null, comparison: [] }, b)).toBeNull();
  });

  it('frames a changed comparison, and the selection again when it closes', () => {
    expect(comparisonMove({ selected: 'c', comparison: ['a', 'b'] }, b)).toEqual([0, 0, 3, 3]);
    expect(comparisonMove({ selected: null, comparison: ['c'] }, b)).toEqual(C);
    expect(comparisonMove({ selected: 'c', comparison: [] }, b)).toEqual(C);
    expect(comparisonMove({ selected: null, comparison: [] }, b)).toBeNull();
  });

  it('frames what matches the filters: all (the region), one with neighbours, several, none', () => {
    const focus = ['c', 'a', 'b'];
    const dimmedOf = (codes: string[]) => (code: string) => codes.includes(code);
    expect(matchesOf(focus, dimmedOf([]), b)).toEqual({ key: 'all', box: [0, 0, 10, 10] });
    expect(matchesOf(focus, dimmedOf(['b', 'c']), b)).toEqual({ key: 'a', box: [0, 0, 3, 3] });
    expect(matchesOf(focus, dimmedOf(['b']), b)).toEqual({ key: 'a,c', box: [0, 0, 6, 6] });
    expect(matchesOf(focus, dimmedOf(focus), b)).toEqual({ key: '', box: null });
    expect(matchesOf([], dimmedOf([]), b)).toEqual({ key: 'all', box: [0, 0, 10, 10] });
  });
});

/** A plane 10 degrees square drawn at 40 px a degree, north up, from the top-left corner. */
const onScreen = (box: Bbox): Rect => ({
  left: box[0] * 40,
  top: (10 - box[3]) * 40,
  right: box[2] * 40,
  bottom: (10 - box[1]) * 40,
});
const AREA: Rect = { left: 0, top: 0, right: 400, bottom: 300 };
const input = (over: Partial<SettleInput> = {}): SettleInput => ({
  area: AREA,
  covers: [],
  onScreen,
  now: 1000,
  animate: false,
  refit: false,
  moving: false,
  reducedMotion: false,
  ...over,
});
const state = (over: Partial<CameraState> = {}): CameraState => ({
  subject: A,
  clickCheck: null,
  layoutKey: '',
  ...over,
});
/** The margin of a 400 × 300 free area: a tenth of its smaller side. */
const M = 30;

describe('settle: where the camera goes', () => {
  it('fits the subject in the whole map with a margin when nothing covers it', () => {
    const { state: next, move } = settle(state(), input());
    expect(move).toEqual({
      fit: A,
      options: {
        padding: { top: M, right: M, bottom: M, left: M },
        absolutePadding: true,
        maxZoom: 7,
        duration: 0,
      },
    });
    expect(next).toEqual({
      subject: A,
      clickCheck: null,
      layoutKey: JSON.stringify([400, 300, { top: M, right: M, bottom: M, left: M }]),
    });
  });

  it('keeps the subject clear of a cover, in the largest uncovered part', () => {
    // A panel over the right 150 px: the subject (square) is framed in the left 250 × 300.
    const panel: Rect = { left: 250, top: -10, right: 420, bottom: 310 };
    const { move } = settle(state(), input({ covers: [panel] }));
    expect(move).toMatchObject({
      options: { padding: { top: 25, right: 150 + 25, bottom: 25, left: 25 } },
    });
  });

  it('measures the free part from its own edges, wherever it lies', () => {
    // A panel over the left 150 px: 250 × 300 free, margin 25.
    const left: Rect = { left: 0, top: 0, right: 150, bottom: 300 };
    expect(settle(state(), input({ covers: [left] })).move).toMatchObject({
      options: { padding: { top: 25, right: 25, bottom: 25, left: 150 + 25 } },
    });
    // A bar over the top 100 px: 400 × 200 free, margin 20.
    const top: Rect = { left: 0, top: 0, right: 400, bottom: 100 };
    expect(settle(state(), input({ covers: [top] })).move).toMatchObject({
      options: { padding: { top: 100 + 20, right: 20, bottom: 20, left: 20 } },
    });
    // 95 px free on the right, 95 px free at the bottom: too little either way.
    const wide: Rect = { left: 0, top: 0, right: 305, bottom: 300 };
    expect(settle(state(), input({ covers: [wide] })).move).toBeNull();
    const tall: Rect = { left: 0, top: 0, right: 400, bottom: 205 };
    expect(settle(state(), input({ covers: [tall] })).move).toBeNull();
  });

  it('fits a tall subject by its shape too', () => {
    // 40 × 240 px: the right half (200 × 300) shows it larger than the top strip (400 × 100).
    const tallBox: Bbox = [0, 0, 1, 6];
    const cover: Rect = { left: 0, top: 100, right: 200, bottom: 300 };
    const { move } = settle(state({ subject: tallBox }), input({ covers: [cover] }));
    expect(move).toMatchObject({ options: { padding: { left: 200 + 20, top: 20 } } });
  });

  it('ignores covers beside the map', () => {
    const beside: Rect = { left: 400, top: 0, right: 700, bottom: 300 };
    const { move } = settle(state(), input({ covers: [beside] }));
    expect(move).toMatchObject({ options: { padding: { top: M, right: M, bottom: M, left: M } } });
  });

  it('moves again only when the layout changed or a framing is asked for', () => {
    const first = settle(state(), input()).state;
    expect(settle(first, input()).move).toBeNull();
    expect(settle(first, input({ refit: true })).move).toMatchObject({ fit: A });
    const smaller = input({ area: { left: 0, top: 0, right: 400, bottom: 200 } });
    expect(settle(first, smaller).move).toMatchObject({ fit: A });
  });

  it('eases to a choice of the user and while the map moves, never with reduced motion', () => {
    const duration = (over: Partial<SettleInput>) =>
      (settle(state(), input(over)).move as { options: { duration: number } }).options.duration;
    expect(duration({ animate: true })).toBe(500);
    expect(duration({ moving: true })).toBe(500);
    expect(duration({ animate: true, reducedMotion: true })).toBe(0);
    expect(duration({ moving: true, reducedMotion: true })).toBe(0);
    expect(duration({})).toBe(0);
  });

  it("keeps the user's picture when the camera is theirs: only the padding moves", () => {
    const panel: Rect = { left: 300, top: 0, right: 400, bottom: 300 };
    const { state: next, move } = settle(state({ subject: null }), input({ covers: [panel] }));
    // Free: 300 × 300, margin 30; the padded centre is at (150, 150).
    expect(move).toEqual({
      padding: { top: M, right: 100 + M, bottom: M, left: M },
      centre: [150, 150],
    });
    expect(next.subject).toBeNull();
    expect(settle(next, input({ covers: [panel], refit: true })).move).toBeNull();
    const { move: below } = settle(
      state({ subject: null }),
      input({ covers: [{ left: 0, top: 200, right: 400, bottom: 300 }] }),
    );
    // Free: 400 × 200, margin 20; the padded centre is at (200, 100).
    expect(below).toEqual({
      padding: { top: 20, right: 20, bottom: 100 + 20, left: 20 },
      centre: [200, 100],
    });
  });

  it('does not frame into a sliver: under 96 px free either way, nothing moves', () => {
    const cover = (free: number, side: 'width' | 'height'): Rect =>
      side === 'width'
        ? { left: free, top: 0, right: 400, bottom: 300 }
        : { left: 0, top: free, right: 400, bottom: 300 };
    const check = { box: C, until: 2000 };
    for (const side of ['width', 'height'] as const) {
      const tooSmall = settle(state({ clickCheck: check }), input({ covers: [cover(95, side)] }));
      expect(tooSmall.move).toBeNull();
      // The click's place was out of view: it becomes the subject even so.
      expect(tooSmall.state).toEqual({ subject: C, clickCheck: null, layoutKey: '' });
      expect(settle(state(), input({ covers: [cover(96, side)] })).move).not.toBeNull();
    }
    const all = settle(state(), input({ covers: [{ left: 0, top: 0, right: 400, bottom: 300 }] }));
    expect(all).toEqual({ state: state(), move: null });
  });

  it('keeps the margin between 8 and 48 px', () => {
    const big = settle(state(), input({ area: { left: 0, top: 0, right: 2000, bottom: 1000 } }));
    expect(big.move).toMatchObject({ options: { padding: { top: 48, left: 48 } } });
    const small = settle(state(), input({ area: { left: 0, top: 0, right: 100, bottom: 100 } }));
    expect(small.move).toMatchObject({ options: { padding: { top: 10, left: 10 } } });
    const narrow = settle(
      state(),
      input({ area: { left: 0, top: 0, right: 400, bottom: 300 }, covers: [] }),
    );
    expect(narrow.move).toMatchObject({ options: { padding: { top: 30 } } });
  });

  it('keeps room for the names at the edges: at least LABEL_ROOM, more where the margin is', () => {
    const room = settle(state(), input({ labelRoom: LABEL_ROOM }));
    expect(room.move).toMatchObject({
      options: {
        padding: {
          top: Math.max(M, LABEL_ROOM.vertical),
          right: Math.max(M, LABEL_ROOM.horizontal),
          bottom: Math.max(M, LABEL_ROOM.vertical),
          left: Math.max(M, LABEL_ROOM.horizontal),
        },
      },
    });
    // Beside a cover too: the room is kept from the cover's edge.
    const covered = settle(
      state(),
      input({ labelRoom: LABEL_ROOM, covers: [{ left: 300, top: 0, right: 400, bottom: 300 }] }),
    );
    expect(covered.move).toMatchObject({
      options: { padding: { right: 100 + LABEL_ROOM.horizontal } },
    });
  });

  it('fits a wide subject by its shape: the free part that shows it largest', () => {
    // A wide subject (6 × 1 degrees) and a cover over the left half of the lower two thirds:
    // the full-width strip at the top shows it larger than the taller right half.
    const wide: Bbox = [0, 4, 6, 5];
    const cover: Rect = { left: 0, top: 100, right: 200, bottom: 300 };
    const { move } = settle(state({ subject: wide }), input({ covers: [cover] }));
    expect(move).toMatchObject({ options: { padding: { top: 10, bottom: 200 + 10 } } });
  });
});

describe('settle: a click on the map', () => {
  const check = (until = 2000) => ({ box: B, until });

  it('leaves the camera where it is when the place is in view: the camera is the user’s', () => {
    const inView = { box: C, until: 2000 };
    const { state: next, move } = settle(state({ clickCheck: inView }), input());
    expect(next.subject).toBeNull();
    expect(next.clickCheck).toEqual(inView);
    // The padding is laid out, the picture stays.
    expect(move).toMatchObject({ centre: [200, 150] });
  });

  it('frames the place when a cover opens over it', () => {
    // B is at 80–120 px across, 280–320 px down: partly below a 300 px tall map.
    const tall: Rect = { left: 0, top: 0, right: 400, bottom: 400 };
    const sheet: Rect = { left: 0, top: 250, right: 400, bottom: 400 };
    const first = settle(state({ subject: null, clickCheck: check() }), input({ area: tall }));
    expect(first.state.subject).toBeNull();
    const covered = settle(
      { ...first.state, subject: null },
      input({ area: tall, covers: [sheet] }),
    );
    expect(covered.state).toMatchObject({ subject: B, clickCheck: null });
    expect(covered.move).toMatchObject({ fit: B });
  });

  it('frames the place when it is not fully on the map', () => {
    const off = settle(state({ clickCheck: { box: [9, 9, 11, 11], until: 2000 } }), input());
    expect(off.state).toMatchObject({ subject: [9, 9, 11, 11], clickCheck: null });
    expect(off.move).toMatchObject({ fit: [9, 9, 11, 11] });
    // Already laid out: the refit of the click still frames it.
    const laidOut = settle(state(), input()).state;
    const again = settle({ ...laidOut, clickCheck: { box: C, until: 2000 } }, input());
    expect(again.state.subject).toBeNull();
    const moved = settle(
      { ...laidOut, clickCheck: { box: [-1, 0, 1, 1], until: 2000 } },
      input({ now: 2000 }),
    );
    expect(moved.move).toMatchObject({ fit: [-1, 0, 1, 1] });
  });

  it('stops checking once the panel has had time to open', () => {
    const late = settle(
      state({ clickCheck: { box: [9, 9, 11, 11], until: 2000 } }),
      input({ now: 2001 }),
    );
    expect(late.state).toMatchObject({ subject: A, clickCheck: null });
    expect(late.move).toMatchObject({ fit: A });
  });
});
