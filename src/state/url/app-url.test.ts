import { describe, expect, it } from 'vitest';
import { APP_PATH, appPath, appUrl } from './app-url';

const ORIGIN = 'http://127.0.0.1:4173';

describe('appUrl', () => {
  it('is the origin, the app path, the query and the fragment', () => {
    expect(APP_PATH).toBe('/');
    expect(appUrl('?v=1&m=2580', '', ORIGIN)).toBe(`${ORIGIN}/?v=1&m=2580`);
    expect(appUrl('', '', ORIGIN)).toBe(`${ORIGIN}/`);
    expect(appUrl('?v=1&q=a', '#main', ORIGIN)).toBe(`${ORIGIN}/?v=1&q=a#main`);
  });

  it.each(['#//evil.example/', '#\\\\evil.example', '#javascript:alert(1)', '#/../../x'])(
    'stays on the origin with the fragment %s',
    (hash) => {
      expect(new URL(appUrl('?v=1', hash, ORIGIN)).origin).toBe(ORIGIN);
    },
  );

  it('cannot be led off the origin by a query either', () => {
    for (const query of ['?//evil.example/', '?@evil.example', '?\\evil.example']) {
      const url = new URL(appUrl(query, '', ORIGIN));
      expect(url.origin).toBe(ORIGIN);
      expect(url.pathname).toBe('/');
    }
  });
});

describe('appPath', () => {
  it('keeps an absolute base and reads anything else as the root', () => {
    expect(appPath('/')).toBe('/');
    expect(appPath('/karta/')).toBe('/karta/');
    for (const base of ['./', '', '//evil.example/', '/\\evil.example/', 'https://evil.example/']) {
      expect(appPath(base)).toBe('/');
    }
  });
});
