/** The chip screens, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** After a CCCD QR scan: "place the card on the reader", reading, and what the chip said. */
    'cards.chip': Record<string, never>;
    /** Technician: chip readers seen, the last read's result and timing, the CSCA trust list. */
    'technician.chip': Record<string, never>;
  }
}

export {};
