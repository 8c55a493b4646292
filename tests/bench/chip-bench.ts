import { startPcscStack } from '../../hardware/emulators/chip/pcsc-stack';
import { makeTestCard, SAMPLE_HOLDER } from '../../hardware/emulators/chip/test-card';
import { makeTestPki } from '../../hardware/emulators/chip/test-pki';
import { silentLog } from '../../src-main/hardware/device-log';
import { accessKeyCandidates } from '../../src-main/hardware/idreader/cccd/access-keys';
import type { ChipTimings } from '../../src-main/hardware/idreader/cccd/read-cccd-chip';
import { PcscCardReader } from '../../src-main/hardware/idreader/pcsc-card-reader';

/**
 * `npm run bench:chip`: reads the emulated CCCD through pcscd + vpcd + vicc RUNS times and prints
 * the median of each phase: BAC (SELECT, GET CHALLENGE, EXTERNAL AUTHENTICATE), EF.COM + EF.SOD +
 * DG1 + DG13 under secure messaging, DG2, and passive authentication. The emulator (Python) costs
 * most of each exchange; a real card on a real reader has its own, different, numbers.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const stack = await startPcscStack();
process.env.PCSCLITE_CSOCK_NAME = stack.socketPath;
const pki = makeTestPki('Bench');
const card = makeTestCard(pki);
const candidates = accessKeyCandidates({
  idNumber: SAMPLE_HOLDER.idNumber,
  dateOfBirth: SAMPLE_HOLDER.dateOfBirth,
  issueDate: SAMPLE_HOLDER.issueDate,
});
const reader = new PcscCardReader({ log: silentLog });
const virtual = await stack.insert(card);
const timings: ChipTimings[] = [];
try {
  reader.start();
  while (!reader.readerWithCard()) await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < RUNS; i++) {
    const read = await reader.read(candidates, { trusted: [pki.csca] });
    if (!read.passive.ok) throw new Error(`passive authentication failed: ${read.passive.failures.join(',')}`);
    timings.push(read.timings);
  }
} finally {
  reader.stop();
  await virtual.remove();
  await stack.stop();
}
const ms = (pick: (t: ChipTimings) => number) => median(timings.map(pick)).toFixed(1);
console.log(
  `chip bac_ms=${ms((t) => t.bacMs)} read_dg1_dg13_ms=${ms((t) => t.readDg1Dg13Ms)} read_dg2_ms=${ms((t) => t.readDg2Ms)} pa_ms=${ms((t) => t.paMs)}`,
);
