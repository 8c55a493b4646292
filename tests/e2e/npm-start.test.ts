import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIENTATIONS, openKioskPage } from '../support/browser';
import { useKioskBrowser } from '../support/e2e-kiosk';
import { tempDir } from '../support/test-kiosk';

const READY = /ready: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

/** What a newcomer gets from `npm start` on a machine without the Electron binary. */
describe('npm start', () => {
  const dir = tempDir();
  let child: ChildProcess;
  let output = '';
  /** The URL line, as soon as `npm start` prints it. */
  let ready: Promise<string>;

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, KIOSK_DATA_DIR: dir.path };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    ready = new Promise<string>((resolve, reject) => {
      const take = (c: Buffer) => {
        output += c.toString();
        const url = READY.exec(output)?.[1];
        if (url) resolve(url);
      };
      child.stdout?.on('data', take);
      child.stderr?.on('data', take);
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
    });
    ready.catch(() => undefined);
  });

  afterAll(async () => {
    child?.kill('SIGTERM');
    dir.remove();
  });
  const kb = useKioskBrowser();

  it('says it falls back to the web shell and prints the URL of a working home screen', async () => {
    const url = await ready;
    expect(output).toContain('Electron binary not installed on this machine');
    const { page, context } = await openKioskPage(kb.browser, url, ORIENTATIONS[0]);
    await expect.poll(() => page.getByTestId('screen-home').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('center-name').textContent()).toBeTruthy();
    await context.close();
  });
});
