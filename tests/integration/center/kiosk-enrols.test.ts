import { afterEach, describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../src-main/core/center-link/enrol-kiosk';
import { enqueueHealthReport, healthReport } from '../../../src-main/core/center-link/health-report';
import { startTestCenter, type TestCenter } from '../../support/center-app';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

describe('a real kiosk and the center', () => {
  let center: TestCenter;
  let kiosk: TestKiosk;
  afterEach(async () => {
    await kiosk?.close();
    await center?.close();
  });

  it('enrols with a code, then its outbox delivers its health report to the fleet page', async () => {
    center = await startTestCenter('sqlite');
    kiosk = startTestKiosk({ backgroundSync: false });
    const { code } = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
    const deps = {
      fetch: (i: string | URL | Request, init?: RequestInit) => fetch(i, init),
      config: kiosk.kiosk.config,
      kioskId: kiosk.kiosk.kioskId,
    };
    await expect(enrolKiosk(deps, center.url, 'WRONG-CODE-0000')).rejects.toMatchObject({ code: 'forbidden' });
    expect(kiosk.kiosk.config.get('server.url')).toBe('');
    expect(await enrolKiosk(deps, center.url, code)).toEqual({ communeId: 'xa-ta-phin' });
    expect(kiosk.kiosk.config.get('server.token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const report = healthReport(kiosk.kiosk.db, '2.0.0', [{ kind: 'printer', state: 'no-paper', since: new Date().toISOString() }]);
    enqueueHealthReport(kiosk.kiosk.db, report, new Date());
    const counts = await kiosk.kiosk.outbox.worker.drain({ deadlineMs: Date.now() + 30_000, untilEmpty: true });
    expect(counts.pending + counts.failed).toBe(0);
    const [k] = await center.store.kiosks.fleet(null);
    expect(k).toMatchObject({ id: kiosk.kiosk.kioskId, appVersion: '2.0.0', backlog: 0, devices: { printer: 'no-paper' } });
    expect(JSON.stringify(center.logs)).not.toContain(kiosk.kiosk.config.get('server.token'));
  });
});
