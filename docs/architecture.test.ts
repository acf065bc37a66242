import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** docs/architecture.md keeps a section for every folder of src/ and src/features/. */
const root = new URL('../', import.meta.url);
const headings = readFileSync(new URL('docs/architecture.md', root), 'utf8')
  .split('\n')
  .filter((line) => /^#{2,4} /.test(line));
const foldersOf = (dir: string) =>
  readdirSync(new URL(`${dir}/`, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}/`);
const named = headings.flatMap((h) => [...h.matchAll(/`(src\/[^`]*\/)`/g)].map((m) => m[1]!));

describe('docs/architecture.md', () => {
  it.each([...foldersOf('src'), ...foldersOf('src/features')])('has a section on %s', (folder) => {
    expect(named).toContain(folder);
  });

  it('names no folder that is gone', () => {
    expect(named.filter((folder) => !existsSync(new URL(folder, root)))).toEqual([]);
  });
});

describe('the map session (src/map)', () => {
  // Small parts a reader takes in at once; layers.ts is the style as data, one layer after another.
  const parts = readdirSync(new URL('src/map/', root)).filter(
    (name) => name.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(name) && name !== 'layers.ts',
  );

  it.each(parts)('%s is at most 250 lines', (name) => {
    const lines = readFileSync(new URL(`src/map/${name}`, root), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.length).toBeLessThanOrEqual(250);
  });
});
