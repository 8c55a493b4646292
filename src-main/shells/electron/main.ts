import { fileURLToPath } from 'node:url';
import * as electron from 'electron';
import { startKioskApp } from './kiosk-app';

const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

// Built as out/main/main.js next to out/main/watchdog-thread.js, out/preload and out/renderer.
void startKioskApp(electron, {
  rendererDir: here('../renderer'),
  preloadFile: here('../preload/preload.cjs'),
  watchdogThreadFile: here('./watchdog-thread.js'),
});
