import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/api/center-clock';
import { type Database, openDatabase } from '../../src-main/core/db/open-database';
import { DevicePairing } from '../../src-main/core/hall/device-pairing';
import { createLogger, memorySink } from '../../src-main/core/logging/logger';
import { ORIENTATIONS, openKioskPage } from '../support/browser';
import { useKioskBrowser } from '../support/e2e-kiosk';
import { fixedFreePort } from '../support/free-port';
import { STAFF_PIN } from '../support/hall-host';
import { AUTOPLAY, openHallPage, pairPage, signInCounter } from '../support/hall-pages';
import { type HostProcess, openAllWeek, startHostProcess } from '../support/hall-process';
import { startTestKiosk, startTestWebKiosk, type TestWebKiosk, tempDir } from '../support/test-kiosk';

const POLL = { timeout: 20_000 } as const;
const LANDSCAPE = ORIENTATIONS[1];
const CHEAP = { N: 1024, r: 8, p: 1 };

/** A citizen at a kiosk page takes a number for a service; returns the number on screen. */
async function takeNumber(page: Page, serviceId: string): Promise<string> {
  await page.getByTestId('home-action-ticket').tap();
  await page.getByTestId(`service-${serviceId}`).tap();
  await expect.poll(() => page.getByTestId('ticket-number').isVisible(), POLL).toBe(true);
  const number = (await page.getByTestId('ticket-number').textContent()) ?? '';
  // These kiosks have no printer: the paper's notice grows from "printing…" to the tall "not
  // printed" box, which moves Done down. Tap once it has settled, or the tap can land where Done was.
  await expect.poll(() => page.getByTestId('print-status').getAttribute('data-state'), POLL).not.toBe('pending');
  await page.getByTestId('ticket-done').tap();
  await expect.poll(() => page.getByTestId('screen-home').isVisible(), POLL).toBe(true);
  return number;
}

/** Keys pressed while the desk is still answering the last one are ignored, as for a person: wait for it. */
async function press(page: Page, key: string): Promise<void> {
  await expect.poll(() => page.getByTestId('counter-console').getAttribute('data-busy'), POLL).toBe('false');
  await page.keyboard.press(key);
}

const announcedOn = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __hallAnnounced?: { number: string; counter: number; urls: string[] }[] }).__hallAnnounced ?? [],
  );

