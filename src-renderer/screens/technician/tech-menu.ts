import type { ScreenName } from '../../stores/navigation-store';
import type { TechIconName } from './TechIcon';

/** One tile of technician home. Screens join by adding an entry; titles are in `technician`. */
export interface TechMenuEntry {
  readonly id: string;
  readonly screen: ScreenName;
  readonly icon: TechIconName;
}

export const techMenu: readonly TechMenuEntry[] = [
  { id: 'devices', screen: 'technician.devices', icon: 'devices' },
  { id: 'printer', screen: 'technician.printer', icon: 'printer' },
  { id: 'scanner', screen: 'technician.scanner', icon: 'scanner' },
  { id: 'cardReader', screen: 'technician.cardReader', icon: 'card' },
  { id: 'chip', screen: 'technician.chip', icon: 'card' },
  { id: 'kiosk', screen: 'technician.kiosk', icon: 'kiosk' },
  { id: 'server', screen: 'technician.server', icon: 'server' },
  { id: 'payment', screen: 'technician.payment', icon: 'payment' },
  { id: 'outbox', screen: 'technician.outbox', icon: 'outbox' },
  { id: 'catalog', screen: 'technician.catalog', icon: 'catalog' },
  { id: 'services', screen: 'technician.services', icon: 'services' },
  { id: 'hall', screen: 'technician.hall', icon: 'devices' },
  { id: 'logs', screen: 'technician.logs', icon: 'logs' },
  { id: 'pins', screen: 'technician.pins', icon: 'key' },
  { id: 'settings', screen: 'technician.settings', icon: 'settings' },
];
