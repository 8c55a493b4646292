/**
 * The e2e harness: a kiosk behind the web shell, and Chromium to drive it.
 *
 * How the suite runs: three files at a time (three Vitest workers), each worker with one Chromium that
 * it launches at its first use and keeps for every file it runs (tests/support/browser.ts);
 * `launchKioskBrowser`, `useKioskBrowser` and `useWebKiosk` share it, and every kiosk page is
 * a browser context of its own (`openKioskPage`, `kiosk.open()`). A file runs beside any other,
 * so a new e2e file must be written to be parallel-safe:
 * - Start kiosks with `useWebKiosk` / `startTestWebKiosk`: a fresh temporary data dir and port 0.
 *   Any other server (center server, printer emulator, a test HTTP server) listens on port 0 on
 *   127.0.0.1; never a fixed or "free-looking" port that another file could take.
 * - Every path a test writes is its own: `tempDir()` / `mkdtemp` for data, pseudo-terminals
 *   (socat links, `LineDeviceEmulator`), USB folders and sockets; screenshots named
 *   `<file's feature>-<what>` plus the orientation (`saveScreenshot`), so no two tests write one PNG.
 * - A system service is started by the test, private to it: a PostgreSQL cluster in its own
 *   mkdtemp dir with its own socket dir and port; pcscd on its own socket (`PCSCLITE_CSOCK_NAME`
 *   for the daemon and the client alike), never the machine's.
 * - Leave process-wide state alone: no `process.env`/`process.chdir` changes, no Node fake timers
 *   (`vi.useFakeTimers`) around a kiosk; a page's time is `page.clock`.
 * - Close what you open: `context.close()` at the end of a test (the worker's Chromium stays up);
 *   a Chromium of the file's own only when it needs flags (`browser: { args }`, a fake camera).
 * - Wait for the event that matters, never for time: `locator.waitFor()`, `expect.poll` on a
 *   `data-state` attribute, `watchBridge(page).next(event)` for a bridge message, the printer
 *   emulator's `pages`; no `page.waitForTimeout`. A test needs under half its timeout on a quiet
 *   machine (`npm run test:slowest` after `npm test`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { KioskDeps } from '../../src-main/core/kiosk/create-kiosk';
import { type KioskBrowser, launchKioskBrowser, type Orientation, openKioskPage } from './browser';
import { startTestWebKiosk, type TestWebKiosk } from './test-kiosk';

type BrowserOptions = Parameters<typeof launchKioskBrowser>[0];

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is ready only inside tests, once beforeAll has run`);
  return value;
}

/**
 * Chromium for the tests of one describe block: launched in beforeAll, closed in afterAll. For
 * blocks whose page is not a kiosk of `useWebKiosk` (the keyboard harness, `npm start`).
 */
export function useKioskBrowser(options?: BrowserOptions): { readonly browser: Browser } {
  let kb: KioskBrowser | undefined;
  beforeAll(async () => {
    kb = await launchKioskBrowser(options);
  });
  afterAll(async () => {
    await kb?.close();
  });
  return {
    get browser() {
      return ready(kb, 'the browser').browser;
    },
  };
}

export interface WebKioskOptions {
  /** What the kiosk is built with; a function when it needs something an earlier beforeAll made. */
  readonly deps?: Partial<KioskDeps> | (() => Partial<KioskDeps>);
  /** Runs on the started kiosk before the browser opens (settings, PINs). */
  prepare?(kiosk: TestWebKiosk): void | Promise<void>;
  /** Chromium's extra flags (a fake camera); a function, like `deps`, when they name what beforeAll made. */
  readonly browser?: BrowserOptions | (() => BrowserOptions);
}

/** The started kiosk's parts (`kiosk`, `shell`, `logs`, `dataDir`), its browser, and a page on it. */
export interface WebKioskUnderTest extends Omit<TestWebKiosk, 'close'> {
  readonly browser: Browser;
  /** A fresh touch-screen page on the kiosk in this block's orientation. */
  open(options?: Parameters<typeof openKioskPage>[3]): ReturnType<typeof openKioskPage>;
}

/**
 * The set-up most e2e files share: a kiosk behind the web shell and Chromium, started before the
 * block's tests and closed after them (the browser first, so no page talks to a closed shell).
 * Call it in the describe body; read its parts inside tests.
 */
export function useWebKiosk(orientation: Orientation, options: WebKioskOptions = {}): WebKioskUnderTest {
  let started: TestWebKiosk | undefined;
  let kb: KioskBrowser | undefined;
  beforeAll(async () => {
    started = await startTestWebKiosk(typeof options.deps === 'function' ? options.deps() : options.deps);
    await options.prepare?.(started);
    kb = await launchKioskBrowser(typeof options.browser === 'function' ? options.browser() : options.browser);
  });
  afterAll(async () => {
    await kb?.close();
    await started?.close();
  });
  const kiosk = () => ready(started, 'the kiosk');
  const underTest: WebKioskUnderTest = {
    get kiosk() {
      return kiosk().kiosk;
    },
    get shell() {
      return kiosk().shell;
    },
    get logs() {
      return kiosk().logs;
    },
    get dataDir() {
      return kiosk().dataDir;
    },
    get browser() {
      return ready(kb, 'the browser').browser;
    },
    open: (openOptions) => openKioskPage(underTest.browser, kiosk().shell.url, orientation, openOptions),
  };
  return underTest;
}
