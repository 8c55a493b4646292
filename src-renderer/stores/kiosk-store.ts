import { create } from 'zustand';
import type { CenterLink } from '../../src-main/api/channels/center-link';
import type { PublicConfig } from '../../src-main/api/channels/config';
import type { SystemInfo } from '../../src-main/api/channels/system';
import type { Role } from '../../src-main/api/roles';

/** What the screen knows about the kiosk itself (no personal data lives here). */
interface KioskState {
  info: SystemInfo | null;
  connected: boolean;
  /** The link to the center server as the kiosk's last contact found it (the top bar's icon). */
  centerLink: CenterLink['state'];
  role: Role;
  setInfo(info: SystemInfo): void;
  /** A technician changed a public setting (center name, idle time…): applies it at once. */
  applyPublicConfig(config: PublicConfig): void;
  setConnected(connected: boolean): void;
  setRole(role: Role): void;
  setCenterLink(state: CenterLink['state']): void;
}

export const useKiosk = create<KioskState>((set) => ({
  info: null,
  connected: false,
  centerLink: 'unknown',
  role: 'citizen',
  setInfo: (info) => set({ info }),
  applyPublicConfig: (config) =>
    set((s) =>
      s.info
        ? {
            info: {
              ...s.info,
              centerName: config.centerName,
              defaultLanguage: config.defaultLanguage,
              idleTimeoutS: config.idleTimeoutS,
              orientation: config.orientation,
            },
          }
        : s,
    ),
  setConnected: (connected) => set({ connected }),
  setRole: (role) => set({ role }),
  setCenterLink: (centerLink) => set({ centerLink }),
}));
