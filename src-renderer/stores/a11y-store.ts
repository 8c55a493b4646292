import { create } from 'zustand';
import { registerSessionStore } from './session-reset';

/**
 * Display aids a visitor can turn on from Help. They last for one visit: the next person starts
 * from the standard display, as they would expect at a public kiosk.
 */
interface A11yState {
  highContrast: boolean;
  largeText: boolean;
  setHighContrast(on: boolean): void;
  setLargeText(on: boolean): void;
}

export const useA11y = create<A11yState>((set) => ({
  highContrast: false,
  largeText: false,
  setHighContrast: (highContrast) => set({ highContrast }),
  setLargeText: (largeText) => set({ largeText }),
}));

registerSessionStore('a11y', useA11y);

/** Mirrors the choices onto <html> classes, where the stylesheet reads them. */
export function applyA11yClasses(root: HTMLElement, state: Pick<A11yState, 'highContrast' | 'largeText'>): void {
  root.classList.toggle('hc', state.highContrast);
  root.classList.toggle('large-text', state.largeText);
}
