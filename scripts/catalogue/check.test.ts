import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs `npm run data:check` (the script itself) on a folder; returns its exit code and output. */
async function dataCheck(dir: string) {
  try {
    const { stdout, stderr } = await run('npx', [
      'tsx',
      'scripts/catalogue/check.ts',
      '--dir',
      dir,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A folder with the real vocabularies and the given projects file. */
async function folderWith(projects: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'data-check-'));
  for (const name of ['themes.json', 'target-groups.json']) {
    await copyFile(path.join('data', name), path.join(dir, name));
  }
  await writeFile(path.join(dir, 'projects.json'), projects);
  return dir;
}

describe('npm run data:check', () => {
  it('refuses a record with an unknown theme id, naming file, record, field and reason', async () => {
    const fixture = await readFile('src/domain/catalogue/fixtures/unknown-theme.json', 'utf8');
    const result = await dataCheck(await folderWith(fixture));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'data/projects.json: record "pajala-x", field "themes.1": unknown theme "cooking" (not in data/themes.json)',
      'catalogue refused: 1 error(s)',
    ]);
  });

  it('accepts the real catalogue', async () => {
    const result = await dataCheck('data');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^catalogue ok: \d+ projects, \d+ themes, \d+ target groups/);
  });
});
