import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WEEKDAYS } from '../../src-main/api/channels/tickets';
import type { TicketService } from '../../src-main/core/tickets/ticket-service';

const START_WEB = fileURLToPath(new URL('../../scripts/start-web.mjs', import.meta.url));

/** Every service open all week, so a citizen can take a number whenever the suite runs. */
export function openAllWeek(tickets: TicketService): void {
  const always = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ from: '00:00', to: '24:00' }]]));
  for (const s of tickets.listServices()) tickets.saveService({ ...s, hours: always as typeof s.hours });
}

export interface HostProcess {
  readonly child: ChildProcess;
  /** The kiosk page of the host's own web shell (with its launch token). */
  readonly kioskUrl: string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** `npm run start:web` on a data dir whose `hall.role` is host: the hall host as a real process. */
export function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, [START_WEB, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${err.slice(-2000)}`)));
    child.stdout?.on('data', (d) => {
      out += String(d);
      const url = /ready: (\S+)/.exec(out)?.[1];
      if (url && /Hall host on port \d+/.test(out)) {
        resolve({
          child,
          kioskUrl: url,
          async kill9() {
            child.kill('SIGKILL');
            await exited;
          },
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
  });
}
