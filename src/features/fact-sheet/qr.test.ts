import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrModules, qrPathData } from './qr';

const SCALE = 4;

/** The SVG path drawn as a scanner sees it: white paper, black rectangles, SCALE pixels a module. */
function rasterise(path: string, size: number) {
  const side = (size + 2 * QUIET_ZONE) * SCALE;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  // Every command of the path is such a run.
  expect(runs.map((r) => r[0]).join('')).toBe(path);
  for (const [, x, y, w, back] of runs) {
    expect(back).toBe(w);
    for (let py = Number(y) * SCALE; py < (Number(y) + 1) * SCALE; py++) {
      for (let px = Number(x) * SCALE; px < (Number(x) + Number(w)) * SCALE; px++) {
        rgba.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
  }
  return { rgba, side };
}

describe('the QR code of a sheet’s link', () => {
  const links = [
    'http://127.0.0.1:4173/?v=1&m=2580',
    'https://integrationskartan.example.se/karta/?v=1&lang=en&m=2506',
    `https://example.org/?v=1&m=2584&q=${'x'.repeat(150)}`,
  ];

  it.each(links)('reads back as the link itself: %s', (link) => {
    const modules = qrModules(link);
    const { rgba, side } = rasterise(qrPathData(modules), modules.length);
    const read = jsQR(rgba, side, side, { inversionAttempts: 'dontInvert' });
    expect(read?.data).toBe(link);
  });

  it('is the smallest square that holds the link: version 3 (29 modules) for a short one', () => {
    const modules = qrModules('http://127.0.0.1:4173/?v=1&m=2580');
    expect(modules).toHaveLength(29);
    for (const row of modules) expect(row).toHaveLength(29);
    // The finder pattern's corner is dark, the separator next to it light.
    expect(modules[0]![0]).toBe(true);
    expect(modules[7]![7]).toBe(false);
  });

  it('draws each horizontal run of dark modules as one rectangle, offset by the quiet zone', () => {
    expect(
      qrPathData([
        [true, true, false],
        [false, true, true],
        [false, false, false],
      ]),
    ).toBe('M4 4h2v1h-2zM5 5h2v1h-2z');
    expect(qrPathData([[false]])).toBe('');
  });

  it.each(['', 'a b', 'https://exempel.se/kommun/Luleå', 'x\n'])(
    'refuses what is not a URL in printable ASCII: %j',
    (text) => {
      expect(() => qrModules(text)).toThrow(/printable ASCII/);
    },
  );
});
