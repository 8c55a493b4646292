import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { healthOf, savePrint, TICKET_LINE, testManager, testQueue, ticketDoc, waitFor } from '../../support/hardware';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-printer-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['tcp', 'serial'] as const)('a printer unplugged in the middle of a job (%s)', (iface) => {
  it('reports offline, does not send the torn job again (it went out once), and prints the next job after replug', async () => {
    const profile = printerProfile('generic-escpos-80');
    const emulator = iface === 'tcp' ? await PrinterEmulator.tcp(profile) : await PrinterEmulator.pty(profile, join(dir, 'printer'));
    const manager = testManager({ printer: { interface: iface, address: emulator.address, profile: profile.id, baudRate: 0 } });
    const q = testQueue(manager);
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.unplugAfter(4000);
      const outcome = await q.queue.print(ticketDoc, 'ticket', 'A-012', 60_000);
      // Its bytes left: the printer may have printed it, so it is reported, not replayed.
      expect(outcome).toMatchObject({ state: 'failed', reason: 'offline' });
      expect(healthOf(manager, 'printer').state).toBe('offline');
      // The emulator kept what it got before the cable went: a torn-off, uncut piece.
      const torn = await waitFor(() => emulator.pages.at(-1), 5000, 'the piece printed before the cable went');
      expect(torn.cut).toBe(false);

      await emulator.replug();
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready again');
      // Jobs print in order: a replayed torn job would come out before this one.
      expect(await q.queue.print({ ...ticketDoc, title: 'ticket A-013' }, 'ticket', 'A-013', 60_000)).toMatchObject({ state: 'printed' });
      const complete = emulator.pages.filter((p) => p.cut);
      expect(complete).toHaveLength(1);
      const page = complete[0] as NonNullable<(typeof complete)[0]>;
      expect(page.items.filter((i) => i.kind === 'image').length).toBeGreaterThan(5);
      savePrint(`ticket-after-replug-${iface}`, emulator.png(page));
    } finally {
      q.close();
      q.remove();
      await manager.close();
      await emulator.close();
    }
  });
});

describe('paper and cover', () => {
  it('reports no-paper, queues the ticket, and prints it once paper is loaded', async () => {
    const emulator = await PrinterEmulator.tcp(printerProfile('epson-80-cp1258'));
    const manager = testManager({ printer: { interface: 'tcp', address: emulator.address, profile: 'epson-80-cp1258', baudRate: 0 } });
    const q = testQueue(manager);
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.paper = false;
      await waitFor(() => healthOf(manager, 'printer').state === 'no-paper', 10_000, 'no-paper reported');
      const outcome = await q.queue.print(ticketDoc, 'ticket', 'A-012', 60_000);
      expect(outcome).toMatchObject({ state: 'queued', reason: 'no-paper' });
      expect(emulator.pages).toHaveLength(0);

      const page = emulator.nextPage(5000);
      emulator.paper = true;
      expect((await page)?.text.split('\n')).toContain(TICKET_LINE);
      await waitFor(() => q.queue.store.get(outcome.jobId)?.state === 'printed', 10_000, 'the job reported printed');
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'ready again');
    } finally {
      q.close();
      q.remove();
      await manager.close();
      await emulator.close();
    }
  });

  it('reports an open cover as an error with its reason', async () => {
    const emulator = await PrinterEmulator.tcp(printerProfile('generic-escpos-80'));
    const manager = testManager({ printer: { interface: 'tcp', address: emulator.address, profile: 'generic-escpos-80', baudRate: 0 } });
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.coverOpen = true;
      const h = await waitFor(
        () => (healthOf(manager, 'printer').state === 'error' ? healthOf(manager, 'printer') : null),
        10_000,
        'error',
      );
      expect(h.reason).toBe('cover open');
    } finally {
      await manager.close();
      await emulator.close();
    }
  });

  it('tells a path that exists from a printer that answers', async () => {
    // A pty with nobody behind it answering status: the port opens, the printer is not there.
    const silent = await PrinterEmulator.pty(printerProfile('star-80-raster'), join(dir, 'silent'));
    const manager = testManager({ printer: { interface: 'serial', address: silent.address, profile: 'generic-escpos-80', baudRate: 0 } });
    try {
      const h = await waitFor(
        () =>
          healthOf(manager, 'printer').state === 'offline' && healthOf(manager, 'printer').reason?.includes('no answer')
            ? healthOf(manager, 'printer')
            : null,
        5000,
        'offline',
      );
      expect(h.reason).toContain('no answer to a status request');
    } finally {
      await manager.close();
      await silent.close();
    }
  });

  it('reports a printer that is not there at all, and finds it when it appears', async () => {
    const path = join(dir, 'later');
    const manager = testManager({ printer: { interface: 'serial', address: path, profile: 'generic-escpos-80', baudRate: 0 } });
    let emulator: PrinterEmulator | null = null;
    try {
      await waitFor(
        () => healthOf(manager, 'printer').state === 'offline' && healthOf(manager, 'printer').reason !== 'connecting',
        3000,
        'offline',
      );
      emulator = await PrinterEmulator.pty(printerProfile('generic-escpos-80'), path);
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'ready once plugged in');
    } finally {
      await manager.close();
      await emulator?.close();
    }
  });
});

describe('a print asked for while the devices close (the kiosk stopping)', () => {
  it('is refused as offline, so the print queue keeps the job for the next start instead of ending it', async () => {
    const profile = printerProfile('generic-escpos-80');
    const emulator = await PrinterEmulator.tcp(profile);
    const manager = testManager({ printer: { interface: 'tcp', address: emulator.address, profile: profile.id, baudRate: 0 } });
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      const closing = manager.close();
      await expect(manager.print(ticketDoc)).rejects.toMatchObject({ code: 'offline' });
      await closing;
      await expect(manager.print(ticketDoc)).rejects.toMatchObject({ code: 'offline' });
      expect(emulator.pages).toHaveLength(0);
    } finally {
      await manager.close();
      await emulator.close();
    }
  });
});
