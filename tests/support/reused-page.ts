import type { Browser, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { type Orientation, openKioskPage } from './browser';

/**
 * One kiosk page for the tests of a describe block, started over for each test by loading the
 * kiosk again in the same browser context. A new context costs about 1.7 CPU-seconds before its
 * home screen shows (a context, a renderer process, and the app compiled and laid out with a cold
 * cache); loading again where it already ran costs about 0.3. A load is a new visit as far as the
 * kiosk can tell: the app's memory is gone and the bridge socket is new, so a staff or technician
 * role ends with it. What a context keeps across loads is only the browser's storage (the session
 * token, a remembered orientation): a block whose tests depend on a fresh one opens its own pages.
 * Called at a file's top level, one page serves the blocks of both orientations of one kiosk
 * (`fresh({ turned })`): the context's HTTP cache keeps the app's code and the catalog between them.
 *
 * `target` is read when the first test asks for the page (after the block's beforeAll). The
 * context closes in afterAll; call this after the browser's own `useKioskBrowser`/`useWebKiosk`,
 * so it closes first.
 */
export function useReusedKioskPage(
  target: () => { readonly browser: Browser; readonly url: string },
  orientation: Orientation,
): {
  /**
   * The block's page, loaded again: `search` is added to the URL (`?lang=ar`); `turned` sets the
   * other orientation's viewport first; `beforeLoad` runs on the page before the kiosk loads
   * (`page.clock.install()`), so a test that needs it pays for one load, not a load and a reload.
   */
  fresh(options?: Readonly<{ search?: string; turned?: Orientation; beforeLoad?: (page: Page) => Promise<void> }>): Promise<Page>;
} {
  let opened: Awaited<ReturnType<typeof openKioskPage>> | undefined;
  afterAll(async () => {
    await opened?.context.close();
    opened = undefined;
  });
  return {
    async fresh({ search = '', turned, beforeLoad } = {}) {
      const { browser } = target();
      const url = `${target().url}${search}`;
      if (opened && !opened.page.isClosed()) {
        if (turned) await opened.page.setViewportSize({ width: turned.width, height: turned.height });
        await beforeLoad?.(opened.page);
        await opened.page.goto(url);
        return opened.page;
      }
      await opened?.context.close();
      opened = await openKioskPage(browser, url, turned ?? orientation, beforeLoad && { beforeLoad: (_, page) => beforeLoad(page) });
      return opened.page;
    },
  };
}
