import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PcscStack } from '../../../hardware/emulators/chip/pcsc-stack';
import { makeTestCard, SAMPLE_HOLDER, type TestCard } from '../../../hardware/emulators/chip/test-card';
import { makeTestPki, type TestPki } from '../../../hardware/emulators/chip/test-pki';
import { systemClock } from '../../../src-main/api/center-clock';
import type { ChipStep } from '../../../src-main/api/channels/cards';
import { ChipService } from '../../../src-main/core/cards/chip-service';
import { TrustStore } from '../../../src-main/core/cards/trust-store';
import { createLogger, type LogRecord } from '../../../src-main/core/logging/logger';
import { systemTimers } from '../../../src-main/core/outbox/center-client';
import { silentLog } from '../../../src-main/hardware/device-log';
import { PcscCardReader } from '../../../src-main/hardware/idreader/pcsc-card-reader';
import { startProcessPcscStack } from '../../support/pcsc-per-process';

// The core's chip service over the real PC/SC stack: it waits for the card, reads it with the
// QR's key or a typed MRZ, and keeps for the technician and the log only what is not personal.
describe('ChipService through pcscd + vpcd + vicc', () => {
  let stack: PcscStack;
  let pki: TestPki;
  let card: TestCard;
  let dir: string;
  let service: ChipService;
  const steps: ChipStep[] = [];
  const logs: LogRecord[] = [];
  const qr = { idNumber: SAMPLE_HOLDER.idNumber, dateOfBirth: SAMPLE_HOLDER.dateOfBirth, issueDate: SAMPLE_HOLDER.issueDate };

  beforeAll(async () => {
    // libpcsclite reads PCSCLITE_CSOCK_NAME once per process, and files share their worker.
    stack = await startProcessPcscStack();
    pki = makeTestPki('Service');
    card = makeTestCard(pki);
    dir = mkdtempSync(join(tmpdir(), 'kiosk-chip-service-'));
    const trust = new TrustStore(dir);
    trust.add(pki.cscaDer);
    service = new ChipService({
      reader: new PcscCardReader({ log: silentLog }),
      trust,
      log: createLogger((r) => logs.push(r), 'cards'),
      clock: systemClock,
      timers: systemTimers,
      onStep: (s) => steps.push(s),
      waitMs: 20_000,
    });
    service.start();
  });
  afterAll(async () => {
    service?.close();
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('waits for the card put on the reader after the request, and answers with verified data and the photo', async () => {
    steps.length = 0;
    const reading = service.readWithQr(qr);
    // The service is waiting before any card is there.
    await expect.poll(() => steps[0]).toBe('waiting');
    const virtual = await stack.insert(card);
    try {
      const outcome = await reading;
      expect(outcome).toMatchObject({ ok: true, verified: true, failures: [], identity: SAMPLE_HOLDER });
      expect(outcome.ok && outcome.photo?.startsWith('data:image/jpeg;base64,/9j/')).toBe(true);
      expect(steps).toEqual(['waiting', 'authenticating', 'reading-data', 'reading-photo', 'verifying']);
      // With the card still there, a typed MRZ opens it too.
      const typed = await service.readWithMrz(card.mrz);
      expect(typed).toMatchObject({ ok: true, verified: true, identity: { fullName: SAMPLE_HOLDER.fullName } });
      // A QR of another ID number whose key still fits (same last nine digits) is another card.
      const other = await service.readWithQr({ ...qr, idNumber: `999${qr.idNumber.slice(3)}` });
      expect(other).toEqual({ ok: false, reason: 'other-card' });
    } finally {
      await virtual.remove();
    }
    // PC/SC notices the card gone on its next poll; the next test starts from an empty reader.
    await expect.poll(() => service.status().readers.some((r) => r.cardPresent), { timeout: 10_000 }).toBe(false);
    const status = service.status();
    expect(status.available).toBe(true);
    expect(status.lastRead).toMatchObject({ outcome: 'other-card', keyRule: 'rule:age-40' });
    expect(status.trust.map((c) => c.subject)).toEqual(['C=VN, CN=Service CSCA']);
    // Nothing personal in the status or the log.
    const said = JSON.stringify([status, logs]);
    for (const personal of [SAMPLE_HOLDER.fullName, SAMPLE_HOLDER.idNumber, SAMPLE_HOLDER.idNumber.slice(3), '900714', 'Hàng Bạc']) {
      expect(said).not.toContain(personal);
    }
  });

  it('stops waiting when the citizen goes on without the chip', async () => {
    const reading = service.readWithQr(qr);
    await expect.poll(() => service.cancel()).toBe(true);
    expect(await reading).toEqual({ ok: false, reason: 'cancelled' });
  });

  it('refuses a typed MRZ whose check digits are wrong, as a bad request', () => {
    expect(() => service.readWithMrz(card.mrz.replace('190012345', '190012346'))).toThrow(expect.objectContaining({ code: 'bad-request' }));
  });
});
