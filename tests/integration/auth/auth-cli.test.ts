import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { KIOSK, runKioskInProcess } from '../../support/kiosk-cli';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';

const dir = tempDir();
afterAll(() => dir.remove());

/** The real CLI in a child process, with `input` on its stdin pipe: what provisioning scripts do. */
function kioskProcess(dataDir: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [KIOSK, '--data-dir', dataDir, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same commands in this process (the CLI's entry, runCli), `input` as its stdin pipe. */
function kiosk(dataDir: string, args: string[], input?: string) {
  return runKioskInProcess(['--data-dir', dataDir, ...args], { input: input ?? '' });
}

describe('kiosk auth (CLI)', () => {
  it('sets a PIN from a pipe, refuses a guessable one and an unknown role, and reports it', async () => {
    expect((await kiosk(dir.path, ['--json', 'auth', 'status'])).stdout).toContain('"technician":{"set":false');
    const weak = await kiosk(dir.path, ['auth', 'set-pin', '--role', 'technician'], '000000\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/too easy to guess/);

    // The PIN through a real process's stdin pipe, as a provisioning script gives it.
    const set = kioskProcess(dir.path, ['auth', 'set-pin', '--role', 'technician'], '482913\n');
    expect(set).toMatchObject({ code: 0, stdout: 'The technician PIN is set.\n' });
    expect((await kiosk(dir.path, ['auth', 'set-pin', '--role', 'janitor'], '482913\n')).stderr).toMatch(
      /--role must be staff or technician/,
    );
    expect((await kiosk(dir.path, ['auth', 'status'])).stdout).toMatch(/technician +set \(5 tries left\)/);
  });

  it('unlocks a role the core locked', async () => {
    // Its own kiosk, whose PIN the core hashes at the tests' low cost: the twenty wrong tries that
    // lock it then cost little, while the CLI's own set-pin (above) keeps the kiosk's real cost.
    const locked = tempDir();
    try {
      const core = startTestKiosk({ dataDir: locked.path, pinCost: { N: 1024, r: 8, p: 1 } });
      await core.kiosk.auth.setPin('technician', '482913', 'cli');
      // Wrong tries from four screens lock the role; then the CLI unlocks it on the same data dir.
      for (let i = 0; i < 20; i++) await core.kiosk.auth.login('technician', '000111', 'screen', `screen-${Math.floor(i / 5)}`);
      expect((await core.kiosk.auth.login('technician', '482913', 'screen')).outcome).toBe('locked');
      await core.close();
      expect((await kiosk(locked.path, ['auth', 'status'])).stdout).toMatch(/technician +locked until/);
      expect((await kiosk(locked.path, ['auth', 'unlock', '--role', 'technician'])).code).toBe(0);
      expect((await kiosk(locked.path, ['auth', 'status'])).stdout).toMatch(/technician +set \(5 tries left\)/);
    } finally {
      locked.remove();
    }
  });
});
