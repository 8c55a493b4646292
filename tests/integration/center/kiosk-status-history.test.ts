import { afterEach, describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../src-main/core/center-link/enrol-kiosk';
import { officeLogin, startTestCenter, type TestCenter } from '../../support/center-app';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

const POST = {
  method: 'post' as const,
  address: { recipient: 'Nguyễn Thị Hoa', phone: '0912345678', street: 'Thôn Nà Rặc', ward: 'Xã Hồng Thái', province: 'Tuyên Quang' },
};

describe('status flows back from the center to the kiosk', () => {
  let center: TestCenter;
  let kiosk: TestKiosk;
  afterEach(async () => {
    await kiosk?.close();
    await center?.close();
  });

  it('a real kiosk submits, staff move the dossier, and the kiosk reads every step with reason and tracking', async () => {
    center = await startTestCenter('sqlite');
    kiosk = startTestKiosk({ backgroundSync: false, procedures: fixtureProcedures });
    const { code: enrolment } = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
    await enrolKiosk(
      { fetch: (i, init) => fetch(i, init), config: kiosk.kiosk.config, kioskId: kiosk.kiosk.kioskId },
      center.url,
      enrolment,
    );
    const receipt = kiosk.kiosk.dossiers.service.submit(validDraft({ delivery: POST }));
    await kiosk.kiosk.outbox.worker.drain({ deadlineMs: Date.now() + 30_000, untilEmpty: true });
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const step = (body: unknown) => lan.json('POST', `/office/api/dossiers/${receipt.code}/steps`, body);
    await step({ to: 'received' });
    await step({ to: 'needs-info', note: 'Bản sao giấy chứng nhận kết hôn' });
    await step({ to: 'processing' });
    await step({ to: 'ready', tracking: 'EB123456789VN' });
    const status = await kiosk.kiosk.dossiers.service.status(receipt.code);
    expect(status.reachedServer).toBe(true);
    expect(status.remote).toMatchObject({ status: 'ready', tracking: 'EB123456789VN', payment: 'unpaid' });
    expect(status.remote?.history?.map((h) => h.step)).toEqual(['submitted', 'received', 'needs-info', 'processing', 'ready']);
    expect(status.remote?.history?.find((h) => h.step === 'needs-info')?.note).toBe('Bản sao giấy chứng nhận kết hôn');
  });
});
