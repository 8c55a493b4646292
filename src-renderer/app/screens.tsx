import { type ComponentType, Suspense } from 'react';
import { lazyScreen } from '../components/lazy-screen';
import { ScreenLoading } from '../components/ScreenLoading';
import { AttractScreen } from '../screens/attract/AttractScreen';
import '../screens/cards/cards-screens';
import '../screens/catalog/catalog-screens';
import '../screens/feedback/feedback-screens';
import '../screens/guides/guide-screens';
import { HomeScreen } from '../screens/home/HomeScreen';
import { LanguageScreen } from '../screens/language/LanguageScreen';
import { technicianScreens } from '../screens/technician/technician-screen-map';
import type { Route, ScreenName, ScreenParams } from '../stores/navigation-store';

// Only the first screens a visitor meets are in the start-up script; every other screen's code is
// fetched once nobody has touched the screen for a few seconds (app/usePreloadWhenQuiet.ts), or on first use.
// The camera's QR decoder alone is half the app.
const ScanScreen = lazyScreen(() => import('../screens/scan/ScanScreen').then((m) => m.ScanScreen));
const CatalogFieldScreen = lazyScreen(() => import('../screens/catalog/CatalogFieldScreen').then((m) => m.CatalogFieldScreen));
const CatalogSearchScreen = lazyScreen(() => import('../screens/catalog/CatalogSearchScreen').then((m) => m.CatalogSearchScreen));
const AuthLoginScreen = lazyScreen(() => import('../screens/auth/AuthLoginScreen').then((m) => m.AuthLoginScreen));
const ProcedureScreen = lazyScreen(() => import('../screens/catalog/ProcedureScreen').then((m) => m.ProcedureScreen));
const DossierFormScreen = lazyScreen(() => import('../screens/dossiers/DossierFormScreen').then((m) => m.DossierFormScreen));
const DossierReceiptScreen = lazyScreen(() => import('../screens/dossiers/DossierReceiptScreen').then((m) => m.DossierReceiptScreen));
const DossierStatusScreen = lazyScreen(() => import('../screens/dossiers/DossierStatusScreen').then((m) => m.DossierStatusScreen));
const FeedbackWriteScreen = lazyScreen(() => import('../screens/feedback/FeedbackWriteScreen').then((m) => m.FeedbackWriteScreen));
const FeedbackReceiptScreen = lazyScreen(() => import('../screens/feedback/FeedbackReceiptScreen').then((m) => m.FeedbackReceiptScreen));
const FeedbackLookupScreen = lazyScreen(() => import('../screens/feedback/FeedbackLookupScreen').then((m) => m.FeedbackLookupScreen));
const GuidesListScreen = lazyScreen(() => import('../screens/guides/GuidesListScreen').then((m) => m.GuidesListScreen));
const GuideScreen = lazyScreen(() => import('../screens/guides/GuideScreen').then((m) => m.GuideScreen));
const StaffHomeScreen = lazyScreen(() => import('../screens/staff/StaffHomeScreen').then((m) => m.StaffHomeScreen));
const StaffQueueScreen = lazyScreen(() => import('../screens/staff/StaffQueueScreen').then((m) => m.StaffQueueScreen));
const StaffStatsScreen = lazyScreen(() => import('../screens/staff/StaffStatsScreen').then((m) => m.StaffStatsScreen));
const StaffTicketScreen = lazyScreen(() => import('../screens/staff/StaffTicketScreen').then((m) => m.StaffTicketScreen));
const IssuedScreen = lazyScreen(() => import('../screens/tickets/IssuedScreen').then((m) => m.IssuedScreen));
const ChipReadScreen = lazyScreen(() => import('../screens/cards/ChipReadScreen').then((m) => m.ChipReadScreen));
const ServicesScreen = lazyScreen(() => import('../screens/tickets/ServicesScreen').then((m) => m.ServicesScreen));

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
  'staff.stats': StaffStatsScreen,
  'dossier.form': DossierFormScreen,
  'dossier.receipt': DossierReceiptScreen,
  'dossier.status': DossierStatusScreen,
  'cards.chip': ChipReadScreen,
  'feedback.write': FeedbackWriteScreen,
  'feedback.receipt': FeedbackReceiptScreen,
  'feedback.lookup': FeedbackLookupScreen,
  'guides.list': GuidesListScreen,
  'guides.guide': GuideScreen,
};

export function ScreenView({ route }: { route: Route }) {
  const Screen = screens[route.screen] as ComponentType<{ params: Route['params'] }>;
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Screen params={route.params} />
    </Suspense>
  );
}
