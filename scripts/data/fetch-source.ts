import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DataBuildError } from './errors.ts';
import type { RawSource } from './sources.ts';

export interface SourceLocation {
  /** Folder holding the mirror of raw sources (DATA_MIRROR). */
  mirror: string;
  /** Folder for files downloaded from their original address when the mirror lacks them. */
  cache: string;
  /** Injected for tests; the global fetch otherwise. */
  fetchImpl?: typeof fetch;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Refuses bytes that are not exactly the published file, saying whether it looks truncated. */
export function verifySource(source: RawSource, bytes: Uint8Array, where: string): void {
  const actual = sha256(bytes);
  if (actual === source.sha256) return;
  const sizeNote =
    bytes.byteLength < source.bytes
      ? `truncated: ${bytes.byteLength} bytes, expected ${source.bytes}`
      : `${bytes.byteLength} bytes, expected ${source.bytes}`;
  throw new DataBuildError(
    where,
    `SHA-256 mismatch (${sizeNote}); got ${actual}, expected ${source.sha256}. ` +
      `Restore the file from ${source.url}`,
  );
}

/**
 * Reads a raw source from the mirror, or downloads it from its original address into the cache,
 * and verifies its checksum either way.
 */
export async function loadSource(source: RawSource, location: SourceLocation): Promise<Buffer> {
  const mirrored = path.join(location.mirror, source.file);
  if (existsSync(mirrored)) {
    const bytes = await readFile(mirrored);
    verifySource(source, bytes, mirrored);
    return bytes;
  }
  const cached = path.join(location.cache, source.file);
  if (existsSync(cached)) {
    const bytes = await readFile(cached);
    verifySource(source, bytes, cached);
    return bytes;
  }
  const fetchImpl = location.fetchImpl ?? fetch;
  let bytes: Buffer;
  try {
    const response = await fetchImpl(source.url, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new DataBuildError(
      mirrored,
      `not in the mirror, and the download from ${source.url} failed ` +
        `(${error instanceof Error ? error.message : String(error)}). ` +
        `Set DATA_MIRROR to a folder holding ${source.file}, or connect to the network.`,
    );
  }
  verifySource(source, bytes, source.url);
  await mkdir(path.dirname(cached), { recursive: true });
  await writeFile(`${cached}.part`, bytes);
  await rename(`${cached}.part`, cached);
  return bytes;
}
