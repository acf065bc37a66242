/**
 * A seeded generator of numbers in [0, 1) (mulberry32, 32 bits of state): the same seed always
 * gives the same sequence, so a generated catalogue or a fuzzed address repeats exactly and a
 * failure can be replayed. Shared by the URL fuzz fixture (unit tests and Playwright), the
 * facet-index tests and the benchmark's catalogue generator (scripts/bench), so it is a leaf with
 * no imports that every runner can load.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
