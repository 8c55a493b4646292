/** The ticket screens and their parameters, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** Pick a service; `serviceId` puts the one a procedure belongs to first. */
    'ticket.services': { serviceId?: string };
    /** A ticket just taken (or looked up): big number, people ahead, print state, QR. */
    'ticket.issued': { ticketId: string };
  }
}

export {};