describe('one queue for the hall, end to end (issue #15 "Done when")', () => {
  const kb = useKioskBrowser({ args: [AUTOPLAY] });
  const hostDir = tempDir('hall-host-');
  const memberDir = tempDir('hall-member-');
  let port: number;
  let host: HostProcess;
  let member: TestWebKiosk;
  let hostDb: Database;
  let codes: DevicePairing;

  beforeAll(async () => {
    // Below the ephemeral range: nothing on the machine is handed it while the host is down.
    port = await fixedFreePort();
    const prep = startTestKiosk({ dataDir: hostDir.path, pinCost: CHEAP });
    await prep.kiosk.auth.setPin('staff', STAFF_PIN, 'cli');
    openAllWeek(prep.kiosk.tickets);
    prep.kiosk.config.setMany({
      'hall.role': 'host',
      'hall.port': port,
      'devices.printer.interface': 'none',
      'devices.scanner.interface': 'none',
      'devices.idReader.interface': 'none',
    });
    await prep.close();
    host = await startHostProcess(hostDir.path);
    // The technician screen's part: pairing codes, made on the host's database.
    hostDb = openDatabase(join(hostDir.path, 'kiosk.db'));
    codes = new DevicePairing({ db: hostDb, clock: systemClock, log: createLogger(memorySink(), 'test') });

    member = await startTestWebKiosk({ dataDir: memberDir.path });
    openAllWeek(member.kiosk.tickets);
    const res = await fetch(`http://127.0.0.1:${port}/api/hall/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: codes.start().code, kind: 'kiosk', name: 'Kiosk 2' }),
    });
    const token = ((await res.json()) as { result: { token: string } }).result.token;
    member.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': `http://127.0.0.1:${port}`, 'hall.deviceToken': token });
  }, 120_000);

  afterAll(async () => {
    await member?.close();
    await host?.stop();
    hostDb?.close();
    hostDir.remove();
    memberDir.remove();
  });

  it('kiosks issue, counters call, recall, transfer, serve, miss; the host is killed and comes back with every ticket once, in order', async () => {
    const base = `http://127.0.0.1:${port}`;
    const hostKiosk = await openKioskPage(kb.browser, host.kioskUrl, LANDSCAPE);
    const memberKiosk = await openKioskPage(kb.browser, member.shell.url, LANDSCAPE);
    const desk1 = await openHallPage(kb.browser, base, '/counter', { width: 1366, height: 768 });
    const desk2 = await openHallPage(kb.browser, base, '/counter', { width: 1366, height: 768 });
    const display = await openHallPage(kb.browser, base, '/display', { width: 1920, height: 1080 });
    await pairPage(desk1.page, codes.start().code);
    await signInCounter(desk1.page, 1);
    await pairPage(desk2.page, codes.start().code);
    await signInCounter(desk2.page, 2);
    await pairPage(display.page, codes.start().code);
    await expect.poll(() => display.page.getByTestId('hall-display').getAttribute('data-status'), POLL).toBe('online');

    // Citizens take numbers at both kiosks: one sequence for the hall.
    expect(await takeNumber(hostKiosk.page, 'civil-status')).toBe('A-001');
    expect(await takeNumber(memberKiosk.page, 'civil-status')).toBe('A-002');
    expect(await takeNumber(memberKiosk.page, 'certification')).toBe('B-001');
    expect(await takeNumber(hostKiosk.page, 'civil-status')).toBe('A-003');

    // Counter 1 calls next: the display shows it and asks for its clips.
    const before = Date.now();
    await press(desk1.page, 'F1');
    await expect.poll(() => display.page.locator('.board__call[data-number="A-001"][data-counter="1"]').count(), POLL).toBe(1);
    const shownMs = Date.now() - before;
    await expect.poll(async () => (await announcedOn(display.page)).map((a) => a.number), POLL).toEqual(['A-001']);
    expect((await announcedOn(display.page))[0]?.urls).toEqual([
      '/audio/chime.wav',
      '/audio/vi/xin-mowif-soos.wav',
      '/audio/vi/a.wav',
      '/audio/vi/khoong.wav',
      '/audio/vi/khoong.wav',
      '/audio/vi/mootj.wav',
      '/audio/vi/ddeens-quaayf-soos.wav',
      '/audio/vi/mootj.wav',
    ]);
    process.stdout.write(`hall e2e: call shown on the display ${shownMs} ms after F1\n`);

    // Recall announces again.
    await press(desk1.page, 'F2');
    await expect.poll(async () => (await announcedOn(display.page)).length, POLL).toBe(2);

    // Transfer A-001 to certification: counter 2 gets it before B-001 (issued earlier).
    await press(desk1.page, 'F8');
    await desk1.page.getByTestId('transfer-dialog').locator('[data-service=certification]').click();
    await expect.poll(() => desk1.page.getByTestId('counter-current').textContent(), POLL).toContain('Chưa gọi số nào');
    await expect.poll(() => desk2.page.locator('[data-service=certification] td').first().textContent(), POLL).toBe('2');
    await press(desk2.page, 'F1');
    await expect.poll(() => desk2.page.getByTestId('counter-current').textContent(), POLL).toContain('A-001');
    await press(desk2.page, 'F3'); // served
    await expect.poll(() => desk2.page.getByTestId('counter-current').textContent(), POLL).toContain('Chưa gọi số nào');

    // Counter 1: the next A is A-002 (from the member kiosk); the holder does not come.
    await press(desk1.page, 'F1');
    await expect.poll(() => desk1.page.getByTestId('counter-current').textContent(), POLL).toContain('A-002');
    await press(desk1.page, 'F4'); // no-show
    await expect.poll(() => desk1.page.getByTestId('counter-current').textContent(), POLL).toContain('Chưa gọi số nào');
    const states = hostDb.prepare(`SELECT number, status, counter FROM hall_tickets ORDER BY number`).all();
    expect(states).toEqual([
      { number: 'A-001', status: 'served', counter: 2 },
      { number: 'A-002', status: 'no-show', counter: 1 },
      { number: 'A-003', status: 'waiting', counter: null },
      { number: 'B-001', status: 'waiting', counter: null },
    ]);

    // The host dies without warning; the display says so and the member keeps issuing offline.
    await host.kill9();
    await expect.poll(() => display.page.getByTestId('display-lost').isVisible(), POLL).toBe(true);
    expect(await takeNumber(memberKiosk.page, 'civil-status')).toBe('A-900');
    expect(await takeNumber(memberKiosk.page, 'certification')).toBe('B-900');
    expect(await takeNumber(memberKiosk.page, 'civil-status')).toBe('A-901');

    // Back on the same port: the display reconnects by itself, the member hands its tickets over.
    host = await startHostProcess(hostDir.path);
    await expect.poll(() => display.page.getByTestId('hall-display').getAttribute('data-status'), POLL).toBe('online');
    await expect.poll(() => member.kiosk.hall.member.pending(), POLL).toBe(0);
    const queue = hostDb.prepare('SELECT number FROM hall_tickets ORDER BY priority DESC, issued_at, pos').all() as { number: string }[];
    expect(queue.map((r) => r.number)).toEqual(['A-001', 'A-002', 'B-001', 'A-003', 'A-900', 'B-900', 'A-901']);
    // Every ticket printed at either kiosk is in the hall queue once; no number twice.
    const printed = [
      ...(hostDb.prepare('SELECT number FROM tickets').all() as { number: string }[]),
      ...member.kiosk.tickets.list().map((t) => ({ number: t.number })),
    ].map((r) => r.number);
    expect([...printed].sort()).toEqual(queue.map((r) => r.number).sort());
    expect(new Set(printed).size).toBe(printed.length);

    // Desk sessions lived in the dead host: counter 1 signs in again and calls on.
    await signInCounter(desk1.page, 1);
    await press(desk1.page, 'F1');
    await expect.poll(() => display.page.locator('.board__call[data-number="A-003"]').count(), POLL).toBe(1);
    await press(desk1.page, 'F3');
    await press(desk1.page, 'F1');
    await expect.poll(() => display.page.locator('.board__call[data-number="A-900"]').count(), POLL).toBe(1);
    for (const p of [hostKiosk, memberKiosk, desk1, desk2, display]) await p.context.close();
  }, 240_000);
});
