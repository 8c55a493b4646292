import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PcscStack, VirtualCard } from '../../../hardware/emulators/chip/pcsc-stack';
import { makeTestCard, SAMPLE_HOLDER, type TestCard } from '../../../hardware/emulators/chip/test-card';
import { makeTestPki, type TestPki } from '../../../hardware/emulators/chip/test-pki';
import { silentLog } from '../../../src-main/hardware/device-log';
import { accessKeyCandidates } from '../../../src-main/hardware/idreader/cccd/access-keys';
import type { ChipStep } from '../../../src-main/hardware/idreader/cccd/read-cccd-chip';
import { PcscCardReader, type PcscEvent } from '../../../src-main/hardware/idreader/pcsc-card-reader';
import { startProcessPcscStack } from '../../support/pcsc-per-process';

// The real PC/SC chain: pcscd (started here, in its own mount namespace) with the vpcd virtual
// reader, vicc emulating the chip, and the `smartcard` N-API binding on the kiosk's side.
describe('PcscCardReader through pcscd + vpcd + vicc', () => {
  let stack: PcscStack;
  let pki: TestPki;
  let card: TestCard;
  let reader: PcscCardReader;
  const events: PcscEvent[] = [];
  const candidates = accessKeyCandidates({
    idNumber: SAMPLE_HOLDER.idNumber,
    dateOfBirth: SAMPLE_HOLDER.dateOfBirth,
    issueDate: SAMPLE_HOLDER.issueDate,
  });

  const waitFor = async (what: (e: PcscEvent) => boolean) => {
    if (events.some(what)) return;
    await new Promise<void>((resolve) => {
      const stop = reader.onEvent((e) => {
        if (what(e)) {
          stop();
          resolve();
        }
      });
    });
  };

  /**
   * Puts a card on the reader, waits until PC/SC reports it, runs `use`, and takes the card away
   * again whatever happened, waiting until PC/SC reports that too.
   */
  const withCard = async <T>(files: TestCard, use: (virtual: VirtualCard) => Promise<T>): Promise<T> => {
    events.length = 0;
    const inserted = waitFor((e) => e.type === 'card-inserted');
    const virtual = await stack.insert(files);
    try {
      await inserted;
      return await use(virtual);
    } finally {
      const removed = waitFor((e) => e.type === 'card-removed');
      await virtual.remove();
      await removed;
    }
  };

  beforeAll(async () => {
    // libpcsclite reads PCSCLITE_CSOCK_NAME once per process, and files share their worker.
    stack = await startProcessPcscStack();
    pki = makeTestPki('Kiosk test');
    card = makeTestCard(pki);
    reader = new PcscCardReader({ log: silentLog });
    reader.onEvent((e) => events.push(e));
    reader.start();
  });

  afterAll(async () => {
    reader?.stop();
    await stack?.stop();
  });

  it('sees the virtual readers', () => {
    expect(reader.list().map((r) => r.name)).toContain('Virtual PCD 00 00');
  });

  it('opens the chip with the key from the QR, reads every DG13 field and passes passive authentication', async () => {
    const steps: ChipStep[] = [];
    const read = await withCard(card, () => reader.read(candidates, { trusted: [pki.csca], onStep: (s) => steps.push(s) }));

    expect(read.keyRule).toBe('rule:age-40');
    expect(steps).toEqual(['authenticating', 'reading-data', 'reading-photo', 'verifying']);
    expect(read.dg13).toEqual(SAMPLE_HOLDER);
    expect(read.mrz).toMatchObject({
      documentCode: 'ID',
      issuingState: 'VNM',
      documentNumber: '190012345',
      dateOfBirth: '900714',
      sex: 'F',
    });
    expect(read.mrz.optionalData1).toBe(SAMPLE_HOLDER.idNumber);
    expect(read.passive).toMatchObject({ ok: true, failures: [], verifiedGroups: [1, 2, 13] });
    expect(read.face?.mime).toBe('image/jpeg');
    expect(read.face?.data.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(read.com.dataGroups).toEqual([1, 2, 13]);
  });

  it('fails passive authentication when one byte of DG13 differs from what was signed', async () => {
    const files = new Map(card.files);
    const dg13 = Buffer.from(files.get(0x010d) ?? Buffer.alloc(0));
    const at = dg13.indexOf(Buffer.from('Kinh'));
    dg13[at] = 'L'.charCodeAt(0); // "Linh": still valid UTF-8 and a valid DG13
    files.set(0x010d, dg13);
    const read = await withCard({ ...card, files }, () => reader.read(candidates, { trusted: [pki.csca] }));
    expect(read.dg13.ethnicity).toBe('Linh');
    expect(read.passive.ok).toBe(false);
    expect(read.passive.failures).toEqual(['data-group-hash']);
    expect(read.passive.verifiedGroups).toEqual([1, 2]);
  });

  it('fails passive authentication when the CSCA is not in the trust list', async () => {
    const read = await withCard(card, () => reader.read(candidates, { trusted: [makeTestPki('Other state').csca], skipFace: true }));
    expect(read.passive.failures).toEqual(['untrusted-signer']);
    expect(read.passive.verifiedGroups).toEqual([1, 13]);
  });

  it('answers a key that does not fit the card as wrong-key', async () => {
    const wrong = accessKeyCandidates({ idNumber: SAMPLE_HOLDER.idNumber, dateOfBirth: '1990-07-15', issueDate: '2021-04-10' });
    await withCard(card, () => expect(reader.read(wrong, { trusted: [pki.csca] })).rejects.toMatchObject({ code: 'wrong-key' }));
  });

  it('reports a card taken away during the read as card-removed', async () => {
    await withCard(card, async (virtual) => {
      let removal: Promise<void> | null = null;
      const reading = reader.read(candidates, {
        trusted: [pki.csca],
        onStep: (step) => {
          if (step === 'reading-data') removal = virtual.remove();
        },
      });
      await expect(reading).rejects.toMatchObject({ code: 'card-removed' });
      await removal;
    });
  });
});
