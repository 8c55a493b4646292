import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PcscStack, startPcscStack } from '../../hardware/emulators/chip/pcsc-stack';

/** The one socket folder of this test process: libpcsclite reads PCSCLITE_CSOCK_NAME at its first context only. */
const RUN_DIR = join(tmpdir(), `kiosk-pcsc-run-${process.pid}`);

/**
 * A PC/SC stack (hardware/emulators/chip/pcsc-stack.ts) whose socket is at the same path for every
 * stack this process starts, and PCSCLITE_CSOCK_NAME pointing there. Test files that run one after
 * the other in one worker (the integration project shares its workers between files) each start
 * and stop their own pcscd, and the PC/SC client library, which keeps the name it read first,
 * reaches each. The folder goes with the stack that made it; the next stack makes it again.
 */
export async function startProcessPcscStack(): Promise<PcscStack> {
  const stack = await startPcscStack({ runDir: RUN_DIR });
  process.env.PCSCLITE_CSOCK_NAME = stack.socketPath;
  return {
    ...stack,
    async stop() {
      try {
        await stack.stop();
      } finally {
        rmSync(RUN_DIR, { recursive: true, force: true });
      }
    },
  };
}
