import { availableParallelism } from 'node:os';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Brotli and gzip copies of the text files of a build, made once at build time at the highest
 * levels (too slow to do per request) and served by Accept-Encoding: `npm start`
 * (static-files.ts) and nginx (gzip_static; brotli_static with the brotli module) send `x.js.br`
 * or `x.js.gz` for `x.js`.
 */

/** Text files worth compressing. Source maps are left as they are (only developer tools read them). */
export const PRECOMPRESSED_EXTENSIONS = [
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.webmanifest',
  '.txt',
  // The label font's glyph ranges (signed-distance bitmaps in protobuf) shrink by two thirds.
  '.pbf',
];

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface Precompressed {
  /** Path relative to the build folder, with forward slashes. */
  file: string;
  bytes: number;
  /** Bytes of the .br / .gz copy, or null when compressing did not make the file smaller. */
  br: number | null;
  gz: number | null;
}

export function isPrecompressible(file: string): boolean {
  return PRECOMPRESSED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Writes `file.br` and `file.gz` beside `file`; a copy that would not be smaller is removed. */
export async function precompressFile(root: string, file: string): Promise<Precompressed> {
  const absolute = path.join(root, file);
  const bytes = await readFile(absolute);
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const keep = async (copy: Buffer, suffix: string): Promise<number | null> => {
    if (copy.length < bytes.length) {
      await writeFile(absolute + suffix, copy);
      return copy.length;
    }
    await rm(absolute + suffix, { force: true });
    return null;
  };
  return {
    file: file.split(path.sep).join('/'),
    bytes: bytes.length,
    br: await keep(br, '.br'),
    gz: await keep(gz, '.gz'),
  };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      // Hidden files (dist/.vite/) are never served.
      .filter((file) => !file.split(path.sep).some((part) => part.startsWith('.')))
  );
}

/** Precompresses every text file under `root` (a build folder), a few at a time. */
export async function precompressBuild(root: string): Promise<Precompressed[]> {
  const files = (await listFiles(root)).filter(isPrecompressible).sort();
  const results: Precompressed[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      results.push(await precompressFile(root, file));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return results.sort((a, b) => a.file.localeCompare(b.file));
}
