import { deviceSettingsFromConfig } from '../../core/devices/device-settings';
import { createLogger } from '../../core/logging/logger';
import type { DeviceSettings } from '../../hardware/device-settings';
import type { DeviceHealth, DeviceKind } from '../../hardware/devices';
import { setupDevices } from '../../shells/devices-setup';
import type { CliContext } from '../cli-context';

const SETTLING: readonly DeviceHealth['state'][] = ['offline'];

/**
 * Opens the configured devices for one CLI command (emulators included) and waits until each
 * has said how it is, so the answer is not a mere "connecting".
 */
export async function openDevices(ctx: CliContext, only?: readonly DeviceKind[], waitMs = 4000) {
  const kiosk = ctx.core();
  const hardware = setupDevices(ctx.dataDir, createLogger(ctx.logSink(), 'cli.hardware'), ctx.clock);
  const configured = deviceSettingsFromConfig(kiosk.config.all());
  const settings: DeviceSettings = only
    ? {
        printer: only.includes('printer') ? configured.printer : { ...configured.printer, interface: 'none' },
        scanner: only.includes('scanner') ? configured.scanner : { ...configured.scanner, interface: 'none' },
        idReader: only.includes('idReader') ? configured.idReader : { ...configured.idReader, interface: 'none' },
      }
    : configured;
  hardware.devices.configure(settings);
  await hardware.devices.settled();
  // How long to wait for devices is elapsed time, not time of day: a monotonic timer, not the clock.
  const now = () => performance.now();
  const deadline = now() + waitMs;
  const unsettled = () => hardware.devices.health().some((h) => SETTLING.includes(h.state) && h.reason === 'connecting');
  while (unsettled() && now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // A first status answer takes one poll; give a printer that is there the chance to give it.
  if (hardware.devices.health().some((h) => h.kind === 'printer' && h.state === 'offline')) {
    while (now() < Math.min(deadline, now() + 1500) && hardware.devices.health().find((h) => h.kind === 'printer')?.state === 'offline') {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { kiosk, settings, ...hardware };
}
