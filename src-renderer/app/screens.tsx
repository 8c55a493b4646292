import { type ComponentType, lazy, Suspense } from 'react';
import { AttractScreen } from '../screens/attract/AttractScreen';
import { CatalogFieldScreen } from '../screens/catalog/CatalogFieldScreen';
import { CatalogSearchScreen } from '../screens/catalog/CatalogSearchScreen';
import '../screens/catalog/catalog-screens';
import { AuthLoginScreen } from '../screens/auth/AuthLoginScreen';
import { ProcedureScreen } from '../screens/catalog/ProcedureScreen';
import { DossierFormScreen } from '../screens/dossiers/DossierFormScreen';
import { DossierReceiptScreen } from '../screens/dossiers/DossierReceiptScreen';
import { DossierStatusScreen } from '../screens/dossiers/DossierStatusScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { LanguageScreen } from '../screens/language/LanguageScreen';
import { StaffHomeScreen } from '../screens/staff/StaffHomeScreen';
import { StaffQueueScreen } from '../screens/staff/StaffQueueScreen';
import { StaffTicketScreen } from '../screens/staff/StaffTicketScreen';
import { technicianScreens } from '../screens/technician/technician-screen-map';
import { IssuedScreen } from '../screens/tickets/IssuedScreen';
import { ServicesScreen } from '../screens/tickets/ServicesScreen';
import type { Route, ScreenName, ScreenParams } from '../stores/navigation-store';

/**
 * A screen whose code loads on its first visit, for screens with heavy libraries (the camera's
 * QR decoder is half the app): `const X = lazyScreen(() => import('…').then((m) => m.X));`
 */
function lazyScreen<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

const ScanScreen = lazyScreen<{ params: ScreenParams['scan'] }>(() => import('../screens/scan/ScanScreen').then((m) => m.ScanScreen));

/** Every screen by name. Each feature adds one line. */
export const screens: { [S in ScreenName]: ComponentType<{ params: ScreenParams[S] }> } = {
  home: HomeScreen,
  language: LanguageScreen,
  attract: AttractScreen,
  'catalog.search': CatalogSearchScreen,
  'catalog.field': CatalogFieldScreen,
  'catalog.procedure': ProcedureScreen,
  'auth.login': AuthLoginScreen,
  ...technicianScreens,
  'ticket.services': ServicesScreen,
  'ticket.issued': IssuedScreen,
  scan: ScanScreen,
  'staff.home': StaffHomeScreen,
  'staff.queue': StaffQueueScreen,
  'staff.ticket': StaffTicketScreen,
  'dossier.form': DossierFormScreen,
  'dossier.receipt': DossierReceiptScreen,
  'dossier.status': DossierStatusScreen,
};

export function ScreenView({ route }: { route: Route }) {
  const Screen = screens[route.screen] as ComponentType<{ params: Route['params'] }>;
  return (
    <Suspense fallback={<div className="screen-loading" aria-busy="true" />}>
      <Screen params={route.params} />
    </Suspense>
  );
}
