import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const a = tempDir();
const b = tempDir();
afterAll(() => {
  a.remove();
  b.remove();
});

/** The CLI's commands in this process (its entry, runCli): what config does, not how a process starts. */
function kiosk(dataDir: string, ...args: string[]) {
  return runKioskInProcess(['--data-dir', dataDir, ...args]);
}

describe('kiosk config (CLI)', () => {
  it('gets, sets with the same rules, exports and imports onto another kiosk', async () => {
    expect(await kiosk(a.path, 'config', 'set', 'ui.idleTimeoutS', '90')).toMatchObject({ code: 0, stdout: 'ui.idleTimeoutS = 90\n' });
    const refused = await kiosk(a.path, 'config', 'set', 'ui.idleTimeoutS', '5');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ui\.idleTimeoutS: Too small/);
    expect((await kiosk(a.path, 'config', 'set', 'center.name', 'UBND xã Tả Van')).code).toBe(0);
    // A numeric-looking token stays the text that was typed.
    expect((await kiosk(a.path, 'config', 'set', 'server.token', '00123456789012345678')).stdout).toBe('server.token = ****5678\n');

    const all = JSON.parse((await kiosk(a.path, '--json', 'config', 'get')).stdout) as Record<string, unknown>;
    expect(all).toMatchObject({ 'ui.idleTimeoutS': 90, 'center.name': 'UBND xã Tả Van', 'server.token': '****5678' });
    expect(JSON.parse((await kiosk(a.path, '--json', 'config', 'get', 'ui.idleTimeoutS')).stdout)).toBe(90);
    expect((await kiosk(a.path, 'config', 'get', 'server.token', '--show-secrets')).stdout).toBe('00123456789012345678\n');

    const file = join(a.path, 'setup.json');
    expect((await kiosk(a.path, 'config', 'export', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('00123456789012345678');
    expect(await kiosk(b.path, 'config', 'import', file)).toMatchObject({ code: 0 });
    expect(JSON.parse((await kiosk(b.path, '--json', 'config', 'get')).stdout)).toMatchObject({
      'ui.idleTimeoutS': 90,
      'center.name': 'UBND xã Tả Van',
      'server.token': '',
    });
  });

  it('refuses a hostile file with the reason and leaves the settings as they were', async () => {
    const before = (await kiosk(b.path, '--json', 'config', 'get')).stdout;
    const hostile = join(b.path, 'hostile.json');
    writeFileSync(
      hostile,
      JSON.stringify({ format: 'commune-kiosk-config', version: 1, values: { 'ui.idleTimeoutS': 'soon', 'ui.shell': '/bin/sh' } }),
    );
    const r = await kiosk(b.path, 'config', 'import', hostile);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown settings: "ui\.shell"; nothing was changed/);
    const big = join(b.path, 'big.json');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024, 0x7b));
    expect((await kiosk(b.path, 'config', 'import', big)).stderr).toMatch(/10485760 bytes, larger than a config export can be/);
    expect((await kiosk(b.path, 'config', 'import', join(b.path, 'missing.json'))).stderr).toMatch(/cannot read .*ENOENT/);
    expect((await kiosk(b.path, '--json', 'config', 'get')).stdout).toBe(before);
  });
});
