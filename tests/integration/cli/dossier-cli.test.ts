import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { tempDir } from '../../support/test-kiosk';

const dir = tempDir('kiosk-cli-');
let server: CenterServer;

function kiosk(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/kiosk.mjs', '--data-dir', dir.path, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  server = await startCenterServer({ token: 'cli-token' });
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

describe('kiosk outbox and sync commands', () => {
  it('outbox status --json prints the four counts', () => {
    const r = kiosk('outbox', 'status', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0 });
  });

  it('dossier submit refuses a file that is not JSON and stores nothing', () => {
    const file = join(dir.path, 'broken.json');
    writeFileSync(file, '{ "procedureCode": ');
    const r = kiosk('dossier', 'submit', file, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.json: not valid JSON');
    expect(r.stdout).toBe('');
    expect(JSON.parse(kiosk('outbox', 'status', '--json').stdout).pending).toBe(0);
  });

  it('dossier submit refuses a draft of the wrong shape listing the paths', () => {
    const file = join(dir.path, 'shape.json');
    writeFileSync(file, JSON.stringify({ procedureCode: 'x', language: 'vi' }));
    const r = kiosk('dossier', 'submit', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/procedureCode: .*applicant: /s);
  });

  it('outbox retry needs a code or --all-failed and says when nothing failed', () => {
    expect(kiosk('outbox', 'retry').stderr).toContain('give a dossier code or --all-failed');
    expect(kiosk('outbox', 'retry', '--all-failed', '--json').stdout.trim()).toBe('{"retried":0}');
    const r = kiosk('outbox', 'retry', 'ABCD');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no failed item ABCD');
  });

  it('sync without a server says how to give one; with an unreachable one it reports and keeps items', () => {
    const none = kiosk('sync');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no center server: pass --server URL or set server.url');
    const r = kiosk('sync', '--server', server.url, '--token', 'cli-token', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0, sentNow: 0 });
    expect(kiosk('sync', '--server', 'not a url').stderr).toContain('--server: not a URL');
    expect(kiosk('sync', '--server', server.url, '--timeout-s', '0').stderr).toContain('--timeout-s must be');
  });
});
