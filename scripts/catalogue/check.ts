import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CatalogueFileSchema } from '../../src/data/schemas.ts';
import {
  CATALOGUE_FILES,
  FILE_RECORD,
  formatCatalogueError,
  validateCatalogue,
  type CatalogueError,
  type CatalogueResult,
  type MunicipalityRegister,
} from '../../src/domain/catalogue/validate.ts';
import { loadMunicipalityRegister } from '../data/register.ts';

type FileKey = keyof typeof CATALOGUE_FILES;

/**
 * Reads and validates the catalogue in `dir` (data/ by default) against the municipality
 * register (the data build's, unless one is given). A file that cannot be read or is not JSON is
 * reported like any other error, beside the errors of the other files.
 */
export async function checkCatalogue(
  dir = 'data',
  register?: MunicipalityRegister,
): Promise<CatalogueResult> {
  const unreadable: CatalogueError[] = [];
  const read = async (key: FileKey): Promise<unknown> => {
    const file = path.join(dir, path.basename(CATALOGUE_FILES[key]));
    try {
      return JSON.parse(await readFile(file, 'utf8')) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unreadable.push({
        file: CATALOGUE_FILES[key],
        record: FILE_RECORD,
        field: FILE_RECORD,
        reason: `cannot read ${file}: ${reason}`,
      });
      return undefined;
    }
  };
  const [projects, themes, targetGroups] = await Promise.all([
    read('projects'),
    read('themes'),
    read('targetGroups'),
  ]);
  const result = validateCatalogue(
    { projects, themes, targetGroups },
    register ?? (await loadMunicipalityRegister()),
  );
  if (unreadable.length === 0) return result;
  const skip = new Set(unreadable.map((e) => e.file));
  const others = result.ok ? [] : result.errors.filter((e) => !skip.has(e.file));
  return { ok: false, errors: [...unreadable, ...others] };
}

/** The JSON Schema written to data/projects.schema.json (for editors; the zod schema rules). */
export function catalogueJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(CatalogueFileSchema), null, 2)}\n`;
}

async function main(argv: string[]): Promise<number> {
  // `--dir <folder>` checks another folder holding the three files (the tests' fixtures).
  const dirFlag = argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? (argv[dirFlag + 1] ?? 'data') : 'data';
  const result = await checkCatalogue(dir);
  if (!result.ok) {
    for (const error of result.errors) console.error(formatCatalogueError(error));
    console.error(`catalogue refused: ${result.errors.length} error(s)`);
    return 1;
  }
  const { projects, themes, targetGroups } = result.catalogue;
  console.log(
    `catalogue ok: ${projects.length} projects, ${themes.length} themes, ` +
      `${targetGroups.length} target groups`,
  );
  if (argv.includes('--write-schema')) {
    const file = path.join(dir, 'projects.schema.json');
    await writeFile(file, catalogueJsonSchema());
    console.log(`wrote ${file}`);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
