import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, SHARED_CHROMIUM_ENV } from './chromium-flags';
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

/** The Chromium server the e2e global setup started for this worker, if any (see e2e-global-setup.ts). */
function sharedChromiumEndpoint(): string | undefined {
  const raw = process.env[SHARED_CHROMIUM_ENV];
  if (!raw) return undefined;
  const endpoints = JSON.parse(raw) as string[];
  if (endpoints.length === 0) return undefined;
  const slot = Math.max(1, Number(process.env.VITEST_POOL_ID ?? '1') || 1);
  return endpoints[(slot - 1) % endpoints.length];
}

/**
 * Debian's Chromium; fails with a one-line hint when it is missing. Inside the e2e suite it is the
 * worker's shared Chromium (connected, not launched: `close()` closes this caller's contexts and
 * disconnects); elsewhere, or when `args` adds flags (a fake camera playing a file, for the scan
 * screen), a Chromium of its own with a fresh profile.
 */
export async function launchKioskBrowser(options: Readonly<{ args?: readonly string[] }> = {}): Promise<KioskBrowser> {
  const shared = options.args?.length ? undefined : sharedChromiumEndpoint();
  if (shared) {
    const browser = await chromium.connect(shared);
    return { browser, close: () => browser.close() };
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  // Playwright gives every launch a fresh temporary profile and removes it on close.
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...(options.args ?? [])], headless: true });
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
