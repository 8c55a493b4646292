import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The source launcher, what `npx kiosk` runs in a checkout: the TypeScript sources through tsx. */
export const KIOSK_SOURCE = fileURLToPath(new URL('../../scripts/kiosk.mjs', import.meta.url));

/** Where the unit and integration global setup publishes the CLI it built (cli-build-setup.ts). */
export const BUILT_CLI_ENV = 'KIOSK_TEST_BUILT_CLI';

/**
 * The CLI script a test runs with `process.execPath`: the bundle built once for the run when there
 * is one (the same code as a package carries, without a tsx compile per process), else the source
 * launcher.
 */
export const KIOSK = process.env[BUILT_CLI_ENV] || KIOSK_SOURCE;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npx kiosk … --data-dir DIR` as a technician would, in a child process, and waits for it.
 * `script` is the built CLI (KIOSK) unless a test proves the source launcher (KIOSK_SOURCE).
 */
export function kioskCli(dataDir: string, script: string = KIOSK): (...args: string[]) => CliRun {
  return (...args) => {
    const r = spawnSync(process.execPath, [script, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
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
