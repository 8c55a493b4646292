import { describe, expect, it } from 'vitest';
import { technicianHint } from '../../../src-main/shells/web/first-run-hint';

describe('web shell first-run hint', () => {
  it('prints where to set a missing PIN when the web shell starts', () => {
    const status = {
      staff: { set: false, lockedUntil: null, attemptsLeft: 5 },
      technician: { set: false, lockedUntil: null, attemptsLeft: 5 },
      minLength: { staff: 4, technician: 6 },
    };
    const text = technicianHint(status, '/var/lib/kiosk');
    expect(text).toContain('npx kiosk --data-dir "/var/lib/kiosk" auth set-pin --role technician');
    expect(text).toContain('5 times within 3 seconds');
    const done = technicianHint(
      { ...status, technician: { ...status.technician, set: true }, staff: { ...status.staff, set: true } },
      '/d',
    );
    expect(done).not.toContain('set-pin');
  });
});
