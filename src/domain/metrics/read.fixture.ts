import { readFileSync } from 'node:fs';
import { FOCUS_MUNICIPALITY_NAMES } from '../focus-municipalities.fixture';
import { readImport, type ImportOutcome } from './import-input';

/** Test fixture: the 29 focus municipalities as the import is given them. */
export const MUNICIPALITY_REFS = Object.entries(FOCUS_MUNICIPALITY_NAMES).map(([code, name]) => ({
  code,
  name,
}));

/** The bytes of a file in ./fixtures, as the browser hands them over. */
export function fixtureBytes(file: string): ArrayBuffer {
  const bytes = readFileSync(new URL(`./fixtures/${file}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Reads a file's bytes or a text through the import, and fails the test if it cannot. */
export async function readOk(source: { bytes: ArrayBuffer } | { text: string }) {
  const outcome: ImportOutcome = await readImport({ source, municipalities: MUNICIPALITY_REFS });
  if (!outcome.ok) throw new Error(`not read: ${JSON.stringify(outcome.failure)}`);
  return outcome;
}

/** Reads a text through the import and gives its failure (the test fails if it is read). */
export async function readFailure(source: { bytes: ArrayBuffer } | { text: string }) {
  const outcome = await readImport({ source, municipalities: MUNICIPALITY_REFS });
  if (outcome.ok) throw new Error('read, but a failure was expected');
  return outcome.failure;
}
