import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { errorMessage } from '../../api/error-message';
import { setupDevices } from '../devices-setup';
import { cliArguments, runCliMode } from './cli-mode';
import { startKioskApp } from './kiosk-app';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
/** A worker thread runs a real file: in a package, the one electron-builder unpacked from app.asar. */
const unpacked = (path: string) => path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);

// Whatever this process creates in the data folder (database, logs, printed receipts) is the kiosk account's alone.
process.umask(0o077);

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  // The technician CLI, loaded only when asked for, so the kiosk's start does not pay for it.
  void import('../../cli/program').then(({ runCli }) => runCliMode(electron.app, cliArgs, runCli));
} else {
  // Built as out/main/main.js next to out/main/watchdog-thread.mjs, out/preload and out/renderer.
  startKioskApp(electron, {
    rendererDir: here('../renderer'),
    preloadFile: here('../preload/preload.cjs'),
    watchdogThreadFile: unpacked(here('./watchdog-thread.mjs')),
    openDevices: setupDevices,
  }).catch((err: unknown) => {
    // A failure before the log exists (the data folder itself): stderr for the journal, then a non-zero exit to be restarted.
    process.stderr.write(`kiosk could not start: ${errorMessage(err)}
`);
    electron.app.exit(1);
  });
}
