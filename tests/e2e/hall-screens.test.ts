import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallTicket } from '../../src-main/api/hall';
import { useKioskBrowser } from '../support/e2e-kiosk';
import { startTestHallHost, type TestHallHost } from '../support/hall-host';
import { AUTOPLAY, hallScreenshot, openHallPage, pairPage, signInCounter } from '../support/hall-pages';

const POLL = { timeout: 15_000 } as const;

describe('hall screens: counter console and hall display', () => {
  const kb = useKioskBrowser({ args: [AUTOPLAY] });
  let host: TestHallHost;
  let kioskToken: string;

  beforeAll(async () => {
    host = await startTestHallHost();
    kioskToken = await host.pair('kiosk');
  });
  afterAll(async () => {
    await host?.close();
  });

  const issue = async (serviceId: string, priority = false) =>
    (await host.call('POST', '/api/hall/issue', { token: kioskToken, body: { serviceId, priority } })).body.result as HallTicket;

  it('a paired counter calls with F1 and the display flashes the number and asks for its clips', async () => {
    const counter = await openHallPage(kb.browser, host.base, '/counter', { width: 1366, height: 768 });
    const display = await openHallPage(kb.browser, host.base, '/display', { width: 1920, height: 1080 });
    await pairPage(counter.page, host.kiosk.hall.pairing.start().code);
    await signInCounter(counter.page, 1);
    await pairPage(display.page, host.kiosk.hall.pairing.start().code);
    await expect.poll(() => display.page.getByTestId('hall-display').getAttribute('data-status'), POLL).toBe('online');

    for (let i = 0; i < 11; i += 1) await issue('civil-status');
    await issue('civil-status', true);
    await issue('certification');
    await issue('land');
    await expect.poll(() => counter.page.locator('[data-service=civil-status] td').first().textContent(), POLL).toBe('12');

    await counter.page.keyboard.press('F1');
    await expect.poll(() => display.page.locator('.board__call[data-number="A-012"]').count(), POLL).toBe(1);
    await expect.poll(() => counter.page.getByTestId('counter-current').textContent(), POLL).toContain('A-012');
    expect(await display.page.locator('.board__call--flash').getAttribute('data-counter')).toBe('1');
    const announced = await display.page.evaluate(
      () => (window as unknown as { __hallAnnounced?: { number: string; counter: number; urls: string[] }[] }).__hallAnnounced ?? [],
    );
    expect(announced.at(-1)).toEqual({
      number: 'A-012',
      counter: 1,
      urls: [
        '/audio/chime.wav',
        '/audio/vi/xin-mowif-soos.wav',
        '/audio/vi/uwu-tieen.wav',
        '/audio/vi/a.wav',
        '/audio/vi/khoong.wav',
        '/audio/vi/mootj.wav',
        '/audio/vi/hai.wav',
        '/audio/vi/ddeens-quaayf-soos.wav',
        '/audio/vi/mootj.wav',
      ],
    });
    // The page really fetched the clips from the host, in order, after the chime.
    await expect
      .poll(() => display.audio.slice(0, 3), POLL)
      .toEqual(['/audio/chime.wav', '/audio/vi/xin-mowif-soos.wav', '/audio/vi/uwu-tieen.wav']);

    await hallScreenshot(counter.page, 'hall-counter-1366x768');
    await hallScreenshot(display.page, 'hall-display-1920x1080');

    // Served, then the next by button; the display keeps the last calls.
    await counter.page.getByRole('button', { name: /Đã xong/ }).click();
    await counter.page.getByRole('button', { name: /Gọi số tiếp/ }).click();
    await expect.poll(() => counter.page.getByTestId('counter-current').textContent(), POLL).toContain('A-001');
    await expect.poll(() => display.page.getByTestId('board-recent').textContent(), POLL).toContain('A-012');
    await counter.context.close();
    await display.context.close();
  });

  it('a revoked display drops its token and asks to be paired again', async () => {
    const display = await openHallPage(kb.browser, host.base, '/display', { width: 1920, height: 1080 });
    await pairPage(display.page, host.kiosk.hall.pairing.start().code);
    await expect.poll(() => display.page.getByTestId('hall-display').getAttribute('data-status'), POLL).toBe('online');
    const [device] = host.kiosk.hall.pairing
      .list()
      .filter((d) => d.kind === 'display' && !d.revokedAt)
      .slice(-1);
    host.kiosk.hall.pairing.revoke(device?.id as string);
    // Revoked: the socket is dropped, the page finds itself unpaired and asks for a code again.
    await expect.poll(() => display.page.getByTestId('hall-pair').isVisible(), POLL).toBe(true);
    await display.context.close();
  });
});
