import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Only the app is public: what a build makes besides it (source maps, Vite's manifest, the
 * benchmark's baseline page and the chunks only it loads) is moved out of dist/ into
 * build-artefacts/ (beside it, git-ignored) as soon as the bundle is written, before the service
 * worker's precache list is made from dist/. The bench and the size budget read both folders
 * together (fullBuild).
 */

/** Vite's build manifest (dist/.vite/manifest.json): what each entry and chunk loads. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

export const APP_ENTRY = 'index.html';
/** The pages the server publishes: the readers' app and the editors' review (/redaktion). */
export const PUBLIC_ENTRIES = [APP_ENTRY, 'redaktion.html'] as const;
export const MANIFEST_FILE = '.vite/manifest.json';

/** Every file an entry loads or may load (dynamic imports too), with its CSS and assets. */
export function filesOfEntry(manifest: ViteManifest, entry: string): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return files;
}

/**
 * The files of a build (paths relative to it, forward slashes) that are no part of the app:
 * source maps, Vite's manifest, and the pages of other entries (the bench's) with what only they
 * load.
 */
export function artefactsOf(files: readonly string[], manifest: ViteManifest): string[] {
  const app = new Set(PUBLIC_ENTRIES.flatMap((entry) => [...filesOfEntry(manifest, entry)]));
  const others = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry || (PUBLIC_ENTRIES as readonly string[]).includes(key)) continue;
    if (key.endsWith('.html')) others.add(key);
    for (const file of filesOfEntry(manifest, key)) if (!app.has(file)) others.add(file);
  }
  return files.filter((f) => f.endsWith('.map') || f === MANIFEST_FILE || others.has(f));
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

/** Moves the artefacts of the build in `dist` to `artefacts` (emptied first); returns them. */
export async function moveArtefacts(dist: string, artefacts: string): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(path.join(dist, MANIFEST_FILE), 'utf8'),
  ) as ViteManifest;
  const moving = artefactsOf(await filesUnder(dist), manifest);
  await rm(artefacts, { recursive: true, force: true });
  for (const file of moving) {
    await mkdir(path.dirname(path.join(artefacts, file)), { recursive: true });
    await rename(path.join(dist, file), path.join(artefacts, file));
  }
  // Folders left empty (bench/, .vite/) go too.
  for (const folder of new Set(moving.map((f) => path.dirname(f)).filter((d) => d !== '.'))) {
    await rmdir(path.join(dist, folder)).catch(() => undefined);
  }
  return moving;
}

/** Where the build of `dist` keeps its artefacts. */
export function artefactsFolder(dist: string): string {
  return path.join(path.dirname(path.resolve(dist)), 'build-artefacts');
}

/**
 * The whole build in `to`: the app (dist/) and its artefacts, as Vite wrote them, for the tools
 * that read source maps and the manifest or serve the baseline page (bench, size budget).
 */
export async function fullBuild(dist: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(dist, to, { recursive: true });
  const artefacts = artefactsFolder(dist);
  if (existsSync(artefacts)) await cp(artefacts, to, { recursive: true });
}
