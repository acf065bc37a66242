import { describe, expect, it } from 'vitest';
import { framedByAnotherOrigin } from './framing';

const ORIGIN = 'https://integrationskartan.example';

/** A window as the browser gives it to the page; reading another origin's location throws. */
function page(options: { ancestors?: string[]; parentOrigin?: string | 'unreadable' }) {
  const win = { location: { origin: ORIGIN } } as unknown as Window & { parent: Window };
  Object.assign(win, { self: win });
  if (options.ancestors) {
    Object.assign(win.location, { ancestorOrigins: Object.assign([...options.ancestors]) });
  }
  if (options.parentOrigin === undefined) {
    Object.assign(win, { top: win, parent: win });
    return win;
  }
  const origin = options.parentOrigin;
  const parent = {
    get location() {
      if (origin === 'unreadable') throw new DOMException('Blocked', 'SecurityError');
      return { origin };
    },
  } as unknown as Window;
  Object.assign(parent, { parent, top: parent });
  Object.assign(win, { top: parent, parent });
  return win;
}

describe('framedByAnotherOrigin', () => {
  it('is false for a page of its own', () => {
    expect(framedByAnotherOrigin(page({}))).toBe(false);
  });

  it('is false in a frame of this very origin', () => {
    expect(framedByAnotherOrigin(page({ ancestors: [ORIGIN], parentOrigin: ORIGIN }))).toBe(false);
    expect(framedByAnotherOrigin(page({ parentOrigin: ORIGIN }))).toBe(false);
  });

  it('is true in a frame of another origin, by ancestorOrigins or by the parent', () => {
    expect(
      framedByAnotherOrigin(
        page({ ancestors: ['https://evil.example'], parentOrigin: 'unreadable' }),
      ),
    ).toBe(true);
    // Any ancestor: this origin framed by this origin framed by another.
    expect(
      framedByAnotherOrigin(
        page({ ancestors: [ORIGIN, 'https://evil.example'], parentOrigin: ORIGIN }),
      ),
    ).toBe(true);
    expect(framedByAnotherOrigin(page({ parentOrigin: 'unreadable' }))).toBe(true);
    expect(framedByAnotherOrigin(page({ parentOrigin: 'https://evil.example' }))).toBe(true);
  });

  it('is true when even asking throws (a sandboxed frame)', () => {
    const win = {
      get top(): Window {
        throw new DOMException('Blocked', 'SecurityError');
      },
    } as unknown as Window;
    expect(framedByAnotherOrigin(win)).toBe(true);
  });
});
