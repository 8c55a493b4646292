/** The desk officer's screens, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** Issue a number (with or without priority), go to the queue, log out. */
    'staff.home': Record<string, never>;
    /** Today's tickets in calling order, one service or all. */
    'staff.queue': { serviceId?: string };
    /** A ticket just issued at the desk, with reprint. */
    'staff.ticket': { ticketId: string };
    /** Today's hall figures by hour and by service. */
    'staff.stats': Record<string, never>;
  }
}

export {};
