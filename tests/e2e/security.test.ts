import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

declare global {
  interface Window {
    __violations?: { directive: string; blocked: string }[];
    __opened?: unknown;
  }
}

/** Records CSP violations in the page, so a test can tell the policy refused something. */
async function watchViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations?.push({ directive: e.effectiveDirective, blocked: e.blockedURI });
    });
  });
}

/** Adds a big tappable element, as hostile content on a screen might look. */
async function inject(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    const el = holder.firstElementChild as HTMLElement;
    Object.assign(el.style, { position: 'fixed', left: '40px', bottom: '40px', padding: '32px', background: '#fde', zIndex: '9999' });
    document.body.append(el);
  }, html);
}

/** Whether the default action of the next tap on `selector` was cancelled by the page. */
async function tapWasRefused(page: Page, selector: string): Promise<boolean> {
  await page.evaluate((sel) => {
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest(sel)) document.body.dataset.lastTapRefused = String(e.defaultPrevented);
      },
      { once: true },
    );
  }, selector);
  await page.locator(selector).tap();
  await expect.poll(() => page.evaluate(() => document.body.dataset.lastTapRefused)).toBeDefined();
  return (await page.evaluate(() => document.body.dataset.lastTapRefused)) === 'true';
}

/** Tries the bridge from inside `page`; resolves 'open' or 'refused'. */
function tryBridge(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(u);
        ws.onopen = () => {
          ws.close();
          resolve('open');
        };
        ws.onerror = () => resolve('refused');
      }),
    url,
  );
}

