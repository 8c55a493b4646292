import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../src-main/core/rpc/session';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

const open: TestKiosk[] = [];
const dirs: { remove(): void }[] = [];
afterEach(async () => {
  for (const k of open.splice(0)) await k.close();
  for (const d of dirs.splice(0)) d.remove();
});

/** Every test drive is a folder inside this one, the only drive the kiosks list. */
const drives = tempDir('drives-');
afterAll(() => drives.remove());

function start(): { k: TestKiosk; tech: Session } {
  const k = startTestKiosk({ configPollMs: 0, exportTargets: () => [{ path: drives.path, label: 'USB' }] });
  open.push(k);
  const tech = k.kiosk.newSession();
  tech.setRole('technician');
  return { k, tech };
}

function usb(): string {
  return mkdtempSync(join(drives.path, 'usb-'));
}

describe('config files on a USB drive, from the screen', () => {
  it('copies one kiosk onto another through the drive', async () => {
    const a = start();
    a.k.kiosk.config.setMany({ 'center.name': 'UBND xã Bản Hồ', 'ui.idleTimeoutS': 150, 'server.token': 'tok-a-0123456789abcdef' });
    const drive = usb();
    const exported = await a.k.kiosk.dispatch(a.tech, 'config.exportFile', { dir: drive });
    expect(exported).toMatchObject({ ok: true, result: { file: expect.stringMatching(/kiosk-config-K[0-9A-F]+-\d{8}-\d{6}\.json$/) } });
    const file = (exported as { result: { file: string } }).result.file;
    expect(readFileSync(file, 'utf8')).not.toContain('tok-a-');

    const b = start();
    const listed = await b.k.kiosk.dispatch(b.tech, 'config.importCandidates', { dir: drive });
    expect(listed).toMatchObject({ ok: true, result: { files: [{ path: file }] } });
    expect(await b.k.kiosk.dispatch(b.tech, 'config.importFile', { path: file })).toMatchObject({ ok: true });
    expect(b.k.kiosk.config.get('center.name')).toBe('UBND xã Bản Hồ');
    expect(b.k.kiosk.config.get('ui.idleTimeoutS')).toBe(150);
  });

  it('refuses a hostile file on the drive and changes nothing', async () => {
    const { k, tech } = start();
    const drive = usb();
    const before = JSON.stringify(k.kiosk.config.all());
    const big = join(drive, 'big.json');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024, 0x20));
    const wrong = join(drive, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 'commune-kiosk-config', version: 1, values: { 'ui.idleTimeoutS': true, extra: 1 } }));
    mkdirSync(join(drive, 'folder.json'));
    expect(await k.kiosk.dispatch(tech, 'config.importFile', { path: big })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('10485760 bytes') },
    });
    expect(await k.kiosk.dispatch(tech, 'config.importFile', { path: wrong })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('unknown settings: "extra"') },
    });
    expect(await k.kiosk.dispatch(tech, 'config.importFile', { path: join(drive, 'folder.json') })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('not a regular file') },
    });
    expect(await k.kiosk.dispatch(tech, 'config.importFile', { path: join(drive, 'gone.json') })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(JSON.stringify(k.kiosk.config.all())).toBe(before);
    // The folder is not offered as a file.
    const listed = (await k.kiosk.dispatch(tech, 'config.importCandidates', { dir: drive })) as { result: { files: { name: string }[] } };
    expect(listed.result.files.map((f) => f.name).sort()).toEqual(['big.json', 'wrong.json']);
  });

  it('explains a drive that is not there', async () => {
    const { k, tech } = start();
    expect(await k.kiosk.dispatch(tech, 'config.exportFile', { dir: '/media/nobody/GONE' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('USB drive') },
    });
  });
});
