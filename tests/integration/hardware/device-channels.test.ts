import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorHost } from '../../../hardware/emulators/emulator-host';
import type { DeviceHealth } from '../../../src-main/api/channels/devices';
import { silentLog } from '../../../src-main/hardware/device-log';
import { DeviceManager } from '../../../src-main/hardware/device-manager';
import { waitFor } from '../../support/hardware';
import { startTestKiosk, type TestKiosk, tempDir } from '../../support/test-kiosk';

let kiosk: TestKiosk | null = null;
let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await kiosk?.close();
  kiosk = null;
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function emulatedKiosk(): { kiosk: TestKiosk; manager: DeviceManager; host: EmulatorHost } {
  const dir = tempDir();
  const host = new EmulatorHost(join(dir.path, 'emulators'));
  const manager = new DeviceManager({
    log: silentLog,
    emulators: host,
    listPorts: async () => [{ path: '/dev/ttyUSB0', manufacturer: 'FTDI' }],
  });
  // As a shell makes it: the manager is given to the core, which configures it from settings.
  kiosk = startTestKiosk({ dataDir: dir.path, devices: manager });
  cleanup.push(
    async () => dir.remove(),
    () => manager.close(),
    () => host.close(),
  );
  return { kiosk, manager, host };
}

describe('devices channels', () => {
  it('gives everyone the health, and technicians the list and a test print with its picture', async () => {
    const { kiosk, manager } = emulatedKiosk();
    const session = kiosk.kiosk.newSession();
    await waitFor(() => manager.health().every((h) => h.state === 'ready'), 10_000, 'emulated devices ready');

    const health = await kiosk.kiosk.dispatch(session, 'devices.health', {});
    expect(health.ok && (health.result as DeviceHealth[]).map((h) => h.state)).toEqual(['ready', 'ready', 'ready']);
    expect(await kiosk.kiosk.dispatch(session, 'devices.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await kiosk.kiosk.dispatch(session, 'devices.testPrint', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    session.setRole('technician');
    const list = await kiosk.kiosk.dispatch(session, 'devices.list', {});
    expect(list).toMatchObject({
      ok: true,
      result: { ports: [{ path: '/dev/ttyUSB0' }], devices: [{ kind: 'printer', interface: 'emulator' }, {}, {}] },
    });
    const printed = await kiosk.kiosk.dispatch(session, 'devices.testPrint', {});
    expect(printed).toMatchObject({ ok: true, result: { outcome: { state: 'printed' } } });
    const preview = printed.ok ? (printed.result as { preview?: string }).preview : undefined;
    expect(preview?.startsWith('data:image/png;base64,iVBOR')).toBe(true);
  });

  it('announces health changes to the screens, and reopens devices when a technician changes settings', async () => {
    const { kiosk, manager } = emulatedKiosk();
    const seen: DeviceHealth[] = [];
    kiosk.kiosk.bus.onAny((name, payload) => {
      if (name === 'devices.onHealth') seen.push(payload as DeviceHealth);
    });
    await waitFor(() => manager.health().every((h) => h.state === 'ready'), 10_000, 'ready');
    kiosk.kiosk.config.set('devices.scanner.interface', 'none');
    await waitFor(() => seen.some((h) => h.kind === 'scanner' && h.state === 'not-configured'), 10_000, 'scanner not configured');
    expect(manager.health().find((h) => h.kind === 'printer')?.state).toBe('ready');
    // A bad value is refused and changes nothing.
    expect(() => kiosk.kiosk.config.set('devices.printer.profile', 'no-such-printer')).toThrow();
    expect(kiosk.kiosk.config.get('devices.printer.profile')).toBe('generic-escpos-80');
  });

  it('answers without devices: health not configured, test print unavailable', async () => {
    kiosk = startTestKiosk();
    const session = kiosk.kiosk.newSession();
    session.setRole('technician');
    const health = await kiosk.kiosk.dispatch(session, 'devices.health', {});
    expect(health.ok && (health.result as DeviceHealth[]).every((h) => h.state === 'not-configured')).toBe(true);
    expect(await kiosk.kiosk.dispatch(session, 'devices.testPrint', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const scan = await kiosk.kiosk.dispatch(session, 'scan.submit', { payload: '1.001193', source: 'wedge' });
    expect(scan).toEqual({ ok: true, result: { kind: 'procedure', code: '1.001193' } });
    expect(await kiosk.kiosk.dispatch(session, 'scan.submit', { payload: 'x'.repeat(9000), source: 'wedge' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
