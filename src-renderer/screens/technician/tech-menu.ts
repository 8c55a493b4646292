import type { ScreenName } from '../../stores/navigation-store';
import type { TechIconName } from './TechIcon';

/** One tile of technician home. Screens join by adding an entry; titles are in `technician`. */
export interface TechMenuEntry {
  readonly id: string;
  readonly screen: ScreenName;
  readonly icon: TechIconName;
}

export const techMenu: readonly TechMenuEntry[] = [{ id: 'pins', screen: 'technician.pins', icon: 'key' }];
