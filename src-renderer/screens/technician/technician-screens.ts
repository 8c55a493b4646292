declare module '../../stores/navigation-store' {
  interface ScreenParams {
    'technician.home': Record<string, never>;
    'technician.kiosk': Record<string, never>;
    'technician.server': Record<string, never>;
    'technician.logs': Record<string, never>;
    'technician.devices': Record<string, never>;
    'technician.printer': Record<string, never>;
    'technician.scanner': Record<string, never>;
    'technician.cardReader': Record<string, never>;
    'technician.outbox': Record<string, never>;
    'technician.catalog': Record<string, never>;
    'technician.settings': Record<string, never>;
    'technician.services': Record<string, never>;
    /** Without `id`: a new service. */
    'technician.service': { id?: string };
    'technician.pins': Record<string, never>;
    'technician.payment': Record<string, never>;
    'technician.hall': Record<string, never>;
  }
}

/** Screens a technician may use without being sent home (the guard logs out everywhere else). */
export function isTechnicianScreen(screen: string): boolean {
  return screen.startsWith('technician.') || screen === 'auth.login' || screen === 'language';
}
