import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Product code and strings say why, not when: a tracker's numbers (the word issue followed by a
 * number) mean nothing to a reader of the code or of the page, so none may appear in src/.
 */
const src = path.dirname(fileURLToPath(import.meta.url));
const TRACKER = /\bissues? *#?\d/i;

describe('src/', () => {
  it('carries no tracker history', () => {
    const found = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            TRACKER.test(line) ? [`${path.relative(src, file)}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });
});
