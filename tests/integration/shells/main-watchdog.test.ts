import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/test-kiosk';

const ELECTRON_DIR = fileURLToPath(new URL('../../../src-main/shells/electron/', import.meta.url));
const WATCHDOG = pathToFileURL(join(ELECTRON_DIR, 'main-watchdog.ts')).href;
const THREAD = join(ELECTRON_DIR, 'watchdog-thread.ts');

/**
 * A real process with the real watchdog thread: Node runs the TypeScript files directly (both
 * use only erasable syntax). `behaviour` is what the main thread does after starting it.
 */
function runChild(
  dir: string,
  logFile: string,
  behaviour: string,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }> {
  const script = `
    import { startMainWatchdog } from ${JSON.stringify(WATCHDOG)};
    const watchdog = startMainWatchdog({ threadFile: ${JSON.stringify(THREAD)}, timeoutMs: 1500, beatMs: 100, logFile: ${JSON.stringify(logFile)} });
    ${behaviour}
  `;
  const file = join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', file], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started }));
  });
}

describe('main-process watchdog', () => {
  const dir = tempDir('kiosk-watchdog-');
  afterAll(() => dir.remove());

  it('ends a main process whose event loop is stuck, and logs why', async () => {
    const logFile = join(dir.path, 'stuck', 'kiosk.log');
    // Stuck for 20 s: only the watchdog can end this sooner.
    const result = await runChild(
      dir.path,
      logFile,
      'setTimeout(() => { const end = Date.now() + 20000; while (Date.now() < end) {} }, 200);',
    );
    expect(result.signal).toBe('SIGKILL');
    expect(result.ms).toBeLessThan(10_000);
    const record = JSON.parse(readFileSync(logFile, 'utf8').trim().split('\n').at(-1) ?? '{}');
    expect(record).toMatchObject({ level: 'error', module: 'shell.electron.watchdog', data: { timeoutMs: 1500 } });
    expect(record.data.stalledMs).toBeGreaterThan(1500);
  });

  it('leaves a healthy process alone and lets it exit normally', async () => {
    const logFile = join(dir.path, 'healthy', 'kiosk.log');
    // Busy in short bursts for 3.5 s (over twice the timeout), then done.
    const result = await runChild(
      dir.path,
      logFile,
      `const until = Date.now() + 3500;
       const work = () => { const end = Date.now() + 50; while (Date.now() < end) {} if (Date.now() < until) setTimeout(work, 10); else watchdog.stop(); };
       work();`,
    );
    expect(result).toMatchObject({ code: 0, signal: null });
    expect(existsSync(logFile)).toBe(false);
  });
});
