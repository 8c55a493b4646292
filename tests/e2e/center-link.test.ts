import { describe, expect, it, onTestFinished } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { startCenterServer } from '../support/center-server';
import { useWebKiosk } from '../support/e2e-kiosk';
import { fixedFreePort } from '../support/free-port';
import { useReusedKioskPage } from '../support/reused-page';

// One kiosk and one page for both orientations: each test starts a center and points the kiosk to
// it, then loads the kiosk again, turned to its orientation.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('the top bar tells the link to the center ($name)', (orientation) => {
  it('shows connected while the center answers and says so when it does not, with the network up', async () => {
    const server = await startCenterServer({ token: 'tok' });
    onTestFinished(() => server.close());
    kiosk.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
    const page = await kioskPage.fresh({ turned: orientation });
    const sign = page.getByTestId('connection-status');
    await expect.poll(() => sign.getAttribute('data-state')).toBe('reachable');
    // The center goes away; the machine's network card does not change.
    const port = await fixedFreePort('127.0.0.1');
    kiosk.kiosk.config.setMany({ 'server.url': `http://127.0.0.1:${port}` });
    await expect.poll(() => sign.getAttribute('data-state')).toBe('unreachable');
    expect(await sign.textContent()).toContain('Chưa kết nối được trung tâm');
    await saveScreenshot(page, 'center-link-unreachable-vi', orientation);
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => sign.textContent()).toContain('لا يمكن الوصول إلى المركز');
    await saveScreenshot(page, 'center-link-unreachable-ar', orientation);
  });
});
