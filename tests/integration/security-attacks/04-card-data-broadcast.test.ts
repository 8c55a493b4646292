import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineDeviceEmulator } from '../../../hardware/emulators/line-device-emulator';
import type { DeviceManager } from '../../../src-main/hardware/device-manager';
import { type BridgeClient, connectBridge } from '../../support/bridge-client';
import { healthOf, testManager, waitFor } from '../../support/hardware';
import { startTestWebKiosk, type TestWebKiosk, tempDir } from '../../support/test-kiosk';

const CARD = {
  idNumber: '001099012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '31121990',
  sex: 'male' as const,
  address: 'Thôn Đông, xã Sóc Sơn, Hà Nội',
  issueDate: '01012021',
};
const CCCD_QR = '001099012345||Nguyễn Văn An|31121990|Nam|Thôn Đông, xã Sóc Sơn, Hà Nội|01012021';

describe('attack 04: a second connection listens for citizens’ ID cards', () => {
  let dir: ReturnType<typeof tempDir>;
  let reader: LineDeviceEmulator;
  let manager: DeviceManager;
  let t: TestWebKiosk;
  let screen: BridgeClient;
  let eavesdropper: BridgeClient;
  beforeEach(async () => {
    dir = tempDir();
    reader = await new LineDeviceEmulator(join(dir.path, 'card'), join(dir.path, 'card-in')).start();
    manager = testManager({});
    t = await startTestWebKiosk({ devices: manager });
    t.kiosk.config.setMany({
      'devices.printer.interface': 'none',
      'devices.idReader.interface': 'serial',
      'devices.idReader.address': reader.device,
    });
    await waitFor(() => healthOf(manager, 'idReader').state === 'ready', 5000, 'reader ready');
    // The eavesdropper connects first and makes one call, then only listens.
    eavesdropper = await connectBridge(t.shell);
    await eavesdropper.call('system.ping', { nonce: 'hello' });
    screen = await connectBridge(t.shell);
    await screen.call('system.info', {});
  });
  afterEach(async () => {
    await Promise.all([screen.close(), eavesdropper.close()]);
    await t.close();
    await manager.close();
    await reader.close();
    dir.remove();
  });

  const cardEvents = (c: BridgeClient) => c.events.filter((e) => e.event === 'scan.onScan');

  it('attack 04: waits for the card reader and reads the ID number, name and address from the broadcast', async () => {
    await reader.sendCard(CARD);
    await waitFor(() => cardEvents(screen).length === 1, 10_000, 'the card on the screen in use');
    expect(cardEvents(screen)[0]?.payload).toMatchObject({ scan: { kind: 'cccd', idNumber: CARD.idNumber } });
    // The screen got its card and answered a call since: anything sent to the other socket is there by now.
    await eavesdropper.call('system.ping', { nonce: 'after' });
    expect(cardEvents(eavesdropper)).toEqual([]);
  });

  it('attack 04: listens while the screen submits a card its camera read', async () => {
    expect(await screen.call('scan.submit', { payload: CCCD_QR, source: 'camera' })).toMatchObject({ ok: true, result: { kind: 'cccd' } });
    await waitFor(() => cardEvents(screen).length === 1, 10_000, 'the card on the screen that sent it');
    await eavesdropper.call('system.ping', { nonce: 'after' });
    expect(cardEvents(eavesdropper)).toEqual([]);
  });

  it('attack 04: asks system.info as a citizen to learn where the database lives', async () => {
    const info = await eavesdropper.call('system.info', {});
    expect(info).toMatchObject({ ok: true });
    expect(JSON.stringify(info)).not.toContain(t.dataDir);
    expect(info.result).not.toHaveProperty('dataDir');
  });
});
