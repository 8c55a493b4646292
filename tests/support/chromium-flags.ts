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
 * Where the e2e global setup publishes its Chromium servers to the test workers: a JSON array of
 * WebSocket endpoints, one per worker slot (`VITEST_POOL_ID` 1…n picks one).
 */
export const SHARED_CHROMIUM_ENV = 'KIOSK_E2E_CHROMIUM_ENDPOINTS';
