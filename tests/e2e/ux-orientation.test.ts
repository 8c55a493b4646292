import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KioskBrowser, launchKioskBrowser, ORIENTATIONS, openKioskPage, saveScreenshot } from '../support/browser';
import { useReusedKioskPage } from '../support/reused-page';
import { startTestWebKiosk, type TestWebKiosk } from '../support/test-kiosk';

const [PORTRAIT_WINDOW, LANDSCAPE_WINDOW] = ORIENTATIONS;

/** A touch where the element is drawn on screen, as a finger would land: not through Playwright's element tap. */
async function tapOnScreen(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('element not on screen');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** A finger dragged along the window from one point to another (raw touch events, as a screen sends them). */
async function swipe(page: Page, from: Readonly<{ x: number; y: number }>, to: Readonly<{ x: number; y: number }>): Promise<void> {
  // Start when the page's main thread is free: touch events that queue up behind a long task (the
  // other screens' code compiling once the screen has been untouched a while) are handled in one
  // burst, and Chromium then scrolls nothing.
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));
  const cdp = await page.context().newCDPSession(page);
  const steps = 25;
  const at = (i: number) => [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** How the kiosk frame is turned, and the shape and text size it lays out with. */
function frameState(page: Page) {
  return page.evaluate(() => {
    const frame = document.getElementById('kiosk-frame') as HTMLElement;
    const app = document.querySelector('.app') as HTMLElement;
    const view = document.querySelector('.kiosk-view') as HTMLElement;
    return {
      turn: frame.dataset.turn ?? 'none',
      layoutWidth: app.offsetWidth,
      layoutHeight: app.offsetHeight,
      fontBody: getComputedStyle(view).getPropertyValue('--font-body').trim(),
    };
  });
}

/**
 * Where an element is drawn (its box in the window, to whole pixels) next to its own layout size,
 * to tell a turned one.
 */
async function drawnAndLaidOut(target: Locator) {
  const box = await target.boundingBox();
  const size = await target.evaluate((el) => ({ width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }));
  if (!box) throw new Error('element not on screen');
  const { x, y, width, height } = box;
  return { box: { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }, size };
}

// Screenshots are named for the setting; the suffix is the window's own shape.
describe('screen orientation setting', () => {
  let kiosk: TestWebKiosk;
  let kb: KioskBrowser;

  beforeAll(async () => {
    kiosk = await startTestWebKiosk();
    kiosk.kiosk.config.set('center.name', 'Trung tâm Phục vụ hành chính công xã Tả Van');
    kb = await launchKioskBrowser();
  });
  afterAll(async () => {
    await kb?.close();
    await kiosk?.close();
  });
  // The first and last tests load the kiosk in one page, turned between them; the restart test,
  // whose page's bridge is cut off, has a page of its own.
  const kioskPage = useReusedKioskPage(() => ({ browser: kb.browser, url: kiosk.shell.url }), LANDSCAPE_WINDOW);

  it('turns a landscape window to portrait live, takes touches where they land, keeps keyboard and dialogs upright, and turns back', async () => {
    const page = await kioskPage.fresh({ turned: LANDSCAPE_WINDOW });
    await expect.poll(() => page.getByTestId('center-name').textContent()).toContain('Tả Van');
    expect(await frameState(page)).toEqual({ turn: 'none', layoutWidth: 1920, layoutHeight: 1080, fontBody: '24px' });

    kiosk.kiosk.config.set('ui.orientation', 'portrait');
    await expect.poll(() => frameState(page)).toEqual({ turn: 'clockwise', layoutWidth: 1080, layoutHeight: 1920, fontBody: '26px' });
    // Upright for a monitor stood with its top edge to the left: the top bar runs down the window's right edge…
    const topBar = await drawnAndLaidOut(page.locator('.top-bar'));
    expect(topBar.size.width).toBe(1080);
    expect(topBar.box).toMatchObject({ x: 1920 - topBar.size.height, y: 0, width: topBar.size.height, height: 1080 });
    // …and the help bar, the UI's bottom, down its left edge.
    const helpBar = await drawnAndLaidOut(page.getByTestId('help-bar'));
    expect(helpBar.box).toMatchObject({ x: 0, y: 0, width: helpBar.size.height, height: 1080 });
    await saveScreenshot(page, 'orientation-portrait-home', LANDSCAPE_WINDOW);

    // A finger on the tile as drawn opens it.
    await tapOnScreen(page, page.getByTestId('home-action-catalog'));
    await expect.poll(() => page.getByTestId('screen-catalog-search').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('catalog-fields').locator('button').count()).toBeGreaterThanOrEqual(8);

    // The on-screen keyboard docks at the UI's bottom (the window's left edge) and types what is touched.
    await tapOnScreen(page, page.getByTestId('catalog-search-input'));
    const keyboard = page.getByTestId('keyboard');
    await expect.poll(() => keyboard.isVisible()).toBe(true);
    for (const key of ['k', 'h', 'a', 'i']) await tapOnScreen(page, keyboard.locator(`[data-skbtn="${key}"]`));
    await expect.poll(() => page.getByTestId('catalog-search-input').inputValue()).toBe('khai');
    const dock = await drawnAndLaidOut(keyboard);
    expect(dock.size.width).toBe(1080);
    expect(dock.box).toMatchObject({ x: helpBar.size.height, width: dock.size.height, height: 1080 });
    await expect.poll(() => page.getByTestId('catalog-results').locator('li').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'orientation-portrait-keyboard', LANDSCAPE_WINDOW);
    await tapOnScreen(page, keyboard.locator('[data-skbtn="{done}"]'));
    await expect.poll(() => keyboard.count()).toBe(0);
    // Swiping up the turned screen (towards the window's right edge) scrolls the list down.
    const scrollTop = () => page.evaluate(() => document.getElementById('main')?.scrollTop ?? 0);
    expect(await scrollTop()).toBe(0);
    await swipe(page, { x: 500, y: 540 }, { x: 1100, y: 540 });
    await expect.poll(scrollTop).toBeGreaterThan(300);
    // A tap while the list still glides only stops it (as on any touch screen): let it come to
    // rest, watched from inside the page frame by frame (still for ten frames in a row).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const main = document.getElementById('main') as HTMLElement;
          let last = main.scrollTop;
          let still = 0;
          const frame = () => {
            still = main.scrollTop === last ? still + 1 : 0;
            last = main.scrollTop;
            if (still >= 10) resolve();
            else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        }),
    );

    // A dialog opens inside the turned frame, upright, and its buttons take touches too.
    await tapOnScreen(page, page.getByTestId('nav-help'));
    const dialog = page.getByTestId('help-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.evaluate((el) => document.getElementById('kiosk-frame')?.contains(el))).toBe(true);
    const drawn = await drawnAndLaidOut(dialog);
    expect(drawn.box).toMatchObject({ width: drawn.size.height, height: drawn.size.width });
    await saveScreenshot(page, 'orientation-portrait-help', LANDSCAPE_WINDOW);
    await tapOnScreen(page, page.getByTestId('help-close'));
    await expect.poll(() => dialog.count()).toBe(0);

    // The technician's hidden corner is the top-left one they see: the window's top-right.
    for (let i = 0; i < 5; i++) await page.touchscreen.tap(1920 - 30, 30);
    await expect.poll(() => page.getByTestId('screen-auth-login').isVisible()).toBe(true);
    await tapOnScreen(page, page.getByTestId('nav-home'));
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);

    // Back to automatic, live: the window's own shape again.
    kiosk.kiosk.config.set('ui.orientation', 'auto');
    await expect.poll(() => frameState(page)).toEqual({ turn: 'none', layoutWidth: 1920, layoutHeight: 1080, fontBody: '24px' });
    expect((await page.locator('.top-bar').boundingBox())?.y).toBe(0);
    await tapOnScreen(page, page.getByTestId('home-action-ticket'));
    await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    await saveScreenshot(page, 'orientation-auto-after-portrait', LANDSCAPE_WINDOW);
  });

  it('draws its first frame the right way round after a restart, before the core has answered', async () => {
    kiosk.kiosk.config.set('ui.orientation', 'portrait');
    const { page, context } = await openKioskPage(kb.browser, kiosk.shell.url, LANDSCAPE_WINDOW);
    await expect.poll(() => frameState(page)).toMatchObject({ turn: 'clockwise' });
    // The restarted page reaches no core at all: its bridge socket is answered by nobody.
    let bridged = 0;
    await page.routeWebSocket(/\/bridge/, () => {
      bridged += 1;
    });
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => bridged).toBeGreaterThan(0);
    expect(await frameState(page)).toMatchObject({ turn: 'clockwise', layoutWidth: 1080, layoutHeight: 1920 });
    // Nothing came from the core: the top bar does not know the center's name.
    expect(await page.getByTestId('center-name').textContent()).not.toContain('Tả Van');
    await saveScreenshot(page, 'orientation-portrait-first-frame', LANDSCAPE_WINDOW);
    await context.close();
    kiosk.kiosk.config.set('ui.orientation', 'auto');
  });

  it('turns a portrait window to landscape, and leaves a window that already has the chosen shape alone', async () => {
    kiosk.kiosk.config.set('ui.orientation', 'landscape');
    const page = await kioskPage.fresh({ turned: PORTRAIT_WINDOW });
    await expect.poll(() => frameState(page)).toEqual({ turn: 'clockwise', layoutWidth: 1920, layoutHeight: 1080, fontBody: '24px' });
    await expect.poll(() => page.getByTestId('center-name').textContent()).toContain('Tả Van');
    await tapOnScreen(page, page.getByTestId('home-action-ticket'));
    await expect.poll(() => page.getByTestId('screen-ticket-services').isVisible()).toBe(true);
    await saveScreenshot(page, 'orientation-landscape-tickets', PORTRAIT_WINDOW);

    kiosk.kiosk.config.set('ui.orientation', 'portrait');
    await expect.poll(() => frameState(page)).toEqual({ turn: 'none', layoutWidth: 1080, layoutHeight: 1920, fontBody: '26px' });
    kiosk.kiosk.config.set('ui.orientation', 'auto');
  });
});
