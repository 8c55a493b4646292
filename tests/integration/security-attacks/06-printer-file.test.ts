import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { setupDevices } from '../../../src-main/shells/devices-setup';
import { type BridgeConnection, startAttackedKiosk, technicianConnection } from '../../support/attack-bridge';
import { type TestWebKiosk, tempDir } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A web kiosk with the shells' real device layer (emulators in `<data dir>/emulators`). */
async function rig(): Promise<{ t: TestWebKiosk; tech: BridgeConnection; dataDir: string }> {
  const dir = tempDir('attack06-');
  cleanup.push(dir.remove);
  const hardware = setupDevices(dir.path, createLogger(memorySink(), 'hardware'));
  cleanup.push(hardware.close);
  const t = await startAttackedKiosk({ dataDir: dir.path, devices: hardware.devices });
  cleanup.push(t.close);
  const tech = await technicianConnection(t);
  cleanup.push(tech.close);
  await tech.call('config.set', { values: { 'devices.printer.interface': 'none' } });
  await printerHealth(tech, unplugged);
  return { t, tech, dataDir: dir.path };
}

/** Settled after a change away from `none`: neither the plain "not configured" of none nor still connecting. */
const settled = (h: { state: string; reason: string | null }) =>
  h.reason !== 'not configured' && !(h.state === 'offline' && h.reason === 'connecting');
const unplugged = (h: { state: string; reason: string | null }) => h.state === 'not-configured' && h.reason === 'not configured';

async function printerHealth(tech: BridgeConnection, until: (h: { state: string; reason: string | null }) => boolean) {
  for (let i = 0; i < 200; i++) {
    const reply = await tech.call('devices.health', {});
    const h = (reply.result as { kind: string; state: string; reason: string | null }[]).find((d) => d.kind === 'printer');
    if (h && until(h)) return h;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('printer health never settled');
}

describe('item 6: a file-backed printer writes only to a printer device', () => {
  it('attack 06: a technician screen points the usb printer at kiosk.db, an ordinary file and a link in the emulator folder, then prints', async () => {
    const { tech, dataDir } = await rig();
    const victim = join(dataDir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    mkdirSync(join(dataDir, 'emulators'), { recursive: true });
    const link = join(dataDir, 'emulators', 'lp0');
    symlinkSync(join(dataDir, 'kiosk.db'), link);
    const db = join(dataDir, 'kiosk.db');
    for (const address of [db, victim, link, dataDir]) {
      const before = sha(address === dataDir ? victim : address);
      const set = await tech.call('config.set', { values: { 'devices.printer.interface': 'usb', 'devices.printer.address': address } });
      expect(set.ok).toBe(true);
      const health = await printerHealth(tech, settled);
      expect(health.state, address).toBe('not-configured');
      expect(health.reason).toMatch(/not a printer device/);
      const printed = await tech.call('devices.testPrint', {});
      expect(printed.ok).toBe(false);
      expect(sha(address === dataDir ? victim : address)).toBe(before);
      // Back to no printer, so the next address is a fresh configuration.
      await tech.call('config.set', { values: { 'devices.printer.interface': 'none' } });
      await printerHealth(tech, unplugged);
    }
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
  });

  it('attack 06: a character device and a file inside the emulator folder are still accepted', async () => {
    const { tech, dataDir } = await rig();
    mkdirSync(join(dataDir, 'emulators'), { recursive: true });
    const emulated = join(dataDir, 'emulators', 'usb-printer.bin');
    writeFileSync(emulated, '');
    for (const address of ['/dev/null', emulated]) {
      await tech.call('config.set', { values: { 'devices.printer.interface': 'usb', 'devices.printer.address': address } });
      const health = await printerHealth(tech, settled);
      expect(health.state, `${address}: ${health.reason}`).not.toBe('not-configured');
      await tech.call('config.set', { values: { 'devices.printer.interface': 'none' } });
      await printerHealth(tech, unplugged);
    }
  });
});
