import type { PartialHandlers } from '../rpc/handlers';
import type { ScanMonitor } from './scan-monitor';

export function technicianHandlers(scans: ScanMonitor): PartialHandlers<'technician.recentScans'> {
  return {
    'technician.recentScans': () => ({ scans: scans.recent() }),
  };
}
