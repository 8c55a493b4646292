/** The catalog's screens and their parameters (declaration merging on the navigation store). */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    'catalog.search': { query?: string };
    'catalog.field': { field: string };
    'catalog.procedure': { code: string };
  }
}

export {};
