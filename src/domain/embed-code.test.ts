// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { EMBED_SIZES, embedCode, escapeAttribute } from './embed-code';

const [small, , full] = EMBED_SIZES;
const url = 'https://example.org/?v=1&embed=1&theme=transport,sport';

/** The iframe's attributes as a browser would read them. */
function attributesOf(code: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const frame = doc.querySelector('iframe')!;
  return Object.fromEntries([...frame.attributes].map((a) => [a.name, a.value]));
}

describe('embedCode', () => {
  it('writes one iframe with the URL, a title for screen readers and the size', () => {
    const code = embedCode(url, 'Projekt per 10 000 invånare · Transport, Idrott', small);
    expect(code).toMatch(/^<iframe [^<]*><\/iframe>$/);
    const a = attributesOf(code);
    expect(a.src).toBe(url);
    expect(a.title).toBe('Projekt per 10 000 invånare · Transport, Idrott');
    expect([a.width, a.height]).toEqual(['600', '450']);
    expect(a.style).toContain('max-width:100%');
    expect(a.sandbox!.split(' ').sort()).toEqual([
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
      'allow-scripts',
    ]);
    expect(a.referrerpolicy).toBe('strict-origin-when-cross-origin');
  });

  it('takes the full width of the column when asked', () => {
    const a = attributesOf(embedCode(url, 'Population · Sport', full));
    expect(a.width).toBe('100%');
    expect(a.style).toContain('width:100%');
  });

  it('escapes quotes and markup in the title and the URL: the attribute cannot be left', () => {
    const hostile = `Mått "x" 'y' <script>alert(1)</script> & co" onload="alert(2)`;
    const code = embedCode(`${url}&q="><script>`, hostile, small);
    expect(code).not.toContain('<script');
    expect(code.match(/"/g)!.length % 2).toBe(0);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const a = attributesOf(code);
    expect(a.title).toBe(hostile);
    expect(a.onload).toBeUndefined();
    expect(a.src).toBe(`${url}&q="><script>`);
  });

  it('escapes each special character once', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
    expect(escapeAttribute('Folkmängd ”2019”')).toBe('Folkmängd ”2019”');
  });
});
