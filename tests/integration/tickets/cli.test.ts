import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/program';
import { KIOSK, kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const run = promisify(execFile);

describe('npx kiosk ticket …', () => {
  let dir: ReturnType<typeof tempDir>;
  /**
   * The commands in this process (the CLI's entry, runCli): what they do, not how a process
   * starts. Like the promisified execFile it replaces, it rejects with the run when the code is not 0.
   */
  const kiosk = async (...args: string[]) => {
    const r = await kioskInProcess(dir.path)(...args);
    if (r.code !== 0) throw Object.assign(new Error(`kiosk ${args.join(' ')} exited with ${r.code}: ${r.stderr}`), r);
    return r;
  };
  /** The real CLI in a child process, for what only a process shows: its exit status. */
  const kioskProcess = (...args: string[]) => run(process.execPath, [KIOSK, '--data-dir', dir.path, ...args], { timeout: 30_000 });
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.remove());

  it('lists services as [{id, prefix, name}]', async () => {
    const { stdout } = await kiosk('ticket', 'services', '--json');
    const services = JSON.parse(stdout) as Record<string, string>[];
    expect(services[0]).toEqual({ id: 'civil-status', prefix: 'A', name: 'Hộ tịch' });
    expect(services.every((s) => Object.keys(s).join() === 'id,prefix,name')).toBe(true);
  });

  it('issues numbers, prints them on the configured printer (here the emulator), and lists today’s tickets', async () => {
    // A code-page printer model, so the emulator decodes the paper back to text.
    await kiosk('config', 'set', 'devices.printer.profile', 'epson-80-cp1258');
    const one = await kiosk('ticket', 'issue', 'land', '--json');
    expect(JSON.parse(one.stdout)).toEqual({
      number: 'D-001',
      service: 'Đất đai – Xây dựng',
      issuedAt: expect.any(String),
      waitingAhead: 0,
    });
    expect(one.stderr).toBe('');
    const two = await kiosk('ticket', 'issue', 'land', '--priority', '--json');
    expect(JSON.parse(two.stdout)).toMatchObject({ number: 'D-002', waitingAhead: 0 });

    const printed = join(dir.path, 'emulators', 'printed');
    const papers = readdirSync(printed)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(printed, f), 'utf8').split('\n'));
    expect(papers).toHaveLength(2);
    expect(papers[0]).toEqual(expect.arrayContaining(['PHIẾU SỐ THỨ TỰ', 'D-001', 'Đất đai – Xây dựng', 'Quầy: 4']));
    expect(papers[1]).toEqual(expect.arrayContaining(['D-002', 'ƯU TIÊN']));

    const { stdout } = await kiosk('ticket', 'list', '--today', '--json');
    const list = JSON.parse(stdout) as { number: string; priority: boolean; status: string; source: string; print: string }[];
    expect(list.map((t) => [t.number, t.priority, t.status, t.source, t.print])).toEqual([
      ['D-002', true, 'waiting', 'cli', 'printed'],
      ['D-001', false, 'waiting', 'cli', 'printed'],
    ]);
  });

  it('still issues the number without a printer, says so on stderr and exits 2', async () => {
    await kiosk('config', 'set', 'devices.printer.interface', 'none');
    const three = (await kioskProcess('ticket', 'issue', 'residence', '--json').catch((err: unknown) => err)) as {
      code: number;
      stdout: string;
      stderr: string;
    };
    expect(three.code).toBe(2);
    expect(JSON.parse(three.stdout)).toMatchObject({ number: 'C-001' });
    expect(three.stderr).toBe('kiosk: ticket C-001 NOT printed (not-configured)\n');
  });

  it('fails with one clear line for an unknown service or a bad date', async () => {
    await expect(kiosk('ticket', 'issue', 'nope', '--json')).rejects.toMatchObject({
      code: 1,
      stderr: 'kiosk: not-found: no queue service nope\n',
    });
    // The same program in this process: no second child needed for the argument check.
    const errors: string[] = [];
    const code = await runCli(['--data-dir', dir.path, 'ticket', 'list', '--date', '23/11/2026'], {
      stderr: (t) => {
        errors.push(t);
        return true;
      },
    });
    expect(code).toBe(1);
    expect(errors.join('')).toBe('kiosk: --date must look like 2026-11-23, got 23/11/2026\n');
  });
});
