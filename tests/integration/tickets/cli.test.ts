import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/test-kiosk';

const run = promisify(execFile);
const KIOSK = fileURLToPath(new URL('../../../scripts/kiosk.mjs', import.meta.url));

describe('npx kiosk ticket …', () => {
  let dir: ReturnType<typeof tempDir>;
  const kiosk = (...args: string[]) => run(process.execPath, [KIOSK, '--data-dir', dir.path, ...args], { timeout: 30_000 });
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

  it('issues numbers, says on stderr that no printer took them, and lists today’s tickets', async () => {
    const one = await kiosk('ticket', 'issue', 'land', '--json');
    expect(JSON.parse(one.stdout)).toEqual({
      number: 'D-001',
      service: 'Đất đai – Xây dựng',
      issuedAt: expect.any(String),
      waitingAhead: 0,
    });
    expect(one.stderr).toContain('D-001 NOT printed (not-configured)');
    const two = await kiosk('ticket', 'issue', 'land', '--priority', '--json');
    expect(JSON.parse(two.stdout)).toMatchObject({ number: 'D-002', waitingAhead: 0 });

    const { stdout } = await kiosk('ticket', 'list', '--today', '--json');
    const list = JSON.parse(stdout) as { number: string; priority: boolean; status: string; source: string }[];
    expect(list.map((t) => [t.number, t.priority, t.status, t.source])).toEqual([
      ['D-002', true, 'waiting', 'cli'],
      ['D-001', false, 'waiting', 'cli'],
    ]);
  });

  it('fails with one clear line for an unknown service or a bad date', async () => {
    await expect(kiosk('ticket', 'issue', 'nope', '--json')).rejects.toMatchObject({
      code: 1,
      stderr: 'kiosk: not-found: no queue service nope\n',
    });
    await expect(kiosk('ticket', 'list', '--date', '23/11/2026')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--date'),
    });
  });
});
