import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { setupDevices } from '../devices-setup';
import { startKioskApp } from './kiosk-app';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
/** A worker thread runs a real file: in a package, the one electron-builder unpacked from app.asar. */
const unpacked = (path: string) => path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);

// Built as out/main/main.js next to out/main/watchdog-thread.mjs, out/preload and out/renderer.
void startKioskApp(electron, {
  rendererDir: here('../renderer'),
  preloadFile: here('../preload/preload.cjs'),
  watchdogThreadFile: unpacked(here('./watchdog-thread.mjs')),
  openDevices: setupDevices,
});
