import { describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { healthOf, testManager, testQueue, ticketDoc, waitFor } from '../../support/hardware';

/**
 * A loaded kiosk (or a printer busy cutting) answers the status request after a job late. The
 * job had reached the printer: sending it again prints a second slip for the same citizen.
 */
describe('a job is handed to the printer at most once', () => {
  it('does not print a job again when the status answer after it comes too late', async () => {
    const profile = printerProfile('epson-80-cp1258');
    const emulator = await PrinterEmulator.tcp(profile);
    const manager = testManager({ printer: { interface: 'tcp', address: emulator.address, profile: profile.id, baudRate: 0 } });
    const q = testQueue(manager);
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.answerLateAfterNextCut();
      const first = q.queue.print(ticketDoc, 'ticket', 'A-012', 60_000);
      // The kiosk gave up waiting for the answer after the job; then the answers come, late.
      await waitFor(() => healthOf(manager, 'printer').state === 'offline', 10_000, 'the unanswered status after the job');
      emulator.answerNow();
      const outcome = await first;
      expect(outcome).toMatchObject({ state: 'failed', reason: 'offline' });
      // Recorded as handed off once, in the queue's table, before its first byte.
      expect(q.queue.store.get(outcome.jobId)).toMatchObject({ state: 'failed', sent: true, attempts: 1 });

      // Jobs print in order: had the first been kept for another try, it would print before this one.
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready again');
      expect(await q.queue.print({ ...ticketDoc, title: 'ticket A-013' }, 'ticket', 'A-013', 60_000)).toMatchObject({ state: 'printed' });
      expect(emulator.pages.filter((p) => p.cut)).toHaveLength(2);
    } finally {
      q.close();
      q.remove();
      await manager.close();
      await emulator.close();
    }
  });
});
