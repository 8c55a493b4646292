import { create } from 'zustand';
import { registerSessionStore } from './session-reset';

/**
 * Each screen's parameters, by screen name. Features add their screens by declaration merging:
 * `declare module '../../stores/navigation-store' { interface ScreenParams { 'catalog.detail': { code: string } } }`.
 */
export interface ScreenParams {
  home: Record<string, never>;
  language: Record<string, never>;
  attract: Record<string, never>;
}

export type ScreenName = keyof ScreenParams;
export type Route = { [S in ScreenName]: { screen: S; params: ScreenParams[S] } }[ScreenName];

interface NavigationState {
  stack: Route[];
  go<S extends ScreenName>(screen: S, params: ScreenParams[S]): void;
  replace<S extends ScreenName>(screen: S, params: ScreenParams[S]): void;
  back(): void;
  home(): void;
  /** The welcome screen shown between visitors (after a session ends). */
  attract(): void;
}

const HOME: Route = { screen: 'home', params: {} };
const ATTRACT: Route = { screen: 'attract', params: {} };

export const useNavigation = create<NavigationState>((set) => ({
  stack: [HOME],
  go: (screen, params) => set((s) => ({ stack: [...s.stack, { screen, params } as Route] })),
  replace: (screen, params) => set((s) => ({ stack: [...s.stack.slice(0, -1), { screen, params } as Route] })),
  back: () => set((s) => ({ stack: s.stack.length > 1 ? s.stack.slice(0, -1) : s.stack })),
  home: () => set({ stack: [HOME] }),
  attract: () => set({ stack: [ATTRACT] }),
}));

// Screen parameters can name what a visitor looked at; the stack goes with the visit.
registerSessionStore('navigation', useNavigation);

export function currentRoute(state: { stack: Route[] }): Route {
  return state.stack[state.stack.length - 1] ?? HOME;
}
