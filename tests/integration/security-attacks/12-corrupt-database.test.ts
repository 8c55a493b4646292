import { EventEmitter } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ElectronMain, startKioskApp } from '../../../src-main/shells/electron/kiosk-app';
import { fakeElectron } from '../../support/fake-electron';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';

vi.mock('electron', () => ({}));
// The integration project shares one module graph between files (vitest.config.ts): start this
// file's Electron modules afresh, so they meet this file's mock of `electron`.
vi.hoisted(() => vi.resetModules());

const WATCHDOG = fileURLToPath(new URL('../../../src-main/shells/electron/watchdog-thread.ts', import.meta.url));
const GARBAGE = 'this is not a database, it was overwritten by a failing disk '.repeat(200);

describe('attack 12: the kiosk’s database is damaged', () => {
  let dir: ReturnType<typeof tempDir>;
  let dataDir: string;
  beforeEach(() => {
    dir = tempDir();
    dataDir = join(dir.path, 'data');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  });
  afterEach(() => dir.remove());

  async function startElectron() {
    const fake = fakeElectron({ lock: true, userData: join(dir.path, 'userData') });
    const exited = new Promise<number>((resolve) => fake.electron.app.exit.mockImplementation((code: number) => resolve(code)));
    const started = await startKioskApp(fake.electron as unknown as ElectronMain, {
      rendererDir: join(dir.path, 'renderer'),
      preloadFile: '/app/out/preload/preload.cjs',
      watchdogThreadFile: WATCHDOG,
      env: { KIOSK_DATA_DIR: dataDir },
      argv: [],
      proc: Object.assign(new EventEmitter(), { uptime: () => 1 }) as unknown as NodeJS.Process,
      outOfOrderDelayMs: 50,
    });
    return { ...fake, started, exited };
  }

  it('attack 12: overwrites kiosk.db with garbage; the kiosk moves it aside, starts fresh and tells the technician', async () => {
    writeFileSync(join(dataDir, 'kiosk.db'), GARBAGE, { mode: 0o600 });
    const { started, order } = await startElectron();
    expect(started).not.toBeNull();
    const setAside = readdirSync(dataDir).filter((n) => n.startsWith('kiosk.db.corrupt-'));
    expect(setAside).toHaveLength(1);
    // Nothing was deleted: the damaged file is there, byte for byte.
    expect(readFileSync(join(dataDir, setAside[0] as string), 'utf8')).toBe(GARBAGE);
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('database was malformed');
    expect(log).toContain(join(dataDir, setAside[0] as string));
    expect(order.at(-1)).toBe('load app://kiosk/index.html');
    const kiosk = started?.kiosk;
    const tech = kiosk?.newSession();
    tech?.setRole('technician');
    expect(await kiosk?.dispatch(tech as never, 'technician.storage', {})).toMatchObject({
      ok: true,
      result: { setAsideDatabases: [join(dataDir, setAside[0] as string)] },
    });
    await kiosk?.close();
  });

  it('attack 12: damages pages inside a real database; the integrity check catches it at start', async () => {
    const first = startTestKiosk({ dataDir });
    first.kiosk.config.set('center.name', 'UBND xã Hồng Thái');
    await first.close();
    const file = join(dataDir, 'kiosk.db');
    const bytes = readFileSync(file);
    // Scribble over every page but the header page: the file still opens, its b-trees do not hold.
    for (let at = 4096; at < bytes.length; at += 4096) bytes.fill(0x5a, at + 8, at + 200);
    writeFileSync(file, bytes);
    const again = startTestKiosk({ dataDir });
    expect(readdirSync(dataDir).some((n) => n.startsWith('kiosk.db.corrupt-'))).toBe(true);
    expect(again.logs.records.some((r) => r.level === 'error' && r.msg.includes('malformed'))).toBe(true);
    await again.close();
  });

  it('attack 12: makes start-up fail for another reason; the screen says "out of order" and the process exits non-zero', async () => {
    // A database the kiosk cannot open that is not malformed either (here a folder in its place,
    // as a failed restore leaves it): it must not be moved aside, and the kiosk must not hang.
    mkdirSync(join(dataDir, 'kiosk.db'));
    const { started, windows, exited } = await startElectron();
    expect(started).toBeNull();
    const page = windows.at(-1)?.loadURL.mock.calls.at(-1)?.[0] as string;
    expect(page.startsWith('data:text/html')).toBe(true);
    const html = decodeURIComponent(page.slice(page.indexOf(',') + 1));
    for (const phrase of ['Tạm ngừng phục vụ', 'Out of order', 'خارج الخدمة', 'Nieczynne']) expect(html).toContain(phrase);
    expect(await exited).toBe(1);
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('kiosk could not start');
    expect(readdirSync(dataDir).some((n) => n.startsWith('kiosk.db.corrupt-'))).toBe(false);
  });
});
