import type { OpeningHours, ServiceConfig } from '../../api/channels/tickets';

/**
 * Weekday mornings and afternoons with the usual lunch break, and Saturday morning, as most
 * commune centers receive dossiers. Technicians change them per center.
 */
export const DEFAULT_HOURS: OpeningHours = {
  mon: [
    { from: '07:30', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ],
  tue: [
    { from: '07:30', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ],
  wed: [
    { from: '07:30', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ],
  thu: [
    { from: '07:30', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ],
  fri: [
    { from: '07:30', to: '11:30' },
    { from: '13:30', to: '17:00' },
  ],
  sat: [{ from: '07:30', to: '11:30' }],
  sun: [],
};

/**
 * The queues a fresh install offers: the fields a commune center receives most. Letters follow
 * the Vietnamese alphabet, which has no F, so `G` follows `E` as people expect. `fields` are the
 * catalog's field ids: a procedure of that field leads to that queue. Adoption and mediation go
 * to the justice and civil-status desk, beliefs and religion to the culture and social desk, as
 * commune officers divide the work.
 */
export const DEFAULT_SERVICES: readonly ServiceConfig[] = [
  {
    id: 'civil-status',
    prefix: 'A',
    names: { vi: 'Hộ tịch', en: 'Civil status', ar: 'الأحوال المدنية', pl: 'Stan cywilny' },
    hints: {
      vi: 'Khai sinh, kết hôn, khai tử, xác nhận tình trạng hôn nhân',
      en: 'Births, marriages, deaths, marital status',
      ar: 'المواليد والزواج والوفيات والحالة الاجتماعية',
      pl: 'Urodzenia, małżeństwa, zgony, stan cywilny',
    },
    counters: [1],
    hours: DEFAULT_HOURS,
    fields: ['ho-tich', 'nuoi-con-nuoi', 'hoa-giai-co-so'],
    active: true,
    order: 10,
  },
  {
    id: 'certification',
    prefix: 'B',
    names: { vi: 'Chứng thực', en: 'Certification', ar: 'التصديق', pl: 'Poświadczenia' },
    hints: {
      vi: 'Chứng thực bản sao, chữ ký, hợp đồng',
      en: 'Certified copies, signatures, contracts',
      ar: 'نسخ مصدقة وتصديق التواقيع والعقود',
      pl: 'Poświadczone kopie, podpisy, umowy',
    },
    counters: [2],
    hours: DEFAULT_HOURS,
    fields: ['chung-thuc'],
    active: true,
    order: 20,
  },
  {
    id: 'residence',
    prefix: 'C',
    names: { vi: 'Cư trú', en: 'Residence', ar: 'الإقامة', pl: 'Meldunek' },
    hints: {
      vi: 'Đăng ký thường trú, tạm trú',
      en: 'Permanent and temporary residence registration',
      ar: 'تسجيل الإقامة الدائمة والمؤقتة',
      pl: 'Zameldowanie na pobyt stały i czasowy',
    },
    counters: [3],
    hours: DEFAULT_HOURS,
    fields: ['cu-tru'],
    active: true,
    order: 30,
  },
  {
    id: 'land',
    prefix: 'D',
    names: { vi: 'Đất đai – Xây dựng', en: 'Land and construction', ar: 'الأراضي والبناء', pl: 'Grunty i budownictwo' },
    hints: {
      vi: 'Giấy chứng nhận lần đầu, chuyển mục đích sử dụng đất, tranh chấp đất đai, giấy phép xây dựng nhà ở',
      en: 'First land certificates, change of land use, land disputes, building permits for houses',
      ar: 'الشهادة الأولى للأرض وتغيير استخدام الأرض ونزاعات الأراضي وتراخيص بناء المنازل',
      pl: 'Pierwsze zaświadczenia o gruncie, zmiana przeznaczenia gruntu, spory o grunty, pozwolenia na budowę domu',
    },
    counters: [4],
    hours: DEFAULT_HOURS,
    fields: ['dat-dai', 'xay-dung'],
    active: true,
    order: 40,
  },
  {
    id: 'business',
    prefix: 'E',
    names: { vi: 'Kinh doanh', en: 'Business', ar: 'الأعمال التجارية', pl: 'Działalność gospodarcza' },
    hints: {
      vi: 'Đăng ký hộ kinh doanh',
      en: 'Household business registration',
      ar: 'تسجيل الأعمال التجارية الأسرية',
      pl: 'Rejestracja rodzinnej działalności gospodarczej',
    },
    counters: [4],
    hours: DEFAULT_HOURS,
    fields: ['ho-kinh-doanh', 'thuong-mai'],
    active: true,
    order: 50,
  },
  {
    id: 'social',
    prefix: 'G',
    names: { vi: 'Lao động – Xã hội', en: 'Labour and social support', ar: 'العمل والدعم الاجتماعي', pl: 'Praca i pomoc społeczna' },
    hints: {
      vi: 'Trợ cấp xã hội, mai táng phí, xác nhận khuyết tật, hộ nghèo, người có công, tín ngưỡng – tôn giáo',
      en: 'Social allowances, funeral support, disability certificates, poor households, people with revolutionary merit, beliefs and religion',
      ar: 'الإعانات الاجتماعية ودعم الجنازات وشهادات الإعاقة والأسر الفقيرة وذوو الاستحقاق الثوري والمعتقدات والأديان',
      pl: 'Zasiłki socjalne, pomoc pogrzebowa, orzeczenia o niepełnosprawności, gospodarstwa ubogie, osoby zasłużone, wyznania',
    },
    counters: [5],
    hours: DEFAULT_HOURS,
    fields: ['bao-tro-xa-hoi', 'nguoi-co-cong', 'giam-ngheo', 'tin-nguong-ton-giao', 'giao-duc', 'van-hoa', 'gia-dinh', 'lao-dong'],
    active: true,
    order: 60,
  },
  {
    id: 'results',
    prefix: 'H',
    names: { vi: 'Nhận kết quả', en: 'Collect results', ar: 'استلام النتائج', pl: 'Odbiór wyników' },
    hints: {
      vi: 'Nhận kết quả hồ sơ đã nộp',
      en: 'Pick up the result of a dossier you submitted',
      ar: 'استلام نتيجة ملف قدمته',
      pl: 'Odbiór wyniku złożonej sprawy',
    },
    counters: [6],
    hours: DEFAULT_HOURS,
    fields: [],
    active: true,
    order: 70,
  },
];
