import { afterEach, describe, expect, it } from 'vitest';
import { SETUP_CODE_LENGTH } from '../../../src-main/api/channels/auth';
import { openBridge, startAttackedKiosk } from '../../support/attack-bridge';
import type { TestWebKiosk } from '../../support/test-kiosk';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The setup code as the kiosk PC's console and log show it at first start. */
function setupCodeFromLog(t: TestWebKiosk): string {
  const line = t.logs.records.find((r) => typeof r.data?.setupCode === 'string');
  if (!line) throw new Error('no setup code in the log');
  return line.data?.setupCode as string;
}

async function freshKiosk(): Promise<TestWebKiosk> {
  const t = await startAttackedKiosk();
  cleanup.push(t.close);
  return t;
}

describe('item 10: the first technician PIN needs something a visitor does not have', () => {
  it('attack 10: a citizen connection on a kiosk without a technician PIN sets one and becomes technician', async () => {
    const t = await freshKiosk();
    const visitor = await openBridge(t);
    cleanup.push(visitor.close);
    for (const args of [
      { role: 'technician', pin: '582914' },
      { role: 'technician', pin: '582914', setupCode: '00000000' },
      { role: 'staff', pin: '5829' },
    ]) {
      expect(await visitor.call('auth.setPin', args)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await visitor.call('config.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.kiosk.auth.isSet('technician')).toBe(false);
  });

  it('attack 10: the setup code is in no answer a citizen connection can get', async () => {
    const t = await freshKiosk();
    const code = setupCodeFromLog(t);
    expect(code).toMatch(new RegExp(`^\\d{${SETUP_CODE_LENGTH}}$`));
    const visitor = await openBridge(t);
    cleanup.push(visitor.close);
    const answers = await Promise.all(
      ['system.info', 'auth.status', 'config.public', 'devices.health', 'ticket.available'].map((c) => visitor.call(c, {})),
    );
    expect(JSON.stringify(answers)).not.toContain(code);
    expect(JSON.stringify(visitor.events)).not.toContain(code);
  });

  it('attack 10: guessing the setup code throws it away after five wrong tries', async () => {
    const t = await freshKiosk();
    const code = setupCodeFromLog(t);
    const visitor = await openBridge(t);
    cleanup.push(visitor.close);
    const wrong = code === '11111111' ? '22222222' : '11111111';
    for (let i = 0; i < 5; i++) {
      expect(await visitor.call('auth.setPin', { role: 'technician', pin: '582914', setupCode: wrong })).toMatchObject({ ok: false });
    }
    expect(await visitor.call('auth.setPin', { role: 'technician', pin: '582914', setupCode: code })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(t.kiosk.auth.isSet('technician')).toBe(false);
  });

  it('attack 10: with the code from the console the installer chooses the PIN once, and the code is spent', async () => {
    const t = await freshKiosk();
    const code = setupCodeFromLog(t);
    const installer = await openBridge(t);
    cleanup.push(installer.close);
    expect(await installer.call('auth.setPin', { role: 'technician', pin: '582914', setupCode: code })).toEqual({
      id: expect.any(Number),
      ok: true,
      result: { role: 'technician', sessionRole: 'technician' },
    });
    const later = await openBridge(t);
    cleanup.push(later.close);
    expect(await later.call('auth.setPin', { role: 'technician', pin: '739164', setupCode: code })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await later.call('auth.login', { role: 'technician', pin: '582914' })).result).toMatchObject({ outcome: 'ok' });
  });
});
