// The main-process watchdog's thread. It runs in a worker so it keeps running when the main
// event loop is stuck; it imports only node: built-ins and uses only erasable TypeScript so
// it loads as is in tests (Node strips the types) and as a bundled file in the Electron build.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

interface WatchdogData {
  readonly timeoutMs: number;
  readonly checkMs: number;
  readonly logFile: string | null;
}

const data = workerData as WatchdogData;
let lastBeat = Date.now();

parentPort?.on('message', (message: unknown) => {
  if (message === 'beat') lastBeat = Date.now();
});

function writeLog(stalledMs: number): void {
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level: 'error',
    module: 'shell.electron.watchdog',
    msg: 'main process stalled: ending it so the service manager restarts the kiosk',
    data: { stalledMs, timeoutMs: data.timeoutMs },
  });
  process.stderr.write(`${line}\n`);
  if (!data.logFile) return;
  try {
    mkdirSync(dirname(data.logFile), { recursive: true });
    appendFileSync(data.logFile, `${line}\n`);
  } catch {
    // The kill below matters more than the log line.
  }
}

const timer = setInterval(() => {
  const stalledMs = Date.now() - lastBeat;
  if (stalledMs <= data.timeoutMs) return;
  clearInterval(timer);
  writeLog(stalledMs);
  // SIGKILL, not exit: the main thread is stuck and would never run exit handlers. SQLite in
  // WAL mode with synchronous=FULL keeps every committed write across this.
  process.kill(process.pid, 'SIGKILL');
}, data.checkMs);
