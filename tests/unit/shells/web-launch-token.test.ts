import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import { LaunchCodes } from '../../../src-main/shells/web/launch-code';
import { readLaunchToken } from '../../../src-main/shells/web/launch-token';
import { tempDir } from '../../support/test-kiosk';

describe('the web shell’s launch token never comes from a process argument', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('takes KIOSK_TOKEN and removes it from the environment children inherit', () => {
    const env: NodeJS.ProcessEnv = { KIOSK_TOKEN: 'a-token-of-twenty-chars' };
    expect(readLaunchToken(env, undefined)).toBe('a-token-of-twenty-chars');
    expect(env.KIOSK_TOKEN).toBeUndefined();
  });

  it('reads a 0600 token file and refuses one other accounts can read, without quoting it', () => {
    const file = join(dir.path, 'token');
    writeFileSync(file, 'file-token-0123456789\n', { mode: 0o600 });
    expect(readLaunchToken({}, file)).toBe('file-token-0123456789');
    const open = join(dir.path, 'open-token');
    writeFileSync(open, 'file-token-0123456789\n');
    chmodSync(open, 0o644); // whatever the umask of the process: creation modes are filtered by it
    expect(() => readLaunchToken({}, open)).toThrow(/readable by other accounts/);
    expect(() => readLaunchToken({}, open)).not.toThrow(/file-token/);
  });

  it('refuses a short token', () => {
    expect(() => readLaunchToken({ KIOSK_TOKEN: 'short' }, undefined)).toThrow(/at least 16/);
  });

  it('launch codes work once and expire', () => {
    const clock = fakeClock(new Date(0));
    const codes = new LaunchCodes(clock);
    const a = codes.issue();
    expect(codes.redeem(a)).toBe(true);
    expect(codes.redeem(a)).toBe(false);
    const b = codes.issue();
    clock.advance(121_000);
    expect(codes.redeem(b)).toBe(false);
    expect(codes.redeem('')).toBe(false);
  });
});
