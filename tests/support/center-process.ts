import { type ChildProcess, spawn } from 'node:child_process';
import { KIOSK } from './kiosk-cli';

/**
 * One `kiosk center serve` process, as an operator runs it: the CLI the test run built (no tsx
 * compile of the sources per start), else the source launcher (a benchmark outside vitest).
 */
export interface CenterProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited (any way). */
  readonly exited: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnCenter(dbUrl: string): Promise<CenterProcess> {
  const child = spawn(process.execPath, [KIOSK, 'center', 'serve', '--port', '0', '--db', dbUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const found = /center listening on (http:\/\/[^\s]+)/.exec(out);
      if (found) resolve(found[1] as string);
    });
    void exited.then(() => reject(new Error(`center process exited before listening: ${stderr}`)));
  });
  return {
    url,
    child,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
