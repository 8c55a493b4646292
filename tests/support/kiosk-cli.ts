import { execFile, spawnSync } from 'node:child_process';
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

/**
 * The same, without blocking this process: for commands that talk to a server the test itself
 * runs (a hall host), which a synchronous child would starve.
 */
export function kioskCliAsync(dataDir: string): (...args: string[]) => Promise<CliRun> {
  return (...args) =>
    new Promise((resolve, reject) => {
      execFile(process.execPath, [KIOSK, '--data-dir', dataDir, ...args], { encoding: 'utf8' }, (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') {
          reject(err);
          return;
        }
        resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
      });
    });
}
