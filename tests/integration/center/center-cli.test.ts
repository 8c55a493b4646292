import { afterEach, describe, expect, it } from 'vitest';
import { openCenterEngine } from '../../../src-main/center/db/open-engine';
import { centerStore } from '../../../src-main/center/store/center-store';
import { runCli } from '../../../src-main/cli/program';
import { freshDatabase } from '../../support/center-databases';

describe('kiosk center … (set-up commands)', () => {
  afterEach(() => {
    delete process.env.CENTER_PASSWORD;
  });

  it('adds a commune, a reception account (password from the environment, never printed) and an enrolment code', async () => {
    const db = await freshDatabase('sqlite');
    const errors: string[] = [];
    const io = {
      stderr: (t: string) => {
        errors.push(t);
        return true;
      },
    };
    expect(await runCli(['center', 'commune', 'xa-ta-phin', 'Xã Tả Phìn', '--db', db], io)).toBe(0);
    process.env.CENTER_PASSWORD = 'short';
    expect(
      await runCli(['center', 'staff', 'lan', '--name', 'Lan', '--role', 'reception', '--commune', 'xa-ta-phin', '--db', db], io),
    ).toBe(2);
    expect(errors.join('')).toContain('at least 10 characters');
    process.env.CENTER_PASSWORD = 'mot-mat-khau-dai';
    expect(
      await runCli(['center', 'staff', 'lan', '--name', 'Lan', '--role', 'reception', '--commune', 'xa-ta-phin', '--db', db], io),
    ).toBe(0);
    expect(await runCli(['center', 'enrol-code', '--commune', 'xa-ta-phin', '--db', db], io)).toBe(0);
    expect(errors.join('')).not.toContain('mot-mat-khau-dai');
    const engine = await openCenterEngine(db);
    try {
      const store = centerStore(engine);
      expect(await store.kiosks.communes()).toEqual([{ id: 'xa-ta-phin', name: 'Xã Tả Phìn' }]);
      expect((await store.staff.login('lan', 'mot-mat-khau-dai', new Date()))?.staff.role).toBe('reception');
      expect(await engine.all('SELECT code_hash FROM enrolment_codes')).toHaveLength(1);
    } finally {
      await engine.close();
    }
  });

  it('refuses a database URL it does not understand', async () => {
    const errors: string[] = [];
    expect(await runCli(['center', 'commune', 'x-y', 'X', '--db', 'mysql://nope'], { stderr: (t) => errors.push(t) > 0 })).toBe(1);
    expect(errors.join('')).toContain('sqlite:FILE or postgres://');
  });
});
