import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../src-main/api/channels/catalog';
import { loadResources } from '../../../src-renderer/i18n/resources';
import { onlineFact } from '../../../src-renderer/screens/catalog/online-fact';

const i18n = i18next.createInstance();
void i18n.init({
  resources: loadResources(),
  lng: 'vi',
  fallbackLng: 'vi',
  ns: ['catalog'],
  initAsync: false,
  interpolation: { escapeValue: false },
});

const say = (submission: Procedure['submission'], lang: string): string =>
  onlineFact(submission, i18n.getFixedT(lang, 'catalog') as TFunction<'catalog'>, lang);

describe('the "online submission" fact', () => {
  it('keeps the kiosk online levels', () => {
    expect(say({ channels: ['direct', 'online'], onlineLevel: 'full' }, 'vi')).toBe('Làm được toàn bộ qua mạng');
    expect(say({ channels: ['direct', 'online'], onlineLevel: 'partial' }, 'en')).toBe('Submit online; some steps in person');
  });

  it('names the national portal when it takes the procedure and this kiosk does not', () => {
    const portal = { channels: ['direct', 'postal'], onlineLevel: 'none', portal: true } as const;
    expect(say({ ...portal, channels: [...portal.channels] }, 'vi')).toBe(
      'Trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc ứng dụng VNeID; kiosk này chưa nhận hồ sơ này',
    );
    for (const lang of ['en', 'ar', 'pl']) {
      const text = say({ ...portal, channels: [...portal.channels] }, lang);
      expect(text, lang).toContain('dichvucong.gov.vn');
      expect(text, lang).toContain('VNeID');
    }
  });

  it('says no, with the ways that do apply: the counter, and the post when it is a channel', () => {
    expect(say({ channels: ['direct'], onlineLevel: 'none' }, 'vi')).toBe('Không; nộp trực tiếp tại quầy');
    expect(say({ channels: ['direct', 'postal'], onlineLevel: 'none' }, 'vi')).toBe('Không; nộp trực tiếp tại quầy hoặc qua bưu điện');
    expect(say({ channels: ['direct', 'postal'], onlineLevel: 'none' }, 'en')).toBe('No; submit in person at the desk or by post');
    expect(say({ channels: ['direct', 'postal'], onlineLevel: 'none' }, 'pl')).toBe('Nie; osobiście przy okienku lub pocztą');
    expect(say({ channels: ['direct', 'postal'], onlineLevel: 'none' }, 'ar')).toBe('لا؛ يُقدَّم حضوريًا عند المكتب أو بالبريد');
    expect(say({ channels: ['postal'], onlineLevel: 'none' }, 'vi')).toBe('Không; nộp qua bưu điện');
    expect(say({ channels: ['online'], onlineLevel: 'none' }, 'vi')).toBe('Không');
  });
});
