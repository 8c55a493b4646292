import type { ComponentType } from 'react';
import { lazyScreen } from '../../components/lazy-screen';
import type { ScreenParams } from '../../stores/navigation-store';
import './technician-screens';
import '../cards/cards-screens';

type TechnicianScreenName = Extract<keyof ScreenParams, `technician.${string}`>;

/**
 * Every technician screen, joined into the app's screen table with one spread. Citizens never see
 * them, so their code loads after the home screen is up.
 */
export const technicianScreens: { [S in TechnicianScreenName]: ComponentType<{ params: ScreenParams[S] }> } = {
  'technician.home': lazyScreen(() => import('./TechnicianHomeScreen').then((m) => m.TechnicianHomeScreen)),
  'technician.pins': lazyScreen(() => import('./PinsScreen').then((m) => m.PinsScreen)),
  'technician.kiosk': lazyScreen(() => import('./KioskSettingsScreen').then((m) => m.KioskSettingsScreen)),
  'technician.server': lazyScreen(() => import('./ServerSettingsScreen').then((m) => m.ServerSettingsScreen)),
  'technician.logs': lazyScreen(() => import('./LogsScreen').then((m) => m.LogsScreen)),
  'technician.devices': lazyScreen(() => import('./DevicesScreen').then((m) => m.DevicesScreen)),
  'technician.printer': lazyScreen(() => import('./PrinterTestScreen').then((m) => m.PrinterTestScreen)),
  'technician.scanner': lazyScreen(() => import('./ScanTestScreen').then((m) => m.ScannerTestScreen)),
  'technician.cardReader': lazyScreen(() => import('./ScanTestScreen').then((m) => m.CardReaderTestScreen)),
  'technician.outbox': lazyScreen(() => import('./OutboxScreen').then((m) => m.OutboxScreen)),
  'technician.catalog': lazyScreen(() => import('./CatalogScreen').then((m) => m.CatalogScreen)),
  'technician.settings': lazyScreen(() => import('./AllSettingsScreen').then((m) => m.AllSettingsScreen)),
  'technician.services': lazyScreen(() => import('./ServicesScreen').then((m) => m.ServicesScreen)),
  'technician.payment': lazyScreen(() => import('./PaymentSettingsScreen').then((m) => m.PaymentSettingsScreen)),
  'technician.service': lazyScreen(() => import('./ServiceEditScreen').then((m) => m.ServiceEditScreen)),
  'technician.hall': lazyScreen(() => import('./HallScreen').then((m) => m.HallScreen)),
  'technician.chip': lazyScreen(() => import('../cards/ChipStatusScreen').then((m) => m.ChipStatusScreen)),
};
