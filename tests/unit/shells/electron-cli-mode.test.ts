import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliArguments, runCliMode } from '../../../src-main/shells/electron/cli-mode';

// The unit project shares one module graph between files (vitest.config.ts): start this file's
// Electron modules afresh, so they meet this file's mock of `electron` and no other's.
vi.hoisted(() => vi.resetModules());

const calls: string[] = [];

// The packaged binary started as `commune-kiosk --ozone-platform=headless --kiosk-cli info --json`.
vi.mock('electron', () => ({
  app: {
    exit: (code: number) => calls.push(`exit ${code}`),
    requestSingleInstanceLock: () => {
      calls.push('lock');
      return true;
    },
    commandLine: { appendSwitch: (name: string) => calls.push(`switch ${name}`) },
  },
  protocol: { registerSchemesAsPrivileged: () => calls.push('schemes') },
}));
vi.mock('../../../src-main/cli/program', () => ({
  runCli: async (argv: readonly string[]) => {
    calls.push(`cli ${argv.join(' ')}`);
    return 3;
  },
}));

const savedArgv = process.argv;
// main.ts sets the process umask to 0o077; the worker runs other files after this one.
const savedUmask = process.umask();
afterAll(() => {
  process.argv = savedArgv;
  process.umask(savedUmask);
});

describe('the Electron binary as the technician CLI (--kiosk-cli)', () => {
  it('takes the arguments after the flag, and nothing when the flag is absent', () => {
    expect(cliArguments(['/opt/k/commune-kiosk', '--ozone-platform=headless', '--kiosk-cli', 'auth', 'status'])).toEqual([
      'auth',
      'status',
    ]);
    expect(cliArguments(['/opt/k/commune-kiosk', '--data-dir=/srv/k'])).toBeNull();
  });

  it('exits with the CLI’s code, and with 1 when the CLI throws', async () => {
    const exits: number[] = [];
    const app = { exit: (code?: number) => void exits.push(code ?? 0) };
    await runCliMode(app, ['info'], async () => 0);
    await expect(runCliMode(app, ['info'], () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(exits).toEqual([0, 1]);
  });

  it('main.ts runs the CLI instead of the kiosk: no lock, no kiosk switches, no window', async () => {
    process.argv = ['/opt/k/commune-kiosk', '--ozone-platform=headless', '--kiosk-cli', 'info', '--json'];
    await import('../../../src-main/shells/electron/main');
    await vi.waitFor(() => expect(calls).toContain('exit 3'));
    expect(calls).toEqual(['cli info --json', 'exit 3']);
  });
});
