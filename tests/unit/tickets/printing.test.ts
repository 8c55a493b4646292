import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { reasonOf } from '../../../src-main/core/printing/print-queue';
import { DeviceError } from '../../../src-main/hardware/device-error';
import { tempDir } from '../../support/test-kiosk';
import { fakeDevices, MONDAY_9AM, paperText, type TicketRig, ticketRig } from './fixtures';

describe('printing tickets through the print queue', () => {
  let dir: ReturnType<typeof tempDir>;
  let rig: TicketRig;
  let printer: ReturnType<typeof fakeDevices>;
  const clock = fakeClock(MONDAY_9AM);
  beforeEach(() => {
    dir = tempDir();
    clock.set(MONDAY_9AM);
    printer = fakeDevices();
    rig = ticketRig(join(dir.path, 'kiosk.db'), clock, printer.devices, { printAnswerMs: 2000 });
  });
  afterEach(() => {
    rig.close();
    dir.remove();
  });
  const issue = (language = 'vi') => rig.tickets.issue({ serviceId: 'civil-status', priority: false, language, source: 'kiosk' });
  const jobsOf = (ticketId: string) =>
    rig.db
      .prepare(`SELECT state, reason, sent, attempts FROM print_jobs WHERE owner_kind = 'ticket' AND owner_ref = ? ORDER BY seq`)
      .all(ticketId);

  it('prints a new ticket and records it printed, as its job reported', async () => {
    const t = await issue();
    expect(t.print).toEqual({ state: 'printed', reason: null, count: 1 });
    expect(printer.printed).toHaveLength(1);
    expect(paperText(printer.printed[0] as never)).toContain('A-001');
    expect(jobsOf(t.id)).toEqual([{ state: 'printed', reason: null, sent: 1, attempts: 1 }]);
  });

  it('keeps a ticket the printer refused for lack of paper, and prints it once, when the printer reports ready', async () => {
    printer.set('no-paper');
    const t = await issue();
    expect(t).toMatchObject({ number: 'A-001', status: 'waiting', print: { state: 'queued', reason: 'no-paper', count: 1 } });
    expect(printer.printed).toHaveLength(0);
    printer.set('print');
    printer.report('ready');
    await expect.poll(() => rig.tickets.get(t.id).print).toEqual({ state: 'printed', reason: null, count: 1 });
    expect(printer.printed.map((d) => d.title)).toEqual(['ticket A-001']);
  });

  it('keeps trying with backoff while the printer is away, in order, and a queued ticket becomes printed', async () => {
    printer.set('offline');
    const a = await issue();
    const b = await issue();
    expect([a.print.state, b.print.state]).toEqual(['queued', 'queued']);
    // The fake clock stands still, so only the printer's ready report makes the waiting jobs due.
    printer.set('print');
    printer.report('ready');
    await expect.poll(() => rig.tickets.list().map((t) => t.print.state)).toEqual(['printed', 'printed']);
    expect(printer.printed.map((d) => d.title)).toEqual(['ticket A-001', 'ticket A-002']);
  });

  it('answers the citizen screen without waiting for a silent printer, then records the late answer', async () => {
    rig.close();
    printer = fakeDevices('hang');
    rig = ticketRig(join(dir.path, 'kiosk.db'), clock, printer.devices, { printAnswerMs: 50 });
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
    expect(again.print).toEqual({ state: 'printed', reason: null, count: 2 });
    const paper = paperText(printer.printed[1] as never);
    expect(paper).toContain('BẢN IN LẠI / DRUK PONOWNY');
    expect(paper).toContain('Stan cywilny');
    const events = rig.db.prepare('SELECT type FROM ticket_events ORDER BY rowid').all();
    expect(events).toEqual([{ type: 'issued' }, { type: 'reprinted' }]);
  });

  it('a reprint replaces a copy still waiting for paper: one slip comes out, not two', async () => {
    printer.set('no-paper');
    const t = await issue();
    await rig.tickets.reprint(t.id);
    printer.set('print');
    printer.report('ready');
    await expect.poll(() => rig.tickets.get(t.id).print.state).toBe('printed');
    expect(printer.printed.map((d) => d.title)).toHaveLength(1);
    expect(paperText(printer.printed[0] as never).join('\n')).toContain('BẢN IN LẠI');
  });

  it('a reprint while the first copy is still being tried: the first one refused is not tried again, one slip comes out', async () => {
    rig.close();
    printer = fakeDevices('hold');
    rig = ticketRig(join(dir.path, 'kiosk.db'), clock, printer.devices, { printAnswerMs: 50 });
    const t = await issue();
    await expect.poll(() => printer.holding).toBe(1);
    // Staff reprint while the printer is still being asked about the first copy (nothing sent yet).
    await rig.tickets.reprint(t.id);
    printer.set('no-paper');
    printer.release('no-paper');
    await expect.poll(() => jobsOf(t.id).map((j) => (j as { state: string }).state)).toEqual(['failed', 'queued']);
    expect(rig.tickets.get(t.id).print).toMatchObject({ state: 'queued', reason: 'no-paper' });
    printer.set('print');
    printer.report('ready');
    await expect.poll(() => rig.tickets.get(t.id).print.state).toBe('printed');
    expect(printer.printed).toHaveLength(1);
    expect(paperText(printer.printed[0] as never).join('\n')).toContain('BẢN IN LẠI');
    expect(jobsOf(t.id)).toMatchObject([
      { state: 'failed', sent: 0 },
      { state: 'printed', sent: 1 },
    ]);
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
    rig.close();
    expect(printer.listeners).toBe(0);
    rig = ticketRig(join(dir.path, 'kiosk.db'), clock, printer.devices);
  });

  describe('at most once per job', () => {
    it('never prints again on its own a ticket whose job went to the printer unconfirmed; staff still may', async () => {
      printer.set('sent-unconfirmed');
      const t = await issue();
      expect(t.print).toEqual({ state: 'failed', reason: 'offline', count: 1 });
      expect(rig.db.prepare('SELECT print_sent FROM tickets WHERE id = ?').get(t.id)).toEqual({ print_sent: 1 });
      printer.set('print');
      printer.report('offline');
      printer.report('ready');
      // A second process on the same file (the CLI, a restart) finds nothing to replay either.
      const otherPrinter = fakeDevices();
      const other = ticketRig(join(dir.path, 'kiosk.db'), clock, otherPrinter.devices, { printAnswerMs: 50 });
      try {
        otherPrinter.report('ready');
        await other.tickets.issue({ serviceId: 'residence', priority: false, language: 'vi', source: 'kiosk' });
        expect(otherPrinter.printed.map((d) => d.title)).toEqual(['ticket C-001']);
      } finally {
        other.close();
      }
      expect(rig.tickets.get(t.id).print).toEqual({ state: 'failed', reason: 'offline', count: 1 });
      expect(printer.printed).toHaveLength(1);
      const again = await rig.tickets.reprint(t.id);
      expect(again.print).toEqual({ state: 'printed', reason: null, count: 2 });
      expect(printer.printed.map((d) => d.title)).toEqual(['ticket A-001', 'ticket A-001']);
    });

    it('two processes draining one queue file print each waiting job once', async () => {
      printer.set('no-paper');
      const a = await issue();
      const b = await issue();
      expect([a.print.state, b.print.state]).toEqual(['queued', 'queued']);
      const otherPrinter = fakeDevices();
      const other = ticketRig(join(dir.path, 'kiosk.db'), clock, otherPrinter.devices, { printAnswerMs: 50 });
      try {
        printer.set('print');
        // Both processes hear their printer come back at the same moment.
        printer.report('ready');
        otherPrinter.report('ready');
        await expect.poll(() => [...printer.printed, ...otherPrinter.printed].length).toBe(2);
        expect([...printer.printed, ...otherPrinter.printed].map((d) => d.title).sort()).toEqual(['ticket A-001', 'ticket A-002']);
        await expect.poll(() => rig.db.prepare(`SELECT COUNT(*) AS n FROM print_jobs WHERE state = 'printed'`).get()).toEqual({ n: 2 });
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
});

describe('across a restart', () => {
  it('prints after the restart a ticket whose job was waiting for paper, once', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'kiosk.db');
    const clock = fakeClock(MONDAY_9AM);
    let rig = ticketRig(file, clock, fakeDevices('no-paper').devices, { printAnswerMs: 2000 });
    const t = await rig.tickets.issue({ serviceId: 'residence', priority: false, language: 'vi', source: 'kiosk' });
    expect(rig.tickets.get(t.id).print.state).toBe('queued');
    rig.close();
    clock.advance(60_000);
    const printer = fakeDevices();
    rig = ticketRig(file, clock, printer.devices);
    try {
      await expect.poll(() => rig.tickets.get(t.id).print).toEqual({ state: 'printed', reason: null, count: 1 });
      expect(printer.printed.map((d) => d.title)).toEqual(['ticket C-001']);
    } finally {
      rig.close();
      dir.remove();
    }
  });

  it('a job cut off by a power loss after its first byte is never sent again: the ticket says failed', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'kiosk.db');
    const clock = fakeClock(MONDAY_9AM);
    let rig = ticketRig(file, clock, fakeDevices('hang').devices, { printAnswerMs: 10 });
    const t = await rig.tickets.issue({ serviceId: 'residence', priority: false, language: 'vi', source: 'kiosk' });
    rig.close();
    clock.advance(5 * 60_000);
    const printer = fakeDevices();
    rig = ticketRig(file, clock, printer.devices);
    try {
      await expect.poll(() => rig.tickets.get(t.id).print).toEqual({ state: 'failed', reason: 'error', count: 1 });
      expect(printer.printed).toHaveLength(0);
    } finally {
      rig.close();
      dir.remove();
    }
  });
});
