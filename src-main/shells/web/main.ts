import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { systemClock } from '../../api/center-clock';
import { errorMessage } from '../../api/error-message';
import { createKiosk } from '../../core/kiosk/create-kiosk';
import { fileSink, stderrSink } from '../../core/logging/file-sink';
import { createLogger, fanOut } from '../../core/logging/logger';
import { appFile } from '../../core/system/app-root';
import { readAppVersion } from '../../core/system/app-version';
import { resolveDataDir } from '../../core/system/data-dir';
import { setupDevices } from '../devices-setup';
import { startHallIfHost } from '../hall/start-if-host';
import { technicianHint } from './first-run-hint';
import { readLaunchToken } from './launch-token';
import { openKioskBrowser } from './open-browser';
import { startWebShell } from './web-server';

async function main(): Promise<void> {
  // Whatever this process creates in the data folder (database, logs, printed receipts) is the kiosk account's alone.
  process.umask(0o077);
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.KIOSK_PORT ?? '5180' },
      'data-dir': { type: 'string' },
      'renderer-dir': { type: 'string' },
      open: { type: 'boolean', default: false },
      // The launch token is never an argument (see launch-token.ts): KIOSK_TOKEN or a 0600 file.
      'token-file': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${values.port}`);
  const token = readLaunchToken(process.env, values['token-file']);
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  const sink = fanOut(fileSink(join(dataDir, 'logs', 'kiosk.log')), (r) => {
    if (r.level === 'error' || r.level === 'warn') stderrSink(r);
  });
  const log = createLogger(sink, 'shell.web');
  // The one clock of this process: devices and core read time through it.
  const clock = systemClock;
  const hardware = setupDevices(dataDir, createLogger(sink, 'hardware'), clock);
  const kiosk = createKiosk({
    dataDir,
    shell: 'web',
    appVersion: readAppVersion(appFile('package.json')),
    clock,
    logSink: sink,
    devices: hardware.devices,
    chipReader: hardware.chipReader,
  });
  const shell = await startWebShell(kiosk, {
    rendererDir: values['renderer-dir'] ?? fileURLToPath(appFile('out/renderer')),
    port,
    ...(token ? { token } : {}),
    log,
  });
  log.info('web shell started', { port: shell.port });
  const hall = await startHallIfHost(kiosk, { log: createLogger(sink, 'shell.hall') });
  if (hall) process.stdout.write(`Hall host on port ${hall.port}: /counter and /display for paired devices\n`);
  process.stdout.write(`Kiosk (web shell) ready: ${shell.url}\n`);
  process.stdout.write(`Data directory: ${dataDir}\n`);
  process.stdout.write(
    `Emulated devices (where configured): prints in ${hardware.emulators.printedDir}; scan with: echo 1.001193 > ${hardware.emulators.inputOf('scanner')}\n`,
  );
  process.stdout.write(technicianHint(kiosk.auth.status(), dataDir));
  if (values.open && openKioskBrowser(shell.launchUrl())) process.stdout.write('Opened in Chromium kiosk mode.\n');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await hall?.close();
    await shell.close();
    await kiosk.close();
    await hardware.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`kiosk web shell: ${errorMessage(err)}\n`);
  process.exit(1);
});
