import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { KIOSK } from '../../support/kiosk-cli';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The CLI as a child process, asynchronously: the printer emulator lives in this process and must keep answering. */
function kiosk(dataDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KIOSK, '--data-dir', dataDir, ...args], { timeout: 90_000 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: number | string }).code as number | null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
}

async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Settings written straight to the data dir's database (one CLI process per command is slow on a busy machine). */
async function configure(dataDir: string, values: Record<string, unknown>): Promise<void> {
  const k = startTestKiosk({ dataDir, configPollMs: 0 });
  k.kiosk.config.setMany(values);
  await k.close();
}

function dataDir(): string {
  const dir = tempDir('attack19-');
  cleanup.push(dir.remove);
  return dir.path;
}

describe('item 19: CLI commands wait for their answer and say what happened', () => {
  it('attack 19: the TCP printer drops the cable in the middle of `kiosk ticket issue`', async () => {
    const dir = dataDir();
    const profile = printerProfile('generic-escpos-80');
    const emulator = await PrinterEmulator.tcp(profile);
    cleanup.push(() => emulator.close());
    await configure(dir, {
      'devices.printer.interface': 'tcp',
      'devices.printer.address': emulator.address,
      'devices.printer.profile': profile.id,
    });
    // A raster ticket is several kilobytes: the link goes after the first 4,000 bytes of it.
    emulator.unplugAfter(4000);
    const issued = await kiosk(dir, 'ticket', 'issue', 'land');
    expect(issued.code, issued.stderr).not.toBe(0);
    expect(issued.code).not.toBeNull();
    expect(issued.stdout).toMatch(/^D-001 /);
    expect(`${issued.stdout}${issued.stderr}`).toMatch(/NOT printed|no answer|waiting in the printer queue/);
    // The ticket is not left `pending` for ever: it is failed; its job went out once, so only staff reprint it.
    const after = startTestKiosk({ dataDir: dir, configPollMs: 0 });
    const list = after.kiosk.tickets.list();
    await after.close();
    expect(list.map((t) => [t.number, t.print.state])).toEqual([['D-001', 'failed']]);
  });

  it('attack 19: `kiosk printer test` against a printer that refuses the connection', async () => {
    const dir = dataDir();
    const port = await refusedPort();
    await configure(dir, { 'devices.printer.interface': 'tcp', 'devices.printer.address': `127.0.0.1:${port}` });
    const r = await kiosk(dir, 'printer', 'test');
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBeNull();
    expect(`${r.stdout}${r.stderr}`).toMatch(/printer is offline|did not print/);
  });
});
