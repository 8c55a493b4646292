/** The ticket screens and their parameters, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /**
     * Pick a service. `serviceId`, or the catalog `fieldId` of the procedure the citizen came
     * from, puts that queue first.
     */
    'ticket.services': { serviceId?: string; fieldId?: string };
    /**
     * A ticket just taken, or looked up from its scanned QR (`ref`): big number, people ahead,
     * print state, QR.
     */
    'ticket.issued': { ticketId: string } | { ref: { kiosk: string; day: string; number: string } };
  }
}

export {};
