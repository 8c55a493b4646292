import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKioskBrowser } from '../../../src-main/shells/web/open-browser';
import { connectBridge } from '../../support/bridge-client';
import { startTestWebKiosk, type TestWebKiosk, tempDir } from '../../support/test-kiosk';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const cmdline = (pid: number): string => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');

function getStatus(url: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    })
      .on('error', reject)
      .end();
  });
}

describe('attack 13: another local account reads the launch token from the process list', () => {
  let dir: ReturnType<typeof tempDir>;
  let proc: ChildProcess | null = null;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    if (proc?.exitCode === null) proc.kill('SIGKILL');
    proc = null;
    dir.remove();
  });

  it('attack 13: reads /proc/PID/cmdline of a web shell given a fixed token by its service', async () => {
    const token = 'service-fixed-token-0123456789';
    proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'src-main/shells/web/main.ts', '--port', '0', '--data-dir', join(dir.path, 'data'), '--renderer-dir', dir.path],
      { cwd: ROOT, env: { ...process.env, KIOSK_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const ready = await new Promise<string>((resolve, reject) => {
      proc?.stdout?.on('data', (c: Buffer) => {
        out += String(c);
        const m = /ready: (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(out);
        if (m) resolve(m[2] as string);
      });
      proc?.once('exit', (code) => reject(new Error(`web shell exited with ${code}: ${out}`)));
    });
    expect(cmdline(proc.pid as number)).not.toContain(token);
    // The token the service gave is the one the bridge wants.
    const port = Number(ready);
    const c = await connectBridge({ port, token, origin: `http://127.0.0.1:${port}` });
    expect(await c.call('system.ping', { nonce: 'x' })).toMatchObject({ ok: true });
    await c.close();
  });

  describe('the browser the web shell opens', () => {
    let t: TestWebKiosk;
    beforeEach(async () => {
      t = await startTestWebKiosk();
    });
    afterEach(async () => {
      await t.close();
    });

    it('attack 13: reads the token from the kiosk browser’s command line and reuses its launch link', async () => {
      // Stands in for Chromium (no display here): a process that keeps the arguments it was given.
      const browser = join(dir.path, 'chromium');
      writeFileSync(browser, '#!/bin/sh\nsleep 30\n');
      chmodSync(browser, 0o700);
      const child = openKioskBrowser(t.shell.launchUrl(), { DISPLAY: ':0' }, [browser]);
      expect(child).not.toBeNull();
      try {
        await new Promise<void>((r) => child?.once('spawn', () => r()));
        const seen = cmdline(child?.pid as number);
        expect(seen).not.toContain(t.shell.token);
        const app = /--app=(\S+)/.exec(seen)?.[1] as string;
        // The browser follows its link and is sent on to the page with the token, once.
        const first = await getStatus(app);
        expect(first.status).toBe(303);
        expect(first.location).toBe(`/?token=${t.shell.token}`);
        // The attacker who read the command line a moment later gets nothing.
        expect((await getStatus(app)).status).toBe(403);
      } finally {
        child?.kill('SIGKILL');
      }
    });
  });
});
