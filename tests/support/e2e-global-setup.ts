import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS, SHARED_CHROMIUM_ENV } from './chromium-flags';
import { chromiumPath } from './chromium-path.mjs';

/**
 * Vitest global setup of the e2e project: one Chromium per worker slot, started once for the whole
 * run rather than once per describe block (30-odd launches, each a second or two of two busy
 * cores). Each test file connects to its worker's Chromium and opens its kiosks as browser
 * contexts, which share nothing (cookies, storage, permissions) with one another; its contexts
 * close when the file disconnects.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  const slots = Math.max(1, project.config.maxWorkers);
  const servers: BrowserServer[] = await Promise.all(
    Array.from({ length: slots }, () => chromium.launchServer({ executablePath, args: [...CHROMIUM_FLAGS], headless: true })),
  );
  // Workers are forked after global setup, with this process's environment.
  process.env[SHARED_CHROMIUM_ENV] = JSON.stringify(servers.map((s) => s.wsEndpoint()));
  return async () => {
    delete process.env[SHARED_CHROMIUM_ENV];
    await Promise.all(servers.map((s) => s.close()));
  };
}
