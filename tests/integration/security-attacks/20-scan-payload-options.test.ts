import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KIOSK, runKioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const dir = tempDir('attack20-');
afterAll(() => dir.remove());

/** The real CLI: the payload crosses a shell's argv (or a stdin pipe) into a process. */
function kiosk(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [KIOSK, '--data-dir', dir.path, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same argv through the CLI's entry (runCli) in this process: its parsing, without a Node start each. */
function inProcess(args: string[], input?: string) {
  return runKioskInProcess(['--data-dir', dir.path, ...args], { input: input ?? '' });
}

describe('item 20: a scanned payload is never read as an option', () => {
  it('attack 20: a QR payload that starts with "-" is handed to `kiosk scan classify` as it was read', () => {
    const version = kiosk(['scan', 'classify', '-v']);
    // Not the version, and not success: the technician is told to put the payload after `--`.
    expect(version.code).not.toBe(0);
    expect(version.stdout).not.toMatch(/^\d+\.\d+\.\d+/);
    expect(version.stderr).toMatch(/--/);
    const elsewhere = join(dir.path, 'elsewhere');
    const redirect = kiosk(['scan', 'classify', `--data-dir=${elsewhere}`]);
    expect(redirect.code).not.toBe(0);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('attack 20: after `--` the same payloads are classified, never obeyed', async () => {
    for (const payload of ['-v', '--json', '--help', `--data-dir=${join(dir.path, 'elsewhere')}`]) {
      const r = await inProcess(['scan', 'classify', '--', payload]);
      expect(r.code, payload).toBe(0);
      expect(r.stdout).toBe('unknown: not a procedure, dossier or citizen ID code\n');
    }
    expect(existsSync(join(dir.path, 'elsewhere'))).toBe(false);
    expect((await inProcess(['scan', 'classify', '--help'])).stdout).toMatch(/after --/);
  });

  it('attack 20: `-` reads the payload from stdin, whatever it starts with', async () => {
    expect(kiosk(['--json', 'scan', 'classify', '-'], '1.001193\n').stdout).toBe('{"kind":"procedure","code":"1.001193"}\n');
    const dashed = await inProcess(['scan', 'classify', '-'], '--version\n');
    expect(dashed).toMatchObject({ code: 0, stdout: 'unknown: not a procedure, dossier or citizen ID code\n' });
  });
});
