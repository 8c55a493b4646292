import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { setupDevices } from '../devices-setup';
import { cliArguments, runCliMode } from './cli-mode';
import { startKioskApp } from './kiosk-app';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
/** A worker thread runs a real file: in a package, the one electron-builder unpacked from app.asar. */
const unpacked = (path: string) => path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  // The technician CLI, loaded only when asked for, so the kiosk's start does not pay for it.
  void import('../../cli/program').then(({ runCli }) => runCliMode(electron.app, cliArgs, runCli));
} else {
  // Built as out/main/main.js next to out/main/watchdog-thread.mjs, out/preload and out/renderer.
  void startKioskApp(electron, {
    rendererDir: here('../renderer'),
    preloadFile: here('../preload/preload.cjs'),
    watchdogThreadFile: unpacked(here('./watchdog-thread.mjs')),
    openDevices: setupDevices,
  });
}
