import { describe, expect, it } from 'vitest';
import { startTestKiosk } from '../../support/test-kiosk';

describe('aloud.reading through the dispatcher', () => {
  it('answers the shipped clips for a procedure of the catalog in use, none for an unknown one, a typed error for bad args', async () => {
    const t = startTestKiosk();
    try {
      const session = t.kiosk.newSession();
      expect(await t.kiosk.dispatch(session, 'aloud.reading', { kind: 'procedure', code: '1.001193' })).toEqual({
        ok: true,
        result: { clips: ['/audio/vi/thur-tucj-1-001193.ogg'] },
      });
      expect(await t.kiosk.dispatch(session, 'aloud.reading', { kind: 'procedure', code: '9.999999' })).toEqual({
        ok: true,
        result: { clips: [] },
      });
      const bad = await t.kiosk.dispatch(session, 'aloud.reading', { kind: 'ticket', number: '../etc', priority: false });
      expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    } finally {
      await t.close();
    }
  });
});
