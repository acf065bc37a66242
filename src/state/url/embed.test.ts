import { describe, expect, it } from 'vitest';
import { EMBED_QUERY_PATTERN, isEmbedQuery } from './embed';

/** How the app reads every other parameter: the first of a name, percent-decoded. */
const asTheAppReads = (query: string) => new URLSearchParams(query).get('embed') === '1';

describe('the embed rule', () => {
  it.each([
    ['embed=1', true],
    ['?embed=1&m=2584', true],
    ['m=2584&embed=1', true],
    ['embed=%31', true],
    ['%65mbed=1', true],
    ['e%6Dbed=1', true],
    ['e%6dbed=1&embed=0', true],
    ['embed=1&embed=0', true],
    ['&&embed=1&', true],
    ['embed=0&embed=1', false],
    ['EMBED=1', false],
    ['Embed=1', false],
    ['EmBeD=1&m=2584', false],
    ['%45mbed=1', false],
    ['embed', false],
    ['embed&embed=1', false],
    ['embed=', false],
    ['embed=true', false],
    ['embed=01', false],
    ['embed=1x', false],
    ['embed=+1', false],
    ['embed+=1', false],
    ['xembed=1', false],
    ['embedx=1', false],
    ['embed%3D1', false],
    ['x=a%26embed=1', false],
    ['??embed=1', false],
    ['embed=%2531', false],
    ['', false],
  ])('%s: %s', (query, embed) => {
    expect(isEmbedQuery(query)).toBe(embed);
    expect(asTheAppReads(query)).toBe(embed);
  });

  it('decides as URLSearchParams does for any mix of spellings, values and order', () => {
    const names = [
      'embed',
      'EMBED',
      'Embed',
      '%65mbed',
      'e%6Dbed',
      'e%6dbe%64',
      '%45mbed',
      'embed+',
      'm',
      'v',
      'em%62ed',
    ];
    const values = ['1', '%31', '0', '', '1+', '+1', '%2531', 'true', '1%00', '１'];
    // A small generator of its own, seeded, so that a failure can be replayed.
    let seed = 27;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const parts = Array.from({ length: 1 + next(4) }, () => {
        const name = names[next(names.length)]!;
        return next(6) === 0 ? name : `${name}=${values[next(values.length)]}`;
      });
      const query = parts.join(next(5) === 0 ? '&&' : '&');
      expect(isEmbedQuery(query), query).toBe(asTheAppReads(query));
    }
  });

  it('takes time in proportion to the query, however it is made', () => {
    const start = performance.now();
    for (const query of [
      'x&'.repeat(200_000),
      'embed&'.repeat(100_000),
      `${'e'.repeat(400_000)}=1`,
    ]) {
      expect(isEmbedQuery(query)).toBe(false);
    }
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('is a pattern nginx (PCRE) can take as it is: no JavaScript-only syntax', () => {
    expect(EMBED_QUERY_PATTERN).not.toMatch(/\(\?<|\\[pPuk]|\//);
  });
});
