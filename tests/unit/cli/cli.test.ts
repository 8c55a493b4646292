import { afterAll, describe, expect, it } from 'vitest';
import { KIOSK_SOURCE, kioskCli, kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const dir = tempDir();
afterAll(() => dir.remove());

// Real processes for what only a process shows (its arguments, output streams and exit status):
// the source launcher, as `npx kiosk` runs it in a checkout (a tsx compile per start), and the
// build the rest of the suite runs.
const kiosk = kioskCli(dir.path, KIOSK_SOURCE);
const built = kioskCli(dir.path);
// The same program through its entry (runCli) in this process, for what the commands print.
const inProcess = kioskInProcess(dir.path);

describe('technician CLI', () => {
  it('prints help and version', async () => {
    const help = kiosk('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kiosk');
    expect(help.stdout).toContain('--json');
    expect((await inProcess('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints JSON with --json', async () => {
    const r = await inProcess('info', '--json');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info).toMatchObject({ dataDir: dir.path, kioskId: expect.stringMatching(/^K[0-9A-F]{10}$/) });
    expect(JSON.parse((await inProcess('info', '--json')).stdout).kioskId).toBe(info.kioskId);
  });

  it('reports an unknown command on stderr with a non-zero exit', () => {
    const r = built('frobnicate');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stdout).toBe('');
  });
});
