import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../../src-main/api/center/office';
import type { FeedbackLookup, FeedbackReceipt } from '../../../src-main/api/channels/feedback';
import { enrolKiosk } from '../../../src-main/core/center-link/enrol-kiosk';
import { generateDossierCode } from '../../../src-main/core/dossiers/dossier-code';
import { type CenterKiosk, kioskClient, officeLogin, startTestCenter, type TestCenter } from '../../support/center-app';
import { CENTER_ENGINES } from '../../support/center-databases';
import { fixtureProcedures } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

const TEXT = 'Hướng dẫn điền tờ khai khai sinh trên kiosk còn khó hiểu với người cao tuổi.';

function feedbackBody(overrides: Record<string, unknown> = {}) {
  return {
    reference: generateDossierCode(new Date()),
    kioskId: 'k1',
    subject: { kind: 'procedure', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh' },
    text: TEXT,
    contact: { name: 'Lò Văn Páo', phone: '0987654321' },
    language: 'vi',
    submittedAt: '2026-12-06T03:00:00.000Z',
    ...overrides,
  };
}

describe.each(CENTER_ENGINES)('feedback at the center on %s', (kind) => {
  const centers: TestCenter[] = [];
  afterEach(async () => {
    await Promise.all(centers.splice(0).map((c) => c.close()));
  });
  const start = async (dbUrl?: string) => {
    const center = await startTestCenter(kind, dbUrl ? { dbUrl } : {});
    centers.push(center);
    return center;
  };
  const post = (k: CenterKiosk, body: unknown, key: string) => k.call('POST', '/api/v1/feedback', { body, key });
  const count = async (center: TestCenter) =>
    Number((await center.store.engine.all<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM feedback'))[0]?.n);

  it('stores a feedback once: 201, then 200 with the same answer on every retry, on any instance', async () => {
    const a = await start();
    const b = kind === 'postgres' ? await start(a.dbUrl) : a;
    const k1 = await a.enrolKiosk('k1');
    const body = feedbackBody();
    const first = await post(k1, body, body.reference);
    expect(first.status).toBe(201);
    const ack = (await first.json()) as { reference: string; receivedAt: string };
    expect(ack.reference).toBe(body.reference);
    const onB = kioskClient(b.url, 'k1', k1.token);
    const again = await Promise.all([post(k1, body, body.reference), post(onB, body, body.reference), post(onB, body, body.reference)]);
    for (const res of again) {
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(ack);
    }
    expect(await count(a)).toBe(1);
  });

  it('refuses another body under the key, another kiosk, a bad reference, a mismatched key, and bad bodies', async () => {
    const center = await start();
    const k1 = await center.enrolKiosk('k1');
    const k2 = await center.enrolKiosk('k2');
    const body = feedbackBody();
    expect((await post(k1, body, body.reference)).status).toBe(201);
    expect((await post(k1, { ...body, text: 'khác' }, body.reference)).status).toBe(422);
    expect((await post(k2, body, body.reference)).status).toBe(409);
    expect((await post(k1, { ...body, reference: 'ABC' }, 'ABC')).status).toBe(422);
    const fresh = feedbackBody();
    expect((await post(k1, fresh, feedbackBody().reference)).status).toBe(422);
    expect((await post(k1, '{"reference":', fresh.reference)).status).toBe(400);
    expect((await post(k1, { ...fresh, subject: { kind: 'weather' } }, fresh.reference)).status).toBe(422);
    expect((await post(k1, { ...fresh, text: '' }, fresh.reference)).status).toBe(422);
    expect((await k1.call('POST', '/api/v1/feedback', { body: fresh })).status).toBe(400);
    expect(await center.store.kiosks.revoke('k1', new Date())).toBe(true);
    expect((await post(k1, fresh, fresh.reference)).status).toBe(401);
    expect(await count(center)).toBe(1);
  });

  it('tells where a feedback stands and the answer, never what the citizen wrote; 404 when unknown', async () => {
    const center = await start();
    const k1 = await center.enrolKiosk('k1');
    const body = feedbackBody();
    await post(k1, body, body.reference);
    const status = await (await k1.call('GET', `/api/v1/feedback/${body.reference}`)).json();
    expect(status).toMatchObject({ reference: body.reference, status: 'received', note: '' });
    expect(JSON.stringify(status)).not.toMatch(/Páo|0987654321|tờ khai/);
    expect((await k1.call('GET', `/api/v1/feedback/${feedbackBody().reference}`)).status).toBe(404);
    expect((await k1.call('GET', '/api/v1/feedback/NOT-A-CODE')).status).toBe(404);
    const logs = JSON.stringify(center.logs);
    expect(logs).toContain(body.reference);
    expect(logs).not.toMatch(/Páo|0987654321|khó hiểu/);
  });

  it('shows the commune its feedback with the contact, the province without it, and only the commune answers', async () => {
    const center = await start();
    const k1 = await center.enrolKiosk('k1');
    const named = feedbackBody();
    const anonymous = feedbackBody({ subject: { kind: 'kiosk' }, contact: null, text: 'Màn hình kiosk bị lóa nắng buổi chiều.' });
    await post(k1, named, named.reference);
    await post(k1, anonymous, anonymous.reference);
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const hoa = await officeLogin(center, { username: 'hoa', role: 'reception', communeId: 'phuong-ba-dinh' });
    const tinh = await officeLogin(center, { username: 'tinh', role: 'admin' });

    const own = await lan.json<FeedbackItem[]>('GET', '/office/api/feedback');
    expect(own.map((f) => f.reference)).toEqual([anonymous.reference, named.reference]);
    expect(own[1]).toMatchObject({
      subject: 'procedure',
      procedureName: 'Đăng ký khai sinh',
      text: TEXT,
      contact: { name: 'Lò Văn Páo', phone: '0987654321' },
      anonymous: false,
      canAnswer: true,
    });
    expect(own[0]).toMatchObject({ subject: 'kiosk', contact: null, anonymous: true });
    expect(await hoa.json<FeedbackItem[]>('GET', '/office/api/feedback')).toEqual([]);
    const province = await tinh.json<FeedbackItem[]>('GET', '/office/api/feedback');
    expect(province).toHaveLength(2);
    expect(province.every((f) => f.contact === null && !f.canAnswer)).toBe(true);

    const answer = { status: 'answered', note: 'Trung tâm sẽ bổ sung hướng dẫn bằng hình.' };
    expect((await hoa.call('POST', `/office/api/feedback/${named.reference}/answer`, answer)).status).toBe(404);
    expect((await tinh.call('POST', `/office/api/feedback/${named.reference}/answer`, answer)).status).toBe(404);
    expect((await lan.call('POST', `/office/api/feedback/${named.reference}/answer`, { status: 'answered', note: '' })).status).toBe(422);
    const answered = await lan.json<FeedbackItem>('POST', `/office/api/feedback/${named.reference}/answer`, answer);
    expect(answered).toMatchObject({ status: 'answered', note: answer.note, answeredBy: 'lan' });
    expect(await (await k1.call('GET', `/api/v1/feedback/${named.reference}`)).json()).toMatchObject(answer);
    expect((await lan.json<FeedbackItem[]>('GET', '/office/api/feedback?status=answered')).map((f) => f.reference)).toEqual([
      named.reference,
    ]);
  });
});

describe('a real kiosk sends feedback to the center', () => {
  let center: TestCenter;
  let kiosk: TestKiosk;
  afterEach(async () => {
    await kiosk?.close();
    await center?.close();
  });

  it('delivers it through the outbox, and the kiosk reads the commune’s answer', async () => {
    center = await startTestCenter('sqlite');
    kiosk = startTestKiosk({ backgroundSync: false, procedures: fixtureProcedures });
    const { code } = await center.store.kiosks.issueEnrolment('xa-ta-phin', 'admin', new Date());
    await enrolKiosk({ fetch: (i, init) => fetch(i, init), config: kiosk.kiosk.config, kioskId: kiosk.kiosk.kioskId }, center.url, code);
    const call = async <T>(channel: string, args: unknown): Promise<T> => {
      const reply = await kiosk.kiosk.dispatch(kiosk.kiosk.newSession(), channel, args);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result as T;
    };
    const receipt = await call<FeedbackReceipt>('feedback.submit', {
      subject: { kind: 'procedure', procedureCode: '1.001193' },
      text: TEXT,
      contact: { name: 'Lò Văn Páo', phone: '0987 654 321' },
      language: 'vi',
    });
    await kiosk.kiosk.outbox.worker.drain({ deadlineMs: Date.now() + 30_000, untilEmpty: true });
    const lan = await officeLogin(center, { username: 'lan', role: 'reception', communeId: 'xa-ta-phin' });
    const [item] = await lan.json<FeedbackItem[]>('GET', '/office/api/feedback');
    expect(item).toMatchObject({ reference: receipt.reference, contact: { name: 'Lò Văn Páo', phone: '0987654321' } });
    await lan.json('POST', `/office/api/feedback/${receipt.reference}/answer`, {
      status: 'answered',
      note: 'Đã bổ sung hướng dẫn bằng hình.',
    });
    const lookup = await call<FeedbackLookup>('feedback.lookup', { reference: receipt.reference });
    expect(lookup).toMatchObject({ local: { state: 'sent' }, remote: { status: 'answered', note: 'Đã bổ sung hướng dẫn bằng hình.' } });
  });
});
