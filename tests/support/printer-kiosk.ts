import { PrinterEmulator } from '../../hardware/emulators/printer-emulator';
import type { DeviceManager } from '../../src-main/hardware/device-manager';
import { printerProfile } from '../../src-main/hardware/printer/printer-profiles';
import { healthOf, testManager, waitFor } from './hardware';
import { runningClockFrom } from './running-clock';
import { startTestWebKiosk } from './test-kiosk';

export { runningClockFrom };

export const MONDAY_9AM = '2026-11-23T02:00:00.000Z';
export const PRINTER_PROFILE = 'epson-80-cp1258';

/** The web kiosk with a receipt printer: the ESC/POS emulator on TCP behind a real DeviceManager. */
export async function kioskWithPrinter(
  extra: Parameters<typeof startTestWebKiosk>[0] = {},
  settings: Readonly<Record<string, string>> = {},
) {
  const emulator = await PrinterEmulator.tcp(printerProfile(PRINTER_PROFILE));
  // Quick status polling; the kiosk configures it from its settings, as a technician would.
  const devices: DeviceManager = testManager({});
  const kiosk = await startTestWebKiosk({ clock: runningClockFrom(MONDAY_9AM), devices, ...extra });
  kiosk.kiosk.config.setMany({
    'devices.printer.interface': 'tcp',
    'devices.printer.address': emulator.address,
    'devices.printer.profile': PRINTER_PROFILE,
    'devices.scanner.interface': 'none',
    'devices.idReader.interface': 'none',
    ...settings,
  });
  await waitFor(() => healthOf(devices, 'printer').state === 'ready', 10_000, 'printer ready');
  return {
    kiosk,
    emulator,
    devices,
    async close() {
      await kiosk.close();
      await devices.close();
      await emulator.close();
    },
  };
}
