import { describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { healthOf, testManager, ticketDoc, waitFor } from '../../support/hardware';

/**
 * A loaded kiosk (or a printer busy cutting) answers the status request after a job late. The
 * job had reached the printer: sending it again prints a second slip for the same citizen.
 */
describe('a job is handed to the printer at most once', () => {
  it('does not print a job again when the status answer after it comes too late', async () => {
    const profile = printerProfile('epson-80-cp1258');
    const emulator = await PrinterEmulator.tcp(profile);
    const manager = testManager(
      { printer: { interface: 'tcp', address: emulator.address, profile: profile.id, baudRate: 0 } },
      { waitMs: 60_000 },
    );
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      emulator.answerLateAfterNextCut();
      let handOffs = 0;
      const first = manager.print(ticketDoc, { onHandOff: () => handOffs++ });
      // The kiosk gave up waiting for the answer after the job; then the answers come, late.
      await waitFor(() => healthOf(manager, 'printer').state === 'offline', 10_000, 'the unanswered status after the job');
      emulator.answerNow();
      expect(await first).toMatchObject({ state: 'failed', reason: 'offline' });
      expect(handOffs).toBe(1);

      // Jobs print in order: had the first been kept for another try, it would print before this one.
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready again');
      expect(await manager.print({ ...ticketDoc, title: 'ticket A-013' })).toMatchObject({ state: 'printed' });
      expect(emulator.pages.filter((p) => p.cut)).toHaveLength(2);
    } finally {
      await manager.close();
      await emulator.close();
    }
  });
});
