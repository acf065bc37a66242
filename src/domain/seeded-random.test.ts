import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.fixture';

describe('the seeded generator', () => {
  it('gives the same numbers for the same seed, pinned: the generated data depends on them', () => {
    // The first outputs for seed 1, × 2^32. The bench's catalogue and the fuzzed addresses are
    // made from this sequence; a change here changes every generated record and link.
    const next = seededRandom(1);
    expect([next(), next(), next()].map((x) => x * 4294967296)).toEqual([
      2693262067, 11749833, 2265367787,
    ]);
    const again = seededRandom(1);
    expect(again() * 4294967296).toBe(2693262067);
  });

  it('stays in [0, 1) and spreads over it', () => {
    const next = seededRandom(2017);
    const values = Array.from({ length: 10_000 }, next);
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    const deciles = new Array<number>(10).fill(0);
    for (const x of values) deciles[Math.floor(x * 10)]!++;
    for (const count of deciles) expect(count).toBeGreaterThan(900);
  });

  it('gives another sequence for another seed', () => {
    expect(seededRandom(13)()).not.toBe(seededRandom(14)());
  });
});
