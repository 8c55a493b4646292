/** Flags from shared/DESIGN.md: without them Chromium keeps dialling out on a closed network. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--font-render-hinting=none',
];

/**
 * Set by the e2e project's config: each test worker launches one Chromium and shares it among the
 * files it runs (tests/support/browser.ts), rather than each file launching its own.
 */
export const WORKER_CHROMIUM_ENV = 'KIOSK_E2E_WORKER_CHROMIUM';
