/**
 * The Range header of a GET (RFC 9110, section 14) over a representation of `size` bytes: what to
 * send. One range is served (206); a request for several, or a header that is malformed or
 * invalid (a last position before the first, an unknown unit), is ignored and everything is sent
 * (200), as section 14.2 lets a server do; no multipart answers, which nobody loading this app
 * needs and which cost the most to make.
 */
export type RangeAnswer =
  | { kind: 'whole' }
  /** The bytes from `start` to `end`, both included: 206 with Content-Range: bytes start-end/size. */
  | { kind: 'part'; start: number; end: number }
  /** 416 with Content-Range: bytes *\/size: the one range asked for starts past the end. */
  | { kind: 'unsatisfiable' };

const WHOLE: RangeAnswer = { kind: 'whole' };
const INT_RANGE = /^(\d+)-(\d*)$/;
const SUFFIX_RANGE = /^-(\d+)$/;

export function byteRange(header: string | undefined, size: number): RangeAnswer {
  // The range unit is compared case-insensitively; a unit this server has not (items=) is ignored.
  if (!header || !/^bytes=/i.test(header) || size === 0) return WHOLE;
  // A list: optional whitespace around each element, empty elements ignored (RFC 9110 5.6.1).
  const specs = header
    .slice('bytes='.length)
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '');
  if (specs.length !== 1) return WHOLE;
  const spec = specs[0]!;
  const suffix = SUFFIX_RANGE.exec(spec);
  if (suffix) {
    const length = Number(suffix[1]);
    // The last `length` bytes; all of them when the file is shorter. A zero-length suffix is none.
    return length === 0 ? { kind: 'unsatisfiable' } : part(Math.max(0, size - length), size - 1);
  }
  const range = INT_RANGE.exec(spec);
  if (!range) return WHOLE;
  const first = Number(range[1]);
  const last = range[2] === '' ? Infinity : Number(range[2]);
  if (last < first) return WHOLE;
  if (first >= size) return { kind: 'unsatisfiable' };
  return part(first, Math.min(last, size - 1));
}

function part(start: number, end: number): RangeAnswer {
  return { kind: 'part', start, end };
}
