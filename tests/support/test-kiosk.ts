import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemClock } from '../../src-main/api/center-clock';
import { createKiosk, type Kiosk, type KioskDeps } from '../../src-main/core/kiosk/create-kiosk';
import { createLogger, memorySink } from '../../src-main/core/logging/logger';
import type { BridgeLimits } from '../../src-main/shells/web/bridge';
import { startWebShell, type WebShell } from '../../src-main/shells/web/web-server';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export function tempDir(prefix = 'kiosk-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestKiosk {
  readonly kiosk: Kiosk;
  readonly dataDir: string;
  readonly logs: ReturnType<typeof memorySink>;
  close(): Promise<void>;
}

/** A real core on a real SQLite file in a fresh temporary directory. */
export function startTestKiosk(overrides: Partial<KioskDeps> = {}): TestKiosk {
  const dir = overrides.dataDir ? null : tempDir();
  const dataDir = overrides.dataDir ?? (dir as { path: string }).path;
  const logs = memorySink(5000);
  const kiosk = createKiosk({ dataDir, shell: 'web', appVersion: '0.0.0-test', clock: systemClock, logSink: logs, ...overrides });
  return {
    kiosk,
    dataDir,
    logs,
    async close() {
      await kiosk.close();
      dir?.remove();
    },
  };
}

export interface TestWebKiosk extends TestKiosk {
  readonly shell: WebShell;
}

/** The core behind a real web shell on 127.0.0.1 with an ephemeral port, serving out/renderer. */
export async function startTestWebKiosk(
  overrides: Partial<KioskDeps> = {},
  shellOptions: Readonly<{ limits?: Partial<BridgeLimits> }> = {},
): Promise<TestWebKiosk> {
  const base = startTestKiosk(overrides);
  const shell = await startWebShell(base.kiosk, {
    rendererDir: RENDERER_DIR,
    port: 0,
    log: createLogger(base.logs, 'test.web'),
    ...shellOptions,
  });
  return {
    ...base,
    shell,
    async close() {
      await shell.close();
      await base.close();
    },
  };
}
