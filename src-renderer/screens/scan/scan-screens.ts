/** The scan screen, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** How to scan, with the camera as a fallback for people without a code under the scanner. */
    scan: Record<string, never>;
  }
}

export {};
