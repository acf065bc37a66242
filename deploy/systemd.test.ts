import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = new URL('./integrationskartan.service', import.meta.url);
const REPO = path.resolve(import.meta.dirname, '..');
const text = readFileSync(UNIT, 'utf8');

/** The unit's settings: every value of each key, in order (comments and sections left out). */
function settings(unit: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of unit.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) out.set(match[1]!, [...(out.get(match[1]!) ?? []), match[2]!]);
  }
  return out;
}

describe('the systemd unit (deploy/integrationskartan.service)', () => {
  const unit = settings(text);
  const one = (key: string) => unit.get(key)?.join(' ');

  it('restarts the server when it fails, as an unprivileged user that gains no privileges', () => {
    expect(one('Restart')).toBe('on-failure');
    expect(one('ExecStart')).toMatch(/ server\/serve\.ts$/);
    expect(one('DynamicUser')).toBe('yes');
    expect(unit.has('User')).toBe(false);
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('CapabilityBoundingSet')).toBe('');
  });

  it('keeps the file system read-only but the data folder, which the server is told of', () => {
    expect(one('ProtectSystem')).toBe('strict');
    expect(one('ProtectHome')).toBe('yes');
    expect(one('StateDirectory')).toBe('integrationskartan');
    expect(unit.get('Environment')).toContain('DATA_DIR=%S/integrationskartan');
    // No other writable path.
    expect(unit.has('ReadWritePaths')).toBe(false);
    expect(one('Environment')).toMatch(/\bHOST=127\.0\.0\.1\b/);
  });

  const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  const present = analyze.status === 0;
  const reason = present ? '' : ' (skipped: systemd-analyze is not installed here)';

  /** The unit with its one line to fill in filled: this checkout and this Node. */
  async function filledIn(): Promise<{ file: string; done: () => Promise<void> }> {
    const folder = await mkdtemp(path.join(tmpdir(), 'integrationskartan-unit-'));
    const file = path.join(folder, 'integrationskartan.service');
    await writeFile(
      file,
      text
        .replace('WorkingDirectory=/srv/integrationskartan', `WorkingDirectory=${REPO}`)
        .replace('ExecStart=/usr/bin/node ', `ExecStart=${process.execPath} `),
    );
    return { file, done: () => rm(folder, { recursive: true, force: true }) };
  }

  it.skipIf(!present)(`passes systemd-analyze verify, without a warning${reason}`, async () => {
    const { file, done } = await filledIn();
    try {
      const result = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      await done();
    }
  });

  it.skipIf(!present)(`is rated well sandboxed by systemd-analyze security${reason}`, async () => {
    const { file, done } = await filledIn();
    try {
      const result = spawnSync('systemd-analyze', ['security', '--offline=true', file], {
        encoding: 'utf8',
      });
      const exposure = /Overall exposure level for [^:]+: ([\d.]+)/.exec(result.stdout);
      expect(exposure, result.stdout + result.stderr).not.toBeNull();
      expect(Number(exposure![1])).toBeLessThanOrEqual(2);
    } finally {
      await done();
    }
  });
});
