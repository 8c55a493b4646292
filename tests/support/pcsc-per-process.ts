import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PcscStack, startPcscStack } from '../../hardware/emulators/chip/pcsc-stack';

/** The one socket folder of this test process: libpcsclite reads PCSCLITE_CSOCK_NAME at its first context only. */
const RUN_DIR = join(tmpdir(), `kiosk-pcsc-run-${process.pid}`);
let cleanupRegistered = false;

/**
 * A PC/SC stack (tests/…/pcsc-stack.ts) whose socket is at the same path for every stack this
 * process starts, and PCSCLITE_CSOCK_NAME pointing there. Test files that run one after the other
 * in one worker (the integration project shares its workers between files) each start and stop
 * their own pcscd, and the PC/SC client library, which keeps the name it read first, reaches each.
 */
export async function startProcessPcscStack(): Promise<PcscStack> {
  const stack = await startPcscStack({ runDir: RUN_DIR });
  process.env.PCSCLITE_CSOCK_NAME = stack.socketPath;
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once('exit', () => rmSync(RUN_DIR, { recursive: true, force: true }));
  }
  return stack;
}
