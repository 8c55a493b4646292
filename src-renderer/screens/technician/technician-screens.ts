declare module '../../stores/navigation-store' {
  interface ScreenParams {
    'technician.home': Record<string, never>;
    'technician.pins': Record<string, never>;
  }
}

/** Screens a technician may use without being sent home (the guard logs out everywhere else). */
export function isTechnicianScreen(screen: string): boolean {
  return screen.startsWith('technician.') || screen === 'auth.login' || screen === 'language';
}
