import type { ComponentType } from 'react';
import type { ScreenParams } from '../../stores/navigation-store';
import { KioskSettingsScreen } from './KioskSettingsScreen';
import { LogsScreen } from './LogsScreen';
import { PinsScreen } from './PinsScreen';
import { ServerSettingsScreen } from './ServerSettingsScreen';
import { TechnicianHomeScreen } from './TechnicianHomeScreen';
import './technician-screens';

type TechnicianScreenName = Extract<keyof ScreenParams, `technician.${string}`>;

/** Every technician screen, joined into the app's screen table with one spread. */
export const technicianScreens: { [S in TechnicianScreenName]: ComponentType<{ params: ScreenParams[S] }> } = {
  'technician.home': TechnicianHomeScreen,
  'technician.pins': PinsScreen,
  'technician.kiosk': KioskSettingsScreen,
  'technician.server': ServerSettingsScreen,
  'technician.logs': LogsScreen,
};
