import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import type { PrintJobChange } from '../../../src-main/api/channels/printing';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { healthOf, receiptDoc, TICKET_LINE, testManager, testQueue, ticketDoc, waitFor } from '../../support/hardware';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-print-queue-it-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROFILE = 'epson-80-cp1258';
const emulatorFor = (iface: 'tcp' | 'serial', name: string) =>
  iface === 'tcp' ? PrinterEmulator.tcp(printerProfile(PROFILE)) : PrinterEmulator.pty(printerProfile(PROFILE), join(dir, name));

/** The kiosk's one print queue on a real SQLite file, printing to the ESC/POS emulator over TCP and a pty. */
describe.each(['tcp', 'serial'] as const)('the durable print queue (%s)', (iface) => {
  it('reports a job failing for want of paper, then printing once paper is loaded: queued → printing → printed', async () => {
    const emulator = await emulatorFor(iface, `paper-${iface}`);
    const manager = testManager({ printer: { interface: iface, address: emulator.address, profile: PROFILE, baudRate: 0 } });
    const q = testQueue(manager);
    const seen: Array<Pick<PrintJobChange, 'state' | 'reason'>> = [];
    q.queue.onJob((job) => seen.push({ state: job.state, reason: job.reason }));
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.paper = false;
      const outcome = await q.queue.print(ticketDoc, 'ticket', 't-1', 30_000);
      expect(outcome).toMatchObject({ state: 'queued', reason: 'no-paper' });
      expect(emulator.pages).toHaveLength(0);
      const page = emulator.nextPage(15_000, (p) => p.cut);
      emulator.paper = true;
      expect((await page)?.text.split('\n')).toContain(TICKET_LINE);
      await waitFor(() => q.queue.store.get(outcome.jobId)?.state === 'printed', 10_000, 'job printed');
      expect(seen[0]).toEqual({ state: 'queued', reason: null });
      expect(seen).toContainEqual({ state: 'queued', reason: 'no-paper' });
      expect(seen.at(-1)).toEqual({ state: 'printed', reason: null });
      expect(q.queue.store.get(outcome.jobId)).toMatchObject({ sent: true, doc: null });
      expect(emulator.pages.filter((p) => p.cut)).toHaveLength(1);
    } finally {
      q.close();
      q.remove();
      await manager.close();
      await emulator.close();
    }
  });

  it('keeps waiting jobs across a restart and prints each once, in order, after it', async () => {
    const emulator = await emulatorFor(iface, `restart-${iface}`);
    let manager = testManager({ printer: { interface: iface, address: emulator.address, profile: PROFILE, baudRate: 0 } });
    let q = testQueue(manager);
    const file = q.file;
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.paper = false;
      const first = await q.queue.print(ticketDoc, 'ticket', 't-1', 30_000);
      const second = await q.queue.print(receiptDoc, 'receipt', 'D-1', 30_000);
      expect([first.state, second.state]).toEqual(['queued', 'queued']);
      // The kiosk stops (an update, a restart) with both jobs waiting. The printer goes first, then
      // the queue once no try of it is under way: a job a dead process left mid-try waits out the
      // interrupted-job delay instead (the unit tests cover that), which is not this test's order.
      await manager.close();
      await waitFor(
        () => q.queue.store.get(first.jobId)?.state === 'queued' && q.queue.store.get(second.jobId)?.state === 'queued',
        10_000,
        'no try under way',
      );
      q.close();
      emulator.paper = true;

      manager = testManager({ printer: { interface: iface, address: emulator.address, profile: PROFILE, baudRate: 0 } });
      q = testQueue(manager, file);
      await waitFor(() => q.queue.store.get(second.jobId)?.state === 'printed', 20_000, 'both jobs printed after the restart');
      expect(q.queue.store.get(first.jobId)?.state).toBe('printed');
      const cut = emulator.pages.filter((p) => p.cut);
      expect(cut).toHaveLength(2);
      expect(cut[0]?.text.split('\n')).toContain(TICKET_LINE);
      expect(cut[1]?.text).toContain('GIẤY TIẾP NHẬN HỒ SƠ');
    } finally {
      q.close();
      rmSync(join(file, '..'), { recursive: true, force: true });
      await manager.close();
      await emulator.close();
    }
  });
});

describe('the durable print queue, a printer that is away', () => {
  it('keeps a job while the printer is unplugged, trying again with backoff, and prints it once after replug', async () => {
    const emulator = await PrinterEmulator.tcp(printerProfile(PROFILE));
    const manager = testManager({ printer: { interface: 'tcp', address: emulator.address, profile: PROFILE, baudRate: 0 } });
    const q = testQueue(manager);
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      await emulator.unplug();
      await waitFor(() => healthOf(manager, 'printer').state === 'offline', 10_000, 'offline reported');
      const outcome = await q.queue.print(ticketDoc, 'test', null, 30_000);
      expect(outcome).toMatchObject({ state: 'queued', reason: 'offline' });
      expect(q.queue.recent()).toMatchObject([{ id: outcome.jobId, state: 'queued', reason: 'offline', sent: false }]);
      await waitFor(() => (q.queue.store.get(outcome.jobId)?.attempts ?? 0) >= 2, 10_000, 'a second try after its backoff');
      const page = emulator.nextPage(20_000, (p) => p.cut);
      await emulator.replug();
      expect((await page)?.text.split('\n')).toContain(TICKET_LINE);
      await waitFor(() => q.queue.store.get(outcome.jobId)?.state === 'printed', 20_000, 'printed once the printer is back');
      expect(emulator.pages.filter((p) => p.cut)).toHaveLength(1);
    } finally {
      q.close();
      q.remove();
      await manager.close();
      await emulator.close();
    }
  });
});
