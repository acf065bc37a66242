import { describe, expect, it } from 'vitest';
import { chooseCoding, contentTypeOf, isServable } from './static-files';

const BOTH = { br: true, gzip: true };

describe('chooseCoding (Accept-Encoding)', () => {
  it('takes brotli, then gzip, of what the file has and the client accepts', () => {
    expect(chooseCoding('gzip, deflate, br', BOTH)).toBe('br');
    expect(chooseCoding('gzip, deflate, br', { gzip: true })).toBe('gzip');
    expect(chooseCoding('gzip', BOTH)).toBe('gzip');
    expect(chooseCoding('BR ; q=0.5', BOTH)).toBe('br');
    expect(chooseCoding('x-gzip', BOTH)).toBe('gzip');
    expect(chooseCoding('*', BOTH)).toBe('br');
  });

  it('follows q: a higher q first, q=0 refuses, a broken q is ignored', () => {
    expect(chooseCoding('br;q=0.5, gzip;q=0.8', BOTH)).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip;q=0.8', BOTH)).toBe('gzip');
    expect(chooseCoding('gzip;q=0.000, identity', BOTH)).toBeNull();
    expect(chooseCoding('*;q=0', BOTH)).toBeNull();
    expect(chooseCoding('br;q=0, *', BOTH)).toBe('gzip');
    expect(chooseCoding('brotli;q=oops', BOTH)).toBeNull();
    expect(chooseCoding('br;q=2', BOTH)).toBeNull();
    expect(chooseCoding('identity', BOTH)).toBeNull();
    expect(chooseCoding(undefined, BOTH)).toBeNull();
    expect(chooseCoding(', ,;q=1', BOTH)).toBeNull();
  });
});

describe('what a build serves', () => {
  it('never hidden files, source maps or the compressed copies on their own', () => {
    expect(isServable('assets/main-abc.js')).toBe(true);
    expect(isServable('.vite/manifest.json')).toBe(false);
    expect(isServable('assets/.x.js')).toBe(false);
    expect(isServable('assets/main-abc.js.map')).toBe(false);
    expect(isServable('assets/main-abc.js.br')).toBe(false);
    expect(isServable('index.html.gz')).toBe(false);
  });

  it('says what each kind of file is', () => {
    expect(contentTypeOf('assets/maplibre-gl-worker-x.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('data/municipalities.geojson')).toBe(
      'application/geo+json; charset=utf-8',
    );
    expect(contentTypeOf('favicon.ico')).toBe('image/x-icon');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});
