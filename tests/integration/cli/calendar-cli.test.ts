import { afterAll, describe, expect, it } from 'vitest';
import { kioskInProcess } from '../../support/kiosk-cli';
import { tempDir } from '../../support/test-kiosk';

const dir = tempDir();
afterAll(() => dir.remove());

// The commands through the CLI's entry (runCli) in this process: a Node start per command tested nothing more.
const kiosk = kioskInProcess(dir.path);

describe('kiosk calendar', () => {
  it('lists the year’s days off, with the ones a technician adds and without the ones worked instead', async () => {
    expect((await kiosk('config', 'set', 'calendar.extraDaysOff', '2026-02-20, 2026-08-31..2026-09-01')).code).toBe(0);
    expect((await kiosk('config', 'set', 'calendar.extraWorkingDays', '2026-04-27')).code).toBe(0);
    const r = await kiosk('calendar', '2026', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const days = JSON.parse(r.stdout) as { date: string; name: string }[];
    expect(days).toContainEqual({ date: '2026-02-17', name: 'tet' });
    expect(days).toContainEqual({ date: '2026-02-20', name: 'extra' });
    expect(days).toContainEqual({ date: '2026-09-01', name: 'extra' });
    expect(days).toContainEqual({ date: '2026-09-02', name: 'nationalDay' });
    expect(days.map((d) => d.date)).not.toContain('2026-04-27');
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });

  it('refuses a year it cannot place and a list with a wrong date, keeping the stored list', async () => {
    const bad = await kiosk('calendar', '20x6');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('2000 to 2100');
    const refused = await kiosk('config', 'set', 'calendar.extraDaysOff', '2026-02-30');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('2026-02-30');
    expect(JSON.parse((await kiosk('config', 'get', 'calendar.extraDaysOff', '--json')).stdout)).toBe('2026-02-20, 2026-08-31..2026-09-01');
  });
});
