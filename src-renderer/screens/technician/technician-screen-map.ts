import type { ComponentType } from 'react';
import type { ScreenParams } from '../../stores/navigation-store';
import { AllSettingsScreen } from './AllSettingsScreen';
import { CatalogScreen } from './CatalogScreen';
import { DevicesScreen } from './DevicesScreen';
import { KioskSettingsScreen } from './KioskSettingsScreen';
import { LogsScreen } from './LogsScreen';
import { OutboxScreen } from './OutboxScreen';
import { PinsScreen } from './PinsScreen';
import { PrinterTestScreen } from './PrinterTestScreen';
import { CardReaderTestScreen, ScannerTestScreen } from './ScanTestScreen';
import { ServerSettingsScreen } from './ServerSettingsScreen';
import { ServiceEditScreen } from './ServiceEditScreen';
import { ServicesScreen } from './ServicesScreen';
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
  'technician.devices': DevicesScreen,
  'technician.printer': PrinterTestScreen,
  'technician.scanner': ScannerTestScreen,
  'technician.cardReader': CardReaderTestScreen,
  'technician.outbox': OutboxScreen,
  'technician.catalog': CatalogScreen,
  'technician.settings': AllSettingsScreen,
  'technician.services': ServicesScreen,
  'technician.service': ServiceEditScreen,
};
