import { describe, expect, it } from 'vitest';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { type CenterServer, startCenterServer } from '../support/center-server';
import { useWebKiosk } from '../support/e2e-kiosk';
import { freePort } from '../support/free-port';

describe.each(ORIENTATIONS)('the top bar tells the link to the center ($name)', (orientation) => {
  let server: CenterServer;
  const kiosk = useWebKiosk(orientation, {
    async prepare(started) {
      server = await startCenterServer({ token: 'tok' });
      started.kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
    },
  });

  it('shows connected while the center answers and says so when it does not, with the network up', async () => {
    const { page, context } = await kiosk.open();
    const sign = page.getByTestId('connection-status');
    await expect.poll(() => sign.getAttribute('data-state')).toBe('reachable');
    // The center goes away; the machine's network card does not change.
    const port = await freePort();
    kiosk.kiosk.config.setMany({ 'server.url': `http://127.0.0.1:${port}` });
    await expect.poll(() => sign.getAttribute('data-state')).toBe('unreachable');
    expect(await sign.textContent()).toContain('Chưa kết nối được trung tâm');
    await saveScreenshot(page, 'center-link-unreachable-vi', orientation);
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await expect.poll(() => sign.textContent()).toContain('لا يمكن الوصول إلى المركز');
    await saveScreenshot(page, 'center-link-unreachable-ar', orientation);
    await context.close();
    await server.close();
  });
});
