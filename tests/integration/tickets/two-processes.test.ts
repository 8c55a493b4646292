import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber } from '../../../src-main/core/tickets/ticket-numbering';
import { startTestKiosk, tempDir } from '../../support/test-kiosk';

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL('./issue-worker.ts', import.meta.url));

describe('two kiosk processes on one database file', () => {
  it('never hand out the same number twice', async () => {
    const dir = tempDir();
    try {
      // Create and migrate the file once, as the installed kiosk would have.
      await startTestKiosk({ dataDir: dir.path }).close();
      const startAt = String(Date.now() + 1500);
      const worker = () =>
        run(process.execPath, ['--import', 'tsx', WORKER, dir.path, '60', startAt, 'certification'], { timeout: 45_000 });
      const [a, b] = await Promise.all([worker(), worker()]);
      const first = JSON.parse(a.stdout) as string[];
      const second = JSON.parse(b.stdout) as string[];
      const all = [...first, ...second];
      expect(new Set(all).size).toBe(120);
      expect(all.toSorted()).toEqual(Array.from({ length: 120 }, (_, i) => formatTicketNumber('B', i + 1)));
      // Each process saw its own numbers rise: no one went back in time.
      for (const list of [first, second]) expect(list).toEqual(list.toSorted());
    } finally {
      dir.remove();
    }
  });
});
