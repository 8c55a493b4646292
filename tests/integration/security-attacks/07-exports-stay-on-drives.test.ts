import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BridgeConnection, startAttackedKiosk, technicianConnection } from '../../support/attack-bridge';
import { kioskInProcess } from '../../support/kiosk-cli';
import { type TestWebKiosk, tempDir } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A kiosk whose only listed removable drive is `usb`; `outside` is any other folder of the machine. */
async function rig(): Promise<{ t: TestWebKiosk; tech: BridgeConnection; usb: string; outside: string }> {
  const root = tempDir('attack07-');
  cleanup.push(root.remove);
  const usb = join(root.path, 'media', 'USB');
  const outside = join(root.path, 'outside');
  mkdirSync(usb, { recursive: true });
  mkdirSync(outside);
  const t = await startAttackedKiosk({ exportTargets: () => [{ path: usb, label: 'USB' }] });
  cleanup.push(t.close);
  const tech = await technicianConnection(t);
  cleanup.push(tech.close);
  return { t, tech, usb, outside };
}

describe('item 7: exports and imports through the screen stay on the listed removable drives', () => {
  it('attack 07: a technician screen writes logs and settings into folders that are not a listed drive', async () => {
    const { tech, usb, outside } = await rig();
    symlinkSync(outside, join(usb, 'link-out'));
    for (const dir of [outside, join(usb, '..', '..', 'outside'), join(usb, 'link-out'), '/etc', process.cwd()]) {
      for (const [channel, args] of [
        ['logs.export', { dir }],
        ['config.exportFile', { dir, includeSecrets: true }],
        ['config.importCandidates', { dir }],
      ] as const) {
        const reply = await tech.call(channel, args);
        expect(reply, `${channel} ${dir}`).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(readdirSync(outside)).toEqual([]);
    // The drive itself still works.
    expect(await tech.call('logs.export', { dir: usb })).toMatchObject({ ok: true });
    expect(await tech.call('config.exportFile', { dir: usb })).toMatchObject({ ok: true });
  });

  it('attack 07: a technician screen imports a file from outside the drive, directly or through a link on the drive', async () => {
    const { t, tech, usb, outside } = await rig();
    const exported = await tech.call('config.exportFile', { dir: usb });
    const good = (exported.result as { file: string }).file;
    const foreign = join(outside, 'settings.json');
    writeFileSync(foreign, readFileSync(good, 'utf8').replace(/"ui.idleTimeoutS": \d+/, '"ui.idleTimeoutS": 600'));
    symlinkSync(foreign, join(usb, 'looks-local.json'));
    for (const path of [foreign, join(usb, 'looks-local.json'), join(usb, '..', '..', 'outside', 'settings.json')]) {
      expect(await tech.call('config.importFile', { path }), path).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(t.kiosk.config.get('ui.idleTimeoutS')).toBe(60);
    // The link is not offered as a candidate either.
    const listed = await tech.call('config.importCandidates', { dir: usb });
    expect((listed.result as { files: { name: string }[] }).files.map((f) => f.name)).toEqual([good.split('/').pop()]);
    expect(await tech.call('config.importFile', { path: good })).toMatchObject({ ok: true });
  });

  // The CLI's commands through its entry (runCli) in this process, whose umask (022) is not the
  // CLI's 077: the 0600 below is the export's own doing. The CLI process's umask: attack 03.
  it('attack 07: `kiosk config export FILE` is pointed at a symlink to a file it must not overwrite', async () => {
    const dir = tempDir('attack07-cli-');
    cleanup.push(dir.remove);
    const cli = kioskInProcess(join(dir.path, 'data'));
    expect((await cli('config', 'set', 'server.token', 'secret-token-0123456789')).code).toBe(0);
    const victim = join(dir.path, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const trap = join(dir.path, 'export.json');
    symlinkSync(victim, trap);
    for (const extra of [[], ['--include-secrets']]) {
      const r = await cli('config', 'export', trap, ...extra);
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toMatch(/symbolic link|already exists/);
      expect(readFileSync(victim, 'utf8')).toBe('precious\n');
      expect(lstatSync(trap).isSymbolicLink()).toBe(true);
    }
  });

  it('attack 07: `kiosk config export --include-secrets` writes the token into an existing, readable file', async () => {
    const dir = tempDir('attack07-cli-');
    cleanup.push(dir.remove);
    const cli = kioskInProcess(join(dir.path, 'data'));
    expect((await cli('config', 'set', 'server.token', 'secret-token-0123456789')).code).toBe(0);
    const existing = join(dir.path, 'shared.json');
    writeFileSync(existing, '{}\n', { mode: 0o644 });
    const r = await cli('config', 'export', existing, '--include-secrets');
    expect(r.code).not.toBe(0);
    expect(readFileSync(existing, 'utf8')).toBe('{}\n');
    const fresh = join(dir.path, 'fresh.json');
    expect((await cli('config', 'export', fresh, '--include-secrets')).code).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(readFileSync(fresh, 'utf8')).toContain('secret-token-0123456789');
  });
});
