import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const KIOSK = fileURLToPath(new URL('../../scripts/kiosk.mjs', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npx kiosk … --data-dir DIR` as a technician would, in a child process, and waits for it. */
export function kioskCli(dataDir: string): (...args: string[]) => CliRun {
  return (...args) => {
    const r = spawnSync(process.execPath, [KIOSK, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}
