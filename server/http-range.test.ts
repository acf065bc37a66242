import { describe, expect, it } from 'vitest';
import { byteRange } from './http-range';

const SIZE = 1928;

describe('byteRange (RFC 9110, section 14)', () => {
  it.each([
    ['bytes=0-0', 0, 0],
    ['bytes=0-99', 0, 99],
    ['bytes=5-', 5, SIZE - 1],
    ['bytes=0-99999', 0, SIZE - 1],
    ['bytes=-5', SIZE - 5, SIZE - 1],
    [`bytes=-${SIZE * 2}`, 0, SIZE - 1],
    ['BYTES=1-2', 1, 2],
    ['bytes= 1-2 ', 1, 2],
    ['bytes=1-2,', 1, 2],
    ['bytes=,1-2', 1, 2],
    ['bytes=007-010', 7, 10],
    [`bytes=${SIZE - 1}-`, SIZE - 1, SIZE - 1],
  ])('%s is the part %i to %i', (header, start, end) => {
    expect(byteRange(header, SIZE)).toEqual({ kind: 'part', start, end });
  });

  it.each([`bytes=${SIZE}-`, `bytes=${SIZE}-${SIZE + 5}`, 'bytes=-0', `bytes=${'9'.repeat(400)}-`])(
    '%s cannot be satisfied (416)',
    (header) => expect(byteRange(header, SIZE)).toEqual({ kind: 'unsatisfiable' }),
  );

  it.each([
    undefined,
    '',
    'bytes=5-2',
    'bytes=100-50',
    'bytes=abc',
    'items=0-5',
    'bytes=',
    'bytes=-',
    'bytes=--1',
    'bytes=1-2-3',
    'bytes=0x10-',
    'bytes=1e3-',
    'bytes=1.5-2',
    'bytes 0-1',
    '=0-1',
    'bytes=0-1,3-4',
    'bytes=0-1, bytes=2-3',
    'bytes=0-0,0-0',
    'bytes=٣-',
  ])('%s is ignored: the whole file (200)', (header) => {
    expect(byteRange(header, SIZE)).toEqual({ kind: 'whole' });
  });

  it('sends an empty file whole, whatever the range', () => {
    expect(byteRange('bytes=0-0', 0)).toEqual({ kind: 'whole' });
    expect(byteRange('bytes=-1', 0)).toEqual({ kind: 'whole' });
  });
});
