import type { PartialHandlers } from '../rpc/handlers';
import { storageStatus } from '../system/storage';
import type { ScanMonitor } from './scan-monitor';

export function technicianHandlers(scans: ScanMonitor, dataDir: string): PartialHandlers<'technician.recentScans' | 'technician.storage'> {
  return {
    'technician.recentScans': () => ({ scans: scans.recent() }),
    'technician.storage': () => storageStatus(dataDir),
  };
}
