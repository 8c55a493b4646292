import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { KIOSK } from '../../support/kiosk-cli';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';

const dir = tempDir();
afterAll(() => dir.remove());

function kiosk(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [KIOSK, '--data-dir', dir.path, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kiosk auth (CLI)', () => {
  it('sets a PIN from a pipe, refuses a guessable one, reports and unlocks', async () => {
    expect(kiosk(['--json', 'auth', 'status']).stdout).toContain('"technician":{"set":false');
    const weak = kiosk(['auth', 'set-pin', '--role', 'technician'], '000000\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/too easy to guess/);

    const set = kiosk(['auth', 'set-pin', '--role', 'technician'], '482913\n');
    expect(set).toMatchObject({ code: 0, stdout: 'The technician PIN is set.\n' });
    expect(kiosk(['auth', 'set-pin', '--role', 'janitor'], '482913\n').stderr).toMatch(/--role must be staff or technician/);

    // Lock the role through the core on the same data dir (wrong tries from four screens), then unlock from the CLI.
    const core = startTestKiosk({ dataDir: dir.path, pinCost: { N: 1024, r: 8, p: 1 } });
    for (let i = 0; i < 20; i++) await core.kiosk.auth.login('technician', '000111', 'screen', `screen-${Math.floor(i / 5)}`);
    expect((await core.kiosk.auth.login('technician', '482913', 'screen')).outcome).toBe('locked');
    await core.close();
    expect(kiosk(['auth', 'status']).stdout).toMatch(/technician +locked until/);
    expect(kiosk(['auth', 'unlock', '--role', 'technician']).code).toBe(0);
    expect(kiosk(['auth', 'status']).stdout).toMatch(/technician +set \(5 tries left\)/);
  });
});
