import type { ComponentType } from 'react';
import { CatalogFieldScreen } from '../screens/catalog/CatalogFieldScreen';
import { CatalogSearchScreen } from '../screens/catalog/CatalogSearchScreen';
import '../screens/catalog/catalog-screens';
import { ProcedureScreen } from '../screens/catalog/ProcedureScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { LanguageScreen } from '../screens/language/LanguageScreen';
import type { Route, ScreenName, ScreenParams } from '../stores/navigation-store';

/** Every screen by name. Each feature adds one line. */
export const screens: { [S in ScreenName]: ComponentType<{ params: ScreenParams[S] }> } = {
  home: HomeScreen,
  language: LanguageScreen,
  'catalog.search': CatalogSearchScreen,
  'catalog.field': CatalogFieldScreen,
  'catalog.procedure': ProcedureScreen,
};

export function ScreenView({ route }: { route: Route }) {
  const Screen = screens[route.screen] as ComponentType<{ params: Route['params'] }>;
  return <Screen params={route.params} />;
}
