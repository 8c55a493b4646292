/** The guide screens and their parameters, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** Every guide as a tile. */
    'guides.list': Record<string, never>;
    /** One guide, a step per screen, ending with the QR of its official page. */
    'guides.guide': { id: string };
  }
}

export {};
