import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  artefactsOf,
  filesOfEntry,
  fullBuild,
  moveArtefacts,
  type ViteManifest,
} from './public-build';

/** A build of the app and the bench's baseline page, as Vite's manifest describes it. */
const MANIFEST: ViteManifest = {
  'index.html': {
    file: 'assets/main-a.js',
    isEntry: true,
    imports: ['_maplibre.js'],
    dynamicImports: ['src/Chart.tsx'],
    css: ['assets/main-a.css'],
    assets: ['assets/font-a.woff2'],
  },
  'src/Chart.tsx': {
    file: 'assets/Chart-a.js',
    imports: ['_maplibre.js'],
    assets: ['assets/w.js'],
  },
  '_maplibre.js': { file: 'assets/maplibre-a.js', css: ['assets/maplibre-a.css'] },
  'bench/baseline.html': {
    file: 'assets/baseline-a.js',
    isEntry: true,
    imports: ['_maplibre.js', '_only-baseline.js'],
  },
  '_only-baseline.js': { file: 'assets/only-baseline-a.js' },
  // The editors' review is published too (served at /redaktion), with what it shares.
  'redaktion.html': {
    file: 'assets/redaktion-a.js',
    isEntry: true,
    imports: ['_maplibre.js'],
    css: ['assets/redaktion-a.css'],
  },
};

const APP = [
  'index.html',
  'sw.js',
  'data/catalogue.json',
  'assets/main-a.js',
  'assets/main-a.css',
  'assets/font-a.woff2',
  'assets/Chart-a.js',
  'assets/w.js',
  'assets/maplibre-a.js',
  'assets/maplibre-a.css',
  'redaktion.html',
  'assets/redaktion-a.js',
  'assets/redaktion-a.css',
];
const ARTEFACTS = [
  '.vite/manifest.json',
  'assets/main-a.js.map',
  'assets/maplibre-a.js.map',
  'bench/baseline.html',
  'assets/baseline-a.js',
  'assets/only-baseline-a.js',
];

describe('only the app is public', () => {
  let root: string | null = null;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = null;
  });

  it('knows what the app loads, statically or on demand', () => {
    expect([...filesOfEntry(MANIFEST, 'index.html')].sort()).toEqual(
      APP.filter((f) => f.startsWith('assets/') && !f.includes('redaktion')).sort(),
    );
  });

  it('finds the source maps, the manifest and what only the baseline page loads', () => {
    expect(artefactsOf([...APP, ...ARTEFACTS], MANIFEST).sort()).toEqual([...ARTEFACTS].sort());
  });

  it('moves them out of the build, and puts the whole build back together for the bench', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'public-build-'));
    const dist = path.join(root, 'dist');
    for (const file of [...APP, ...ARTEFACTS]) {
      await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
      await writeFile(
        path.join(dist, file),
        file === '.vite/manifest.json' ? JSON.stringify(MANIFEST) : file,
      );
    }
    const moved = await moveArtefacts(dist, path.join(root, 'build-artefacts'));
    expect(moved.sort()).toEqual([...ARTEFACTS].sort());
    const left = await readdir(dist, { recursive: true });
    expect(left.filter((f) => existsSync(path.join(dist, f)) && f.includes('.')).sort()).toEqual(
      [...APP].sort(),
    );
    expect(existsSync(path.join(dist, 'bench'))).toBe(false);
    const full = path.join(root, 'full');
    await fullBuild(dist, full);
    for (const file of [...APP, ...ARTEFACTS])
      expect(existsSync(path.join(full, file)), file).toBe(true);
  });
});
