import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KIOSK } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

/** `npx kiosk …` started from a shell whose umask lets everyone read what it creates. */
function kioskWithUmask(umask: string, dataDir: string, ...args: string[]) {
  const quoted = [process.execPath, KIOSK, '--data-dir', dataDir, ...args].map((a) => `'${a}'`).join(' ');
  return spawnSync('/bin/sh', ['-c', `umask ${umask}; exec ${quoted}`], { encoding: 'utf8' });
}

/** Every folder and file under `dir` (not following links) that another account could enter or read. */
function openToOthers(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    const st = lstatSync(path);
    if (st.isSymbolicLink() || st.isSocket()) return;
    if ((st.mode & 0o077) !== 0) out.push(`${path} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const n of readdirSync(path)) walk(join(path, n));
  };
  walk(dir);
  return out;
}

describe('attack 03: another local account reads the data folder', () => {
  let parent: ReturnType<typeof tempDir>;
  let dataDir: string;
  beforeEach(() => {
    parent = tempDir();
    dataDir = join(parent.path, 'commune-kiosk');
  });
  afterEach(() => parent.remove());

  it('attack 03: reads kiosk.db, its WAL and the logs of a kiosk first started with umask 000', () => {
    const set = kioskWithUmask('000', dataDir, 'config', 'set', 'server.token', 'secret-token-1234');
    expect(set.status, set.stderr).toBe(0);
    const files = readdirSync(dataDir);
    expect(files).toContain('kiosk.db');
    expect(openToOthers(dataDir)).toEqual([]);
    expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    expect((lstatSync(join(dataDir, 'kiosk.db')).mode & 0o777).toString(8)).toBe('600');
  });

  it('attack 03: reads a data folder an older version left 0755/0644; the next start repairs it and says so', () => {
    expect(kioskWithUmask('022', dataDir, 'info').status).toBe(0);
    chmodSync(dataDir, 0o755);
    for (const f of readdirSync(dataDir)) chmodSync(join(dataDir, f), lstatSync(join(dataDir, f)).isDirectory() ? 0o755 : 0o644);
    expect(openToOthers(dataDir).length).toBeGreaterThan(0);

    const run = kioskWithUmask('022', dataDir, 'info');
    expect(run.status, run.stderr).toBe(0);
    expect(openToOthers(dataDir)).toEqual([]);
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toMatch(/modes repaired/);
  });
});
