import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { serveStatic } from '../../src-main/shells/web/static-files';
import { tempDir } from './test-kiosk';

const HARNESS_ROOT = fileURLToPath(new URL('../e2e/harness', import.meta.url));

export interface Harness {
  readonly url: string;
  close(): Promise<void>;
}

let built: Promise<string> | undefined;

/**
 * tests/e2e/harness built once per test process (a file's describe blocks share it), removed when
 * the process ends.
 */
function harnessBuild(): Promise<string> {
  if (!built) {
    const out = tempDir('kiosk-harness-');
    process.once('exit', () => out.remove());
    built = build({
      root: HARNESS_ROOT,
      base: './',
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: out.path, emptyOutDir: true, target: 'chrome120' },
    }).then(() => out.path);
    built.catch(() => {
      built = undefined;
    });
  }
  return built;
}

/**
 * Builds tests/e2e/harness (real components, real styles, real strings) and serves it on
 * 127.0.0.1, for driving a component by touch in Chromium on its own.
 */
export async function startHarness(): Promise<Harness> {
  const dir = await harnessBuild();
  const server: Server = createServer((req, res) => serveStatic(dir, req, res, {}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
