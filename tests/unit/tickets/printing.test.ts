import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/core/system/clock';
import { reasonOf } from '../../../src-main/core/tickets/ticket-printer';
import { DeviceError } from '../../../src-main/hardware/device-error';
import { tempDir } from '../../support/test-kiosk';
import { fakeDevices, MONDAY_9AM, paperText, type TicketRig, ticketRig } from './fixtures';

describe('printing tickets', () => {
  let dir: ReturnType<typeof tempDir>;
  let rig: TicketRig;
  let printer: ReturnType<typeof fakeDevices>;
  const clock = fakeClock(MONDAY_9AM);
  beforeEach(() => {
    dir = tempDir();
    clock.set(MONDAY_9AM);
    printer = fakeDevices();
    rig = ticketRig(join(dir.path, 'kiosk.db'), clock, printer.devices, { printAnswerMs: 50 });
  });
  afterEach(() => {
    rig.close();
    dir.remove();
  });
  const issue = (language = 'vi') => rig.tickets.issue({ serviceId: 'civil-status', priority: false, language, source: 'kiosk' });

  it('prints a new ticket and records it printed', async () => {
    const t = await issue();
    expect(t.print).toEqual({ state: 'printed', reason: null, count: 1 });
    expect(printer.printed).toHaveLength(1);
    expect(paperText(printer.printed[0] as never)).toContain('A-001');
  });

  it('keeps the ticket when the paper runs out during the job, left in the device queue', async () => {
    printer.set('no-paper-queue');
    const t = await issue();
    expect(t).toMatchObject({ number: 'A-001', status: 'waiting', print: { state: 'queued', reason: 'no-paper', count: 1 } });
    expect(rig.tickets.list()).toHaveLength(1);
    // The device queue ends with the process: at close the ticket is marked failed, so the next
    // printer-ready report prints it again.
    rig.tickets.close();
    expect(rig.tickets.get(t.id).print).toMatchObject({ state: 'failed', reason: 'no-paper' });
  });

  it('sends nothing to a printer known to be out of paper, says so at once, and prints when it is back', async () => {
    printer.report('no-paper');
    const t = await issue();
    expect(t.print).toEqual({ state: 'failed', reason: 'no-paper', count: 1 });
    expect(printer.printed).toHaveLength(0);
    printer.report('ready');
    await rig.tickets.retryFailedPrints();
    expect(rig.tickets.get(t.id).print).toEqual({ state: 'printed', reason: null, count: 2 });
    expect(printer.printed.map((d) => d.title)).toEqual(['ticket A-001']);
  });

  it('retries a failed print when the printer reports ready, and only recent waiting tickets', async () => {
    printer.set('offline-throw');
    const old = await issue();
    clock.advance(40 * 60_000);
    const served = await issue();
    rig.tickets.mark(served.id, 'served');
    const recent = await issue();
    expect(recent.print).toMatchObject({ state: 'failed', reason: 'offline' });

    printer.set('print');
    printer.report('ready');
    await rig.tickets.retryFailedPrints();
    expect(rig.tickets.get(recent.id).print).toEqual({ state: 'printed', reason: null, count: 2 });
    // Older than the retry window, or already served: left for staff to reprint on request.
    expect(rig.tickets.get(old.id).print.state).toBe('failed');
    expect(rig.tickets.get(served.id).print.state).toBe('failed');
    expect(printer.printed.map((d) => d.title)).toEqual(['ticket A-003']);
  });

  it('stops retrying when the printer fails again', async () => {
    printer.set('offline-throw');
    await issue();
    await issue();
    await rig.tickets.retryFailedPrints();
    const counts = rig.tickets.list().map((t) => t.print.count);
    expect(counts).toEqual([2, 1]);
  });

  it('answers the citizen screen without waiting for a silent printer, then records the late answer', async () => {
    printer.set('hang');
    const changes: string[] = [];
    rig.bus.onAny((e) => changes.push(e));
    const t = await issue();
    expect(t.print.state).toBe('pending');
    printer.finishHanging();
    await expect.poll(() => rig.tickets.get(t.id).print.state).toBe('printed');
    expect(changes.length).toBeGreaterThanOrEqual(2);
  });

  it('reprints for staff, marked as a reprint, in the language asked', async () => {
    const t = await issue('en');
    const again = await rig.tickets.reprint(t.id, 'pl');
    expect(again.print.count).toBe(2);
    const paper = paperText(printer.printed[1] as never);
    expect(paper).toContain('BẢN IN LẠI / DRUK PONOWNY');
    expect(paper).toContain('Stan cywilny');
    const events = rig.db.prepare('SELECT type FROM ticket_events ORDER BY rowid').all();
    expect(events).toEqual([{ type: 'issued' }, { type: 'reprinted' }]);
  });

  it('maps device error codes to what the screen explains', () => {
    expect(reasonOf(new DeviceError('no-paper', 'x'))).toBe('no-paper');
    expect(reasonOf(new DeviceError('disconnected', 'x'))).toBe('offline');
    expect(reasonOf(new DeviceError('timeout', 'x'))).toBe('offline');
    expect(reasonOf(new DeviceError('not-configured', 'x'))).toBe('not-configured');
    expect(reasonOf(new DeviceError('cover-open', 'x'))).toBe('error');
    expect(reasonOf(new Error('x'))).toBe('error');
  });

  it('stops listening to the printer when closed', () => {
    expect(printer.listeners).toBe(1);
    rig.tickets.close();
    expect(printer.listeners).toBe(0);
  });

  describe('at most once per job', () => {
    it('never prints again on its own a ticket whose job went to the printer unconfirmed; staff still may', async () => {
      printer.set('sent-unconfirmed');
      const t = await issue();
      expect(t.print).toEqual({ state: 'failed', reason: 'offline', count: 1 });
      printer.set('print');
      printer.report('offline');
      printer.report('ready');
      await rig.tickets.retryFailedPrints();
      expect(rig.tickets.get(t.id).print).toEqual({ state: 'failed', reason: 'offline', count: 1 });
      expect(printer.printed).toHaveLength(1);
      // A second process on the same file (the CLI, a restart) finds nothing to replay either.
      const other = ticketRig(join(dir.path, 'kiosk.db'), clock, fakeDevices().devices, { printAnswerMs: 50 });
      try {
        await other.tickets.retryFailedPrints();
        expect(other.tickets.get(t.id).print.count).toBe(1);
      } finally {
        other.close();
      }
      const again = await rig.tickets.reprint(t.id);
      expect(again.print).toEqual({ state: 'printed', reason: null, count: 2 });
      expect(printer.printed.map((d) => d.title)).toEqual(['ticket A-001', 'ticket A-001']);
    });

    it('two processes retrying the same failed tickets print each once', async () => {
      printer.report('no-paper');
      const a = await issue();
      const b = await issue();
      expect([a.print.state, b.print.state]).toEqual(['failed', 'failed']);
      // The other process runs its own retry while this one is printing its first ticket.
      const otherPrinter = fakeDevices();
      let other: TicketRig | undefined;
      let first = true;
      const mine = fakeDevices();
      const racing = {
        ...mine.devices,
        async print(...args: Parameters<typeof mine.devices.print>) {
          if (first) {
            first = false;
            await other?.tickets.retryFailedPrints();
          }
          return mine.devices.print(...args);
        },
      };
      rig.close();
      rig = ticketRig(join(dir.path, 'kiosk.db'), clock, racing, { printAnswerMs: 50 });
      other = ticketRig(join(dir.path, 'kiosk.db'), clock, otherPrinter.devices, { printAnswerMs: 50 });
      try {
        await rig.tickets.retryFailedPrints();
        expect([...mine.printed, ...otherPrinter.printed].map((d) => d.title).sort()).toEqual(['ticket A-001', 'ticket A-002']);
        expect(rig.tickets.list().map((t) => [t.number, t.print.state, t.print.count])).toEqual([
          ['A-001', 'printed', 2],
          ['A-002', 'printed', 2],
        ]);
      } finally {
        other.close();
      }
    });
  });
});

describe('without any printer', () => {
  it('still issues the ticket and records that nothing could print it', async () => {
    const dir = tempDir();
    const rig = ticketRig(join(dir.path, 'kiosk.db'), fakeClock(MONDAY_9AM));
    try {
      const t = await rig.tickets.issue({ serviceId: 'residence', priority: false, language: 'vi', source: 'cli' });
      expect(t).toMatchObject({ number: 'C-001', print: { state: 'failed', reason: 'not-configured', count: 1 } });
    } finally {
      rig.close();
      dir.remove();
    }
  });

  it('marks prints cut off by a power loss as failed at the next start', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'kiosk.db');
    const clock = fakeClock(MONDAY_9AM);
    const printer = fakeDevices('hang');
    let rig = ticketRig(file, clock, printer.devices, { printAnswerMs: 10 });
    const t = await rig.tickets.issue({ serviceId: 'residence', priority: false, language: 'vi', source: 'kiosk' });
    rig.close();
    clock.advance(5 * 60_000);
    rig = ticketRig(file, clock);
    try {
      expect(rig.tickets.get(t.id).print).toEqual({ state: 'failed', reason: 'error', count: 1 });
    } finally {
      rig.close();
      dir.remove();
    }
  });
});
