import type { KioskParts } from '../kiosk/kiosk-parts';
import { ScanMonitor } from './scan-monitor';
import { technicianHandlers } from './technician-handlers';

/** The technician's test screens: the masked log of recent scans and its handler. */
export function composeTechnician(parts: KioskParts) {
  const monitor = new ScanMonitor({ bus: parts.bus, clock: parts.clock, ...(parts.devices ? { devices: parts.devices } : {}) });
  return {
    handlers: technicianHandlers(monitor, parts.dataDir),
    close(): void {
      monitor.close();
    },
  };
}
