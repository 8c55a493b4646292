import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, WORKER_CHROMIUM_ENV } from './chromium-flags';
import { chromiumPath } from './chromium-path.mjs';

export const ORIENTATIONS = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const SCREENSHOT_DIR = fileURLToPath(new URL('../e2e/__screenshots__', import.meta.url));

export interface KioskBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the flags of shared/DESIGN.md plus `args`; a fresh temporary profile, removed on close. */
async function launchChromium(args: readonly string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium-headless-shell (or set CHROMIUM_PATH)');
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...args], headless: true });
}

/** Where this process keeps its one shared Chromium: on globalThis, so a re-imported module finds it too. */
const WORKER_CHROMIUM = Symbol.for('kiosk.e2e.workerChromium');
type WorkerChromiumHolder = { [WORKER_CHROMIUM]?: Promise<Browser> };

/**
 * The e2e worker's one Chromium, launched by the worker itself on first use and kept until the
 * worker exits (Playwright kills the browsers it launched when their process exits, and Chromium
 * ends when its DevTools pipe closes). Launched here rather than as a server in the runner's main
 * process: every Playwright message then goes straight down the pipe, instead of through a
 * WebSocket to a server that relays it. A crashed Chromium is replaced at the next use.
 */
function workerChromium(): Promise<Browser> {
  const holder = globalThis as WorkerChromiumHolder;
  const existing = holder[WORKER_CHROMIUM];
  if (existing) return existing;
  const launched = launchChromium();
  holder[WORKER_CHROMIUM] = launched;
  launched.then(
    (browser) => browser.on('disconnected', () => forget(launched)),
    () => forget(launched),
  );
  return launched;
}

function forget(launched: Promise<Browser>): void {
  const holder = globalThis as WorkerChromiumHolder;
  if (holder[WORKER_CHROMIUM] === launched) delete holder[WORKER_CHROMIUM];
}

/**
 * A view of the shared `browser` that remembers the contexts opened through it, so that its
 * caller can close what it opened and nothing of another caller's.
 */
function borrowed(browser: Browser): KioskBrowser {
  const mine = new Set<BrowserContext>();
  const keep = (context: BrowserContext): void => {
    mine.add(context);
    context.on('close', () => mine.delete(context));
  };
  const view = new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          keep(context);
          return context;
        };
      }
      if (property === 'newPage') {
        return async (...args: Parameters<Browser['newPage']>) => {
          const page = await target.newPage(...args);
          keep(page.context());
          return page;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { browser: view, close: async () => void (await Promise.all([...mine].map((c) => c.close()))) };
}

/**
 * Debian's Chromium; fails with a one-line hint when it is missing. Inside the e2e suite
 * (`KIOSK_E2E_WORKER_CHROMIUM` set by its project config) it is the worker's one Chromium, shared
 * by every file the worker runs: `close()` closes the contexts this caller opened. Elsewhere, or
 * when `args` adds flags (a fake camera playing a file, for the scan screen), a Chromium of its
 * own with a fresh profile, which `close()` ends.
 */
export async function launchKioskBrowser(options: Readonly<{ args?: readonly string[] }> = {}): Promise<KioskBrowser> {
  if (!options.args?.length && process.env[WORKER_CHROMIUM_ENV] === '1') return borrowed(await workerChromium());
  const browser = await launchChromium(options.args);
  return { browser, close: () => browser.close() };
}

/**
 * Nothing may leave this machine: a context's proxy setting under which every request that is not
 * to `url`'s own host and port (fetch, WebSocket, image, navigation; loopback included, so another
 * local server is refused too) goes to a proxy that is not there and fails
 * (net::ERR_PROXY_CONNECTION_FAILED); data: and blob: URLs never use a proxy. Chromium decides
 * this in its network stack: unlike a `context.route` catch-all, no request is paused and sent to
 * the test process to be judged, which doubled the CPU a kiosk load cost.
 */
export function onlyOwnOrigin(url: string): { server: string; bypass: string } {
  // `<-loopback>` ends Chromium's implicit direct access to localhost and 127.0.0.1; port 9 (discard) has no proxy.
  return { server: 'http://127.0.0.1:9', bypass: `<-loopback>,${new URL(url).host}` };
}

/** A touch-screen page at kiosk size, as a citizen would meet it. */
export async function openKioskPage(
  browser: Browser,
  url: string,
  orientation: Orientation,
  options: Readonly<{
    locale?: string;
    /** Runs on the new context and page before the page first loads the kiosk (init scripts, `page.clock`). */
    beforeLoad?: (context: BrowserContext, page: Page) => Promise<void>;
  }> = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: orientation.width, height: orientation.height },
    hasTouch: true,
    deviceScaleFactor: 1,
    locale: options.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
    proxy: onlyOwnOrigin(url),
  });
  const page = await context.newPage();
  await options.beforeLoad?.(context, page);
  await page.goto(url);
  return { context, page };
}

/** One DevTools session per page for its screenshots, kept while the page lives. */
const screenshotSessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Saves a PNG for people to look at: tests/e2e/__screenshots__/<name>-<orientation>.png, the
 * viewport as it is now. Taken with Chromium's own capture and its fast PNG encoding
 * (`optimizeForSpeed`: larger files, the same pixels) rather than `page.screenshot`, which
 * compresses harder and first hides the caret: a quarter less CPU per picture, and the e2e suite
 * takes a few hundred of them. Every picture of a page goes through one DevTools session, kept for
 * the page's life: opening and closing one around each picture was about a third of its CPU.
 * These PNGs are for eyes, not compared pixel by pixel.
 */
export async function saveScreenshot(page: Page, name: string, orientation: Orientation): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}-${orientation.name}.png`);
  let session = screenshotSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    screenshotSessions.set(page, session);
  }
  const { data } = await (await session).send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true });
  writeFileSync(path, Buffer.from(data, 'base64'));
  return path;
}
