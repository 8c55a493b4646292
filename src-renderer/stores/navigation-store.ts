import { create } from 'zustand';

/**
 * Each screen's parameters, by screen name. Features add their screens by declaration merging:
 * `declare module '../../stores/navigation-store' { interface ScreenParams { 'catalog.detail': { code: string } } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each feature
export interface ScreenParams {
  home: Record<string, never>;
  language: Record<string, never>;
}

export type ScreenName = keyof ScreenParams;
export type Route = { [S in ScreenName]: { screen: S; params: ScreenParams[S] } }[ScreenName];

interface NavigationState {
  stack: Route[];
  go<S extends ScreenName>(screen: S, params: ScreenParams[S]): void;
  replace<S extends ScreenName>(screen: S, params: ScreenParams[S]): void;
  back(): void;
  home(): void;
}

const HOME: Route = { screen: 'home', params: {} };

export const useNavigation = create<NavigationState>((set) => ({
  stack: [HOME],
  go: (screen, params) => set((s) => ({ stack: [...s.stack, { screen, params } as Route] })),
  replace: (screen, params) => set((s) => ({ stack: [...s.stack.slice(0, -1), { screen, params } as Route] })),
  back: () => set((s) => ({ stack: s.stack.length > 1 ? s.stack.slice(0, -1) : s.stack })),
  home: () => set({ stack: [HOME] }),
}));

export function currentRoute(state: { stack: Route[] }): Route {
  return state.stack[state.stack.length - 1] ?? HOME;
}
