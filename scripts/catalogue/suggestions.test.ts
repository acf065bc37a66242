import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueFileSchema } from '../../src/data/schemas.ts';
import type { AcceptedChange } from '../../src/domain/catalogue/publish.ts';
import { decide, insertSuggestion } from '../../server/api/store.ts';
import { openPglite } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrations.ts';
import { writeAcceptedSuggestions } from './suggestions.ts';

const run = promisify(execFile);

/** A copy of data/ to write into. */
async function copyOfData(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'data-suggestions-'));
  for (const name of [
    'projects.json',
    'projects.schema.json',
    'themes.json',
    'target-groups.json',
  ]) {
    await copyFile(path.join('data', name), path.join(dir, name));
  }
  return dir;
}

const owners: AcceptedChange = {
  reference: 'F-901',
  kind: 'change',
  projectId: 'pitea-antiryktes',
  patch: { partners: ['PiteåPanelen'] },
  date: '2026-12-04',
};

describe('npm run data:suggestions', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await copyOfData();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes an accepted change into its record with its history, formatted, and says what changed', async () => {
    const lines: string[] = [];
    const code = await writeAcceptedSuggestions({
      dir,
      changes: [owners],
      out: (l) => lines.push(l),
    });
    expect(code).toBe(0);
    const text = await readFile(path.join(dir, 'projects.json'), 'utf8');
    expect(await prettier.check(text, { filepath: path.join(dir, 'projects.json') })).toBe(true);
    const record = CatalogueFileSchema.parse(JSON.parse(text)).projects.find(
      (p) => p.id === 'pitea-antiryktes',
    )!;
    expect(record.partners).toEqual(['PiteåPanelen']);
    expect(record.history).toEqual([
      {
        date: '2026-12-04',
        kind: 'change',
        changes: ['partners'],
        reviewed: true,
        reference: 'F-901',
      },
    ]);
    expect(lines).toEqual([
      'F-901 change pitea-antiryktes (accepted 2026-12-04):',
      '  partners: + PiteåPanelen',
      `wrote 1 accepted suggestion(s) into ${path.join(dir, 'projects.json')}`,
    ]);
  });

  it('changes nothing the second time', async () => {
    const before = await readFile(path.join(dir, 'projects.json'), 'utf8');
    const lines: string[] = [];
    expect(
      await writeAcceptedSuggestions({ dir, changes: [owners], out: (l) => lines.push(l) }),
    ).toBe(0);
    expect(lines[0]).toMatch(/^nothing new: 1 accepted suggestion\(s\), 1 already in/);
    expect(await readFile(path.join(dir, 'projects.json'), 'utf8')).toBe(before);
  });

  it('keeps the old file when the result fails the data check, and says why', async () => {
    const before = await readFile(path.join(dir, 'projects.json'), 'utf8');
    const errors: string[] = [];
    const code = await writeAcceptedSuggestions({
      dir,
      changes: [{ ...owners, reference: 'F-902', patch: { themes: ['no-such-theme'] } }],
      out: () => {},
      err: (l) => errors.push(l),
    });
    expect(code).toBe(1);
    expect(errors).toContain(
      'data/projects.json: record "pitea-antiryktes", field "themes.0": unknown theme "no-such-theme" (not in data/themes.json)',
    );
    expect(await readFile(path.join(dir, 'projects.json'), 'utf8')).toBe(before);
  });

  it('reads the accepted suggestions from the database the server uses (DATA_DIR)', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'data-suggestions-db-'));
    const copy = await copyOfData();
    try {
      const db = await openPglite(path.join(dataDir, 'pglite'));
      await migrate(db);
      const sender = { name: 'Kim', organisation: 'Kiruna kommun', email: 'kim@example.org' };
      const { id, reference } = await insertSuggestion(
        db,
        { kind: 'ended', projectId: 'pitea-antiryktes', sender, consent: true },
        'test',
      );
      await decide(
        db,
        id,
        'greta',
        { state: 'accepted', publishedId: 'pitea-antiryktes', patch: { status: 'completed' } },
        null,
      );
      await db.close();
      const { stdout } = await run(
        'npx',
        ['tsx', 'scripts/catalogue/suggestions.ts', '--dir', copy],
        {
          env: { ...process.env, DATA_DIR: dataDir },
        },
      );
      expect(stdout).toContain(`${reference} ended pitea-antiryktes`);
      expect(stdout).toContain('status: null → completed');
      const file = CatalogueFileSchema.parse(
        JSON.parse(await readFile(path.join(copy, 'projects.json'), 'utf8')),
      );
      expect(file.projects.find((p) => p.id === 'pitea-antiryktes')!.status).toBe('completed');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await rm(copy, { recursive: true, force: true });
    }
    // Two databases opened and a command started: slow on a busy machine.
  }, 240_000);
});
