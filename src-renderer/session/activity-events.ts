/**
 * What counts as someone using the screen: a touch, a key, a scroll or typed input. The idle
 * guard's countdown and the quiet-screen preload (app/usePreloadWhenQuiet.ts) both go by it.
 */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
