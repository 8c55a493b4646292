import { afterAll, describe, expect, it } from 'vitest';
import { KIOSK_SOURCE, kioskCli } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const dir = tempDir();
afterAll(() => dir.remove());

// The source launcher, as `npx kiosk` runs it in a checkout (the rest of the suite runs the build).
const kiosk = kioskCli(dir.path, KIOSK_SOURCE);

describe('technician CLI', () => {
  it('prints help and version', () => {
    const help = kiosk('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: kiosk');
    expect(help.stdout).toContain('--json');
    expect(kiosk('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints JSON with --json', () => {
    const r = kiosk('info', '--json');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info).toMatchObject({ dataDir: dir.path, kioskId: expect.stringMatching(/^K[0-9A-F]{10}$/) });
    expect(JSON.parse(kiosk('info', '--json').stdout).kioskId).toBe(info.kioskId);
  });

  it('reports an unknown command on stderr with a non-zero exit', () => {
    const r = kiosk('frobnicate');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stdout).toBe('');
  });
});
