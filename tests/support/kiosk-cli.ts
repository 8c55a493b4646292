import { execFile, spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
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

export interface InProcessOptions {
  /** What the command reads on stdin, as from a pipe (default: an empty pipe, as spawnSync gives). */
  readonly input?: string;
  /** The environment it sees (default: a copy of this process's, as a child inherits it). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The same program run in this process through the CLI's own entry, `runCli(argv, io)`: the
 * argument parsing, the command, its output and the exit code the process would end with, without
 * starting Node and loading the kiosk again per command (a third of a CPU-second each). For tests
 * of what commands do; what only a process has (its exit status, a pipe or terminal as stdin,
 * signals, the umask of main.ts) keeps tests that start the real CLI (kioskCli, KIOSK).
 */
export async function runKioskInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<CliRun> {
  const { runCli } = await import('../../src-main/cli/program');
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: Readable.from(options.input === undefined ? [] : [options.input]),
    env: options.env ?? { ...process.env },
  });
  return { code, stdout, stderr };
}

/** `kioskCli`'s in-process twin: `kiosk --data-dir DIR …` through runKioskInProcess. */
export function kioskInProcess(dataDir: string): (...args: string[]) => Promise<CliRun> {
  return (...args) => runKioskInProcess(['--data-dir', dataDir, ...args]);
}
