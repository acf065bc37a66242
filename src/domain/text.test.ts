import { describe, expect, it } from 'vitest';
import { cutText, foldText } from './text';

describe('cutText', () => {
  it('keeps a text within the limit as it is', () => {
    expect(cutText('Kiruna', 6)).toBe('Kiruna');
    expect(cutText('', 0)).toBe('');
  });

  it('counts characters, not UTF-16 units, and never cuts a surrogate pair in two', () => {
    expect(cutText('ab😀c', 3)).toBe('ab😀');
    expect(cutText('ab😀c', 2)).toBe('ab');
    expect(cutText('😀'.repeat(300), 200)).toBe('😀'.repeat(200));
    for (let max = 0; max < 12; max++) {
      const cut = cutText('å😀x👩‍👩‍👧𝄞', max);
      // encodeURIComponent throws on an unpaired surrogate.
      expect(() => encodeURIComponent(cut), `${max}`).not.toThrow();
      expect([...cut]).toHaveLength(Math.min(max, [...'å😀x👩‍👩‍👧𝄞'].length));
    }
  });
});

describe('foldText', () => {
  it('folds case and Swedish letters', () => {
    expect(foldText('  ÄLVSBYN  ')).toBe('alvsbyn');
  });
});
