import { afterAll, beforeAll } from 'vitest';
import { ORIENTATIONS } from './browser';
import { type CenterServer, startCenterServer } from './center-server';
import { useWebKiosk, type WebKioskUnderTest } from './e2e-kiosk';
import { fixedFreePort } from './free-port';
import { useReusedKioskPage } from './reused-page';

const TOKEN = 'e2e-token';

/**
 * A kiosk whose center is down when each test starts, and one page on it for the file's tests in
 * both orientations (`kioskPage.fresh({ turned })`). The center's address is a free port below the system's ephemeral range (no other test's server can be handed it); the
 * test starts the center there when it comes back (`centerBack`) and stops it at its end
 * (`centerDown`), so the next test finds it down again. The kiosk checks its link every 300 ms.
 * `settings` are the kiosk's other settings. Call at the top of a test file.
 */
export function useKioskWithCenterDown(settings: Readonly<Record<string, unknown>> = {}): {
  readonly kiosk: WebKioskUnderTest;
  readonly kioskPage: ReturnType<typeof useReusedKioskPage>;
  centerBack(): Promise<CenterServer>;
  centerDown(): Promise<void>;
} {
  let server: CenterServer | null = null;
  let port = 0;
  beforeAll(async () => {
    // Below the ephemeral range: while the center is down no other server's listen(0) can take it.
    port = await fixedFreePort('127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
  });
  const kiosk = useWebKiosk(ORIENTATIONS[0], {
    deps: { connectivityIntervalMs: 300 },
    prepare: (k) => k.kiosk.config.setMany({ 'server.url': `http://127.0.0.1:${port}`, 'server.token': TOKEN, ...settings }),
  });
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);
  return {
    kiosk,
    kioskPage,
    async centerBack() {
      server = await startCenterServer({ port, token: TOKEN });
      return server;
    },
    async centerDown() {
      await server?.close();
      server = null;
    },
  };
}
