import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { CatalogueFileSchema } from '../../src/data/schemas.ts';
import { diffRecord, type FieldDiff } from '../../src/domain/catalogue/diff.ts';
import { applyAccepted, type AcceptedChange } from '../../src/domain/catalogue/publish.ts';
import { formatCatalogueError } from '../../src/domain/catalogue/validate.ts';
import { acceptedChanges } from '../../server/api/store.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrations.ts';
import { checkCatalogue } from './check.ts';

/**
 * `npm run data:suggestions`: the suggestions editors accepted, written into data/projects.json,
 * each into its record's history, so that the repository and any static host get the catalogue
 * the live server publishes. Reads the database the server uses (DATABASE_URL, or the embedded one
 * in DATA_DIR: stop the server first, PGlite is one process's). Runs the data check on the result
 * and keeps the old file if it fails; prints what changed. Running it again changes nothing.
 */

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return '(none)';
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

export function describeChange(line: FieldDiff): string {
  const name = line.language ? `${line.field} (${line.language})` : line.field;
  if (line.added || line.removed) {
    const parts = [
      ...(line.added ?? []).map((item) => `+ ${shown(item)}`),
      ...(line.removed ?? []).map((item) => `- ${shown(item)}`),
    ];
    return `${name}: ${parts.join(', ') || `${shown(line.before)} → ${shown(line.after)}`}`;
  }
  return `${name}: ${shown(line.before)} → ${shown(line.after)}`;
}

export async function writeAcceptedSuggestions(options: {
  dir?: string;
  changes: readonly AcceptedChange[];
  out?: (line: string) => void;
  err?: (line: string) => void;
}): Promise<number> {
  const dir = options.dir ?? 'data';
  const out = options.out ?? console.log;
  const err = options.err ?? console.error;
  const file = path.join(dir, 'projects.json');
  const original = await readFile(file, 'utf8');
  const parsed = CatalogueFileSchema.safeParse(JSON.parse(original));
  if (!parsed.success) {
    err(`${file} does not pass its schema: run "npm run data:check" and mend it first`);
    return 1;
  }
  const before = new Map(parsed.data.projects.map((p) => [p.id, p]));
  const result = applyAccepted(parsed.data.projects, options.changes);
  for (const { change, reason } of result.refused) {
    err(`${change.reference} (${change.kind} ${change.projectId}) not written: ${reason}`);
  }
  if (result.applied.length === 0) {
    out(
      `nothing new: ${options.changes.length} accepted suggestion(s), ` +
        `${result.alreadyIn.length} already in ${file}`,
    );
    return result.refused.length > 0 ? 1 : 0;
  }
  const text = JSON.stringify({ ...parsed.data, projects: result.projects }, null, 2);
  const config = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(text, { ...config, filepath: file }));
  const check = await checkCatalogue(dir);
  if (!check.ok) {
    await writeFile(file, original);
    for (const error of check.errors) err(formatCatalogueError(error));
    err(`the catalogue check failed: ${file} is left as it was`);
    return 1;
  }
  for (const change of result.applied) {
    out(`${change.reference} ${change.kind} ${change.projectId} (accepted ${change.date}):`);
    for (const line of diffRecord(before.get(change.projectId) ?? null, change.patch)) {
      out(`  ${describeChange(line)}`);
    }
  }
  out(
    `wrote ${result.applied.length} accepted suggestion(s) into ${file}` +
      (result.alreadyIn.length > 0 ? ` (${result.alreadyIn.length} were already in)` : ''),
  );
  return result.refused.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const dirFlag = argv.indexOf('--dir');
  const dir = dirFlag >= 0 ? (argv[dirFlag + 1] ?? 'data') : 'data';
  let changes: AcceptedChange[];
  try {
    const db = await openDatabase();
    try {
      await migrate(db);
      changes = await acceptedChanges(db);
    } finally {
      await db.close();
    }
  } catch (error) {
    console.error(`data:suggestions: cannot read the suggestions: ${(error as Error).message}`);
    return 1;
  }
  return writeAcceptedSuggestions({ dir, changes });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