// One kiosk and one page for the file: each test loads the kiosk again, turned to its orientation.
describe('web shell security', () => {
  const kiosk = useWebKiosk(ORIENTATIONS[0]);
  const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

  describe.each(ORIENTATIONS)('web shell security ($name)', (orientation) => {
    let other: Server;
    let otherOrigin: string;

    beforeAll(async () => {
      // Another site on this same machine, as a page a visitor might somehow reach would be.
      other = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>other</title>'));
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => other?.close(resolve));
    });

    async function openHome() {
      const page = await kioskPage.fresh({ turned: orientation });
      const context = page.context();
      await page.getByTestId('screen-home').waitFor({ state: 'visible' });
      // Every request the browser lets reach its network layer, and how the failed ones failed.
      const requests: string[] = [];
      const failures = new Map<string, string>();
      const onRequest = (r: Request) => requests.push(r.url());
      const onFailed = (r: Request) => failures.set(r.url(), r.failure()?.errorText ?? '');
      context.on('request', onRequest);
      context.on('requestfailed', onFailed);
      // The page serves the next test: this test's listeners end with it.
      onTestFinished(() => {
        context.off('request', onRequest);
        context.off('requestfailed', onFailed);
      });
      await watchViolations(page);
      return { page, context, requests, failures };
    }

    it('stays on its page: links away, form posts, drops and the context menu are refused', async () => {
      const { page, requests } = await openHome();
      const start = page.url();

      await inject(page, '<a id="away" href="https://example.org/">Trang web khác</a>');
      expect(await tapWasRefused(page, '#away')).toBe(true);

      await inject(
        page,
        '<form id="post" action="https://example.org/collect" method="post"><input name="cccd" value="001099012345"></form>',
      );
      await page.evaluate(() => (document.getElementById('post') as HTMLFormElement).requestSubmit());
      await expect.poll(() => page.evaluate(() => window.__violations?.map((v) => v.directive))).toContain('form-action');

      const refusedEvents = await page.evaluate(() => {
        const fire = (event: Event) => {
          document.querySelector('.app')?.dispatchEvent(event);
          return event.defaultPrevented;
        };
        const file = new DataTransfer();
        file.items.add(new File(['x'], 'virus.exe'));
        return {
          contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
          drop: fire(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: file })),
          ctrlWheelZoom: fire(new WheelEvent('wheel', { bubbles: true, cancelable: true, ctrlKey: true, deltaY: -100 })),
        };
      });
      expect(refusedEvents).toEqual({ contextmenu: true, drop: true, ctrlWheelZoom: true });

      expect(page.url()).toBe(start);
      expect(await page.getByTestId('screen-home').isVisible()).toBe(true);
      expect(requests.filter((u) => u.startsWith('https://example.org'))).toEqual([]);
      // What the next citizen sees: the kiosk's own screen, with the test's hostile content taken away.
      await page.evaluate(() => {
        for (const id of ['away', 'post']) document.getElementById(id)?.closest('body > *')?.remove();
      });
      await saveScreenshot(page, 'security-after-attempts', orientation);
    });

    it('opens no new window, from a link or from script', async () => {
      const { page, context } = await openHome();
      let popups = 0;
      const onPage = () => {
        popups += 1;
      };
      context.on('page', onPage);
      onTestFinished(() => {
        context.off('page', onPage);
      });

      await inject(page, '<a id="blank" href="/" target="_blank">Mở cửa sổ mới</a>');
      expect(await tapWasRefused(page, '#blank')).toBe(true);

      // window.open inside a tap: a user gesture, so no popup blocker would stop it.
      await inject(page, '<button id="opener" type="button">Mở</button>');
      await page.evaluate(() => {
        document.getElementById('opener')?.addEventListener('click', () => {
          window.__opened = window.open('https://example.org/', '_blank');
        });
      });
      await page.locator('#opener').tap();
      await expect.poll(() => page.evaluate(() => window.__opened !== undefined)).toBe(true);
      expect(await page.evaluate(() => window.__opened)).toBeNull();

      expect(popups).toBe(0);
      expect(context.pages()).toHaveLength(1);
    });

    it('reaches no other origin: fetch, sockets and images are blocked by the CSP before the network', async () => {
      const { page, requests, failures } = await openHome();
      const outcome = await page.evaluate(async () => {
        const fetchResult = await fetch('https://example.org/data.json').then(
          () => 'loaded',
          (e: Error) => e.name,
        );
        const socket = await new Promise<string>((resolve) => {
          try {
            const ws = new WebSocket('wss://example.org/socket');
            ws.onopen = () => resolve('open');
            ws.onerror = () => resolve('refused');
          } catch (e) {
            resolve((e as Error).name);
          }
        });
        const image = await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('refused');
          img.src = 'https://example.org/pixel.png';
        });
        return { fetchResult, socket, image };
      });
      expect(outcome).toEqual({ fetchResult: 'TypeError', socket: expect.stringMatching(/refused|SecurityError/), image: 'refused' });
      const violations = await page.evaluate(() => window.__violations ?? []);
      expect(violations.filter((v) => v.blocked.includes('example.org')).map((v) => v.directive)).toEqual(
        expect.arrayContaining(['connect-src', 'img-src']),
      );
      // Refused by the page's CSP (Chromium names the cause 'csp'), not by the test harness's own abort.
      const remote = requests.filter((u) => u.includes('example.org'));
      expect(remote.map((u) => failures.get(u))).toEqual(remote.map(() => 'csp'));
    });

    it('refuses the bridge without the token, with a wrong one, and from another origin', async () => {
      const { page } = await openHome();
      const bridge = `ws://127.0.0.1:${kiosk.shell.port}/bridge`;
      const token = encodeURIComponent(kiosk.shell.token);
      expect(await tryBridge(page, bridge)).toBe('refused');
      expect(await tryBridge(page, `${bridge}?token=wrong`)).toBe('refused');
      // The same call with the token works from the kiosk page: the refusals above are the guard's.
      expect(await tryBridge(page, `${bridge}?token=${token}`)).toBe('open');

      const elsewhere = await kiosk.browser.newContext();
      const hostile = await elsewhere.newPage();
      await hostile.goto(`${otherOrigin}/`);
      expect(await tryBridge(hostile, `${bridge}?token=${token}`)).toBe('refused');
      await elsewhere.close();

      const refusals = kiosk.logs.records.map((r) => r.msg);
      expect(refusals).toContain('bridge connection refused: missing or wrong token');
      expect(refusals).toContain('bridge connection refused: foreign origin');
    });

    it('allows the camera and denies every other device and sensor', async () => {
      const { page } = await openHome();
      const features = await page.evaluate(() => {
        const policy = (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
        const names = ['camera', 'microphone', 'geolocation', 'usb', 'serial', 'hid', 'payment', 'display-capture', 'clipboard-read'];
        return Object.fromEntries(names.map((n) => [n, policy?.allowsFeature(n) ?? null]));
      });
      expect(features).toEqual({
        camera: true,
        microphone: false,
        geolocation: false,
        usb: false,
        serial: false,
        hid: false,
        payment: false,
        'display-capture': false,
        'clipboard-read': false,
      });
      const geolocation = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            navigator.geolocation.getCurrentPosition(
              () => resolve(0),
              (e) => resolve(e.code),
            ),
          ),
      );
      expect(geolocation).toBe(1); // PERMISSION_DENIED
    });
  });
});
