import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CenterKiosk, dossierBody, startTestCenter, type TestCenter } from '../../support/center-app';
import { seedCatalogDraft } from '../../support/dossier-fixtures';

// The center checks every address of a dossier as the kiosk does (one shared check,
// src-main/api/dossier-check.ts): the applicant's residence, the form's address fields (known from
// the catalog: here the bundled one, nothing being published) and the postal address.
describe('the center refuses a dossier whose places do not exist since 1 July 2025', () => {
  let center: TestCenter;
  let kiosk: CenterKiosk;
  beforeAll(async () => {
    center = await startTestCenter('sqlite');
    kiosk = await center.enrolKiosk('k1');
  });
  afterAll(async () => {
    await center?.close();
  });

  const birthForm = () => ({ ...(seedCatalogDraft().form ?? {}) });
  const send = async (overrides: Record<string, unknown>) => {
    const body = dossierBody({ procedureCode: '1.001193', form: birthForm(), ...overrides });
    const res = await kiosk.call('POST', '/api/v1/dossiers', { body, key: body.code });
    return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string; issues?: unknown } } };
  };
  const applicant = (address: string) => ({ ...(dossierBody().applicant as Record<string, string>), address });

  it('accepts one whose every address names a commune of its province', async () => {
    expect((await send({})).status).toBe(201);
  });

  it('names the form address whose commune is not of its province', async () => {
    const answer = await send({ form: { ...birthForm(), motherAddress: 'Bản Hua Păng, Xã Tả Phìn, Tỉnh Sơn La' } });
    expect(answer.status).toBe(422);
    expect(answer.body.error?.code).toBe('bad-request');
    expect(answer.body.error?.issues).toEqual([{ path: 'form.motherAddress', message: 'addressCommune' }]);
    expect(answer.body.error?.message).toContain('form.motherAddress names a commune or ward that is not one of its province');
  });

  it('refuses a form address without today’s units, even one naming an abolished district', async () => {
    const unplaced = await send({ form: { ...birthForm(), childBirthPlace: 'Trạm y tế xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La' } });
    expect(unplaced.body.error?.issues).toEqual([{ path: 'form.childBirthPlace', message: 'addressPlace' }]);
  });

  it('checks the applicant’s residence: a wrong commune is refused, an old one (confirmed at the kiosk) taken as it is', async () => {
    const wrong = await send({ applicant: applicant('Thôn 3, Xã Chiềng Sơn, Tỉnh Lào Cai') });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error?.issues).toEqual([{ path: 'applicant.address', message: 'addressCommune' }]);
    const nowhere = await send({ applicant: applicant('Tả Phìn') });
    expect(nowhere.body.error?.issues).toEqual([{ path: 'applicant.address', message: 'addressPlace' }]);
    expect((await send({ applicant: applicant('Thôn 3, xã Tả Phìn, huyện Sa Pa, tỉnh Lào Cai') })).status).toBe(201);
  });

  it('checks the postal address: the ward must be one of the province’s', async () => {
    const post = (ward: string, province: string) => ({
      method: 'post',
      address: { recipient: 'Nguyễn Thị Lan', phone: '0912345678', street: 'Thôn 3', ward, province },
    });
    const wrong = await send({ delivery: post('Phường Ba Đình', 'Lào Cai') });
    expect(wrong.body.error?.issues).toEqual([{ path: 'delivery.address.ward', message: 'notAnOption' }]);
    expect((await send({ delivery: post('Xã Tả Phìn', 'Lào Cai') })).status).toBe(201);
  });

  it('stores none of the refused ones', async () => {
    expect(await center.store.dossiers.count()).toBe(3);
  });
});
