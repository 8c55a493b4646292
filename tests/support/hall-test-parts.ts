import { afterEach } from 'vitest';
import { startTestHallHost, type TestHallHost } from './hall-host';
import { startTestKiosk, type TestKiosk, tempDir } from './test-kiosk';

/**
 * What a hall integration test starts, closed after each test: kiosks first, then servers in front
 * of hosts (`closeLater`), then the hosts, then the temporary directories. Call in the file's body.
 */
export function hallTestParts() {
  const hosts: TestHallHost[] = [];
  const kiosks: TestKiosk[] = [];
  const servers: (() => Promise<void>)[] = [];
  const dirs: (() => void)[] = [];
  afterEach(async () => {
    for (const k of kiosks.splice(0)) await k.close();
    for (const s of servers.splice(0)) await s();
    for (const h of hosts.splice(0)) await h.close();
    for (const d of dirs.splice(0)) d();
  });
  const tempPath = () => {
    const dir = tempDir();
    dirs.push(() => dir.remove());
    return dir.path;
  };
  return {
    /** A hall host (`hall.role=host`) on a real socket. */
    async startHost(): Promise<TestHallHost> {
      const host = await startTestHallHost();
      host.kiosk.config.set('hall.role', 'host');
      hosts.push(host);
      return host;
    },
    /** A kiosk core on a data directory of its own (`dataDir` to start one again on the same). */
    startKiosk(dataDir = tempPath()): TestKiosk {
      const k = startTestKiosk({ dataDir });
      kiosks.push(k);
      return k;
    },
    /** Closes a kiosk now (a restart), not again after the test. */
    async stopKiosk(k: TestKiosk): Promise<void> {
      kiosks.splice(kiosks.indexOf(k), 1);
      await k.close();
    },
    /** A server closed after the kiosks and before the hosts. */
    closeLater(close: () => Promise<void>): void {
      servers.push(close);
    },
    /** A temporary directory removed after the test. */
    tempPath,
  };
}
