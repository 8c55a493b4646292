import { describe, expect, it } from 'vitest';
import { Catalog, fallbackLang, hasTranslation, localized, MAX_CATALOG_BYTES } from '../../../src-main/api/channels/catalog';
import { formatIssue, parseCatalogBytes } from '../../../src-main/core/catalog/catalog-parse';
import { bundledCatalogJson, bytesOf, procedure, smallCatalog } from './catalog-fixtures';

const issuesOf = (bytes: Uint8Array): string[] => {
  const r = parseCatalogBytes(bytes);
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('the bundled seed catalog', () => {
  const catalog = Catalog.parse(bundledCatalogJson());

  it('is valid, with at least 40 commune-level procedures in at least 8 fields, each in Vietnamese and English', () => {
    expect(catalog.procedures.length).toBeGreaterThanOrEqual(40);
    const fields = new Set(catalog.procedures.map((p) => p.field));
    expect(fields.size).toBeGreaterThanOrEqual(8);
    for (const p of catalog.procedures) {
      expect(p.level).toContain('commune');
      expect(p.name.en, p.code).toBeTruthy();
    }
  });

  it('covers the common procedures the issue names', () => {
    const names = catalog.procedures.map((p) => p.name.vi);
    for (const expected of [
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Đăng ký khai tử',
      'Cấp bản sao Trích lục hộ tịch',
      'Đăng ký thường trú',
      'Đăng ký tạm trú',
      'Đăng ký thành lập hộ kinh doanh',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((n) => n.startsWith('Chứng thực bản sao'))).toBe(true);
    expect(names.some((n) => n.startsWith('Chứng thực chữ ký'))).toBe(true);
    expect(names.some((n) => n.includes('trợ cấp xã hội hàng tháng'))).toBe(true);
  });

  it('gives every procedure with online submission the form fields a dossier needs', () => {
    for (const p of catalog.procedures.filter((x) => x.submission.channels.includes('online'))) {
      expect(p.formFields.length, p.code).toBeGreaterThan(0);
    }
  });

  it('marks portal exactly the procedures whose own steps say the national portal takes them online', () => {
    const saysPortal = (p: (typeof catalog.procedures)[0]) =>
      p.steps.some((s) => /Cổng Dịch vụ công quốc gia[^.;]*(cũng )?nhận[^.;]*trực tuyến/.test(s.vi));
    const none = catalog.procedures.filter((p) => p.submission.onlineLevel === 'none');
    expect(none.filter((p) => p.submission.portal).map((p) => p.code)).toEqual(none.filter(saysPortal).map((p) => p.code));
    expect(
      none
        .filter((p) => p.submission.portal)
        .map((p) => p.code)
        .sort(),
    ).toEqual([
      '1.000080',
      '1.000094',
      '1.000110',
      '1.000893',
      '1.001622',
      '1.001669',
      '1.001695',
      '1.001766',
      '1.003702',
      '1.004827',
      '1.008950',
      '1.010775',
      '1.010777',
      '1.010778',
      '1.010781',
      '1.010783',
      '1.010803',
      '1.010804',
      '1.010805',
      '1.010810',
      '1.010811',
      '1.010812',
      '1.010814',
      '1.010815',
      '1.010816',
      '1.010817',
      '1.010818',
      '1.010819',
      '1.010820',
      '1.012084',
      '1.012085',
      '1.012582',
      '1.012584',
      '1.012585',
      '1.012590',
      '1.012592',
      '1.012796',
      '1.012817',
      '1.012818',
      '1.013225',
      '1.013226',
      '1.013227',
      '1.013228',
      '1.013229',
      '1.013232',
      '1.013734',
      '1.013949',
      '1.013950',
      '1.013952',
      '1.013953',
      '1.013962',
      '1.013978',
      '1.013979',
      '1.014028',
      '1.014034',
      '1.014035',
      '1.014149',
      '1.014159',
      '1.014310',
      '1.014335',
      '1.014337',
      '1.014359',
      '1.014680',
      '2.000286',
      '2.000497',
      '2.000513',
      '2.000522',
      '2.000528',
      '2.000547',
      '2.000554',
      '2.000748',
      '2.000756',
      '2.000779',
      '2.000794',
      '2.000806',
      '2.000913',
      '2.000927',
      '2.001255',
      '2.001263',
      '2.001396',
      '2.001406',
      '2.001661',
      '2.002189',
      '2.002308',
      '2.002363',
      '2.002516',
      '2.002770',
      '2.002771',
      '2.002820',
      '2.002821',
      '3.000322',
      '3.000323',
    ]);
  });
});

describe('catalog validation', () => {
  it('accepts a minimal catalog and fills defaults', () => {
    const r = parseCatalogBytes(bytesOf(smallCatalog()));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.catalog.procedures[0]?.codeKind).toBe('national');
      expect(r.catalog.procedures[0]?.documents).toEqual([]);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('reports a missing field with its path', () => {
    const bad = smallCatalog();
    delete (bad.procedures[0] as Partial<(typeof bad.procedures)[0]>).name;
    expect(issuesOf(bytesOf(bad))).toEqual(['procedures.0.name: Invalid input: expected object, received undefined']);
  });

  it('reports a missing Vietnamese text (other languages are optional)', () => {
    const bad = smallCatalog('v', [procedure('1.001193', 'x', 'ho-tich', { name: { vi: '', en: 'Birth' } })]);
    expect(issuesOf(bytesOf(bad))).toEqual([expect.stringMatching(/^procedures\.0\.name\.vi: /)]);
  });

  it('reports duplicate codes at the second one', () => {
    const bad = smallCatalog('v', [procedure('1.001193', 'A'), procedure('1.000894', 'B'), procedure('1.001193', 'C')]);
    expect(issuesOf(bytesOf(bad))).toEqual(['procedures.2.code: duplicate procedure code 1.001193 (first at index 0)']);
  });

  it('reports wrong types, bad codes, unknown fields and unknown keys, each with its path', () => {
    const bad = {
      ...smallCatalog(),
      procedures: [
        { ...procedure('1.001193', 'A'), level: 'commune' },
        procedure('1001193', 'B'),
        procedure('1.000894', 'C', 'no-such-field'),
        { ...procedure('1.000656', 'D'), documnets: [] },
      ],
    };
    const issues = issuesOf(bytesOf(bad));
    expect(issues).toContain('procedures.0.level: Invalid input: expected array, received string');
    expect(issues).toContain('procedures.1.code: must look like 1.001193');
    expect(issues.some((i) => i.startsWith('procedures.3: Unrecognized key'))).toBe(true);
    // Cross-checks (unknown field, duplicates) run once each procedure is well-formed.
    expect(issuesOf(bytesOf(smallCatalog('v', [procedure('1.000894', 'C', 'no-such-field')])))).toEqual([
      'procedures.0.field: unknown field no-such-field',
    ]);
  });

  it('checks form fields: select needs options, patterns must compile, ids are unique', () => {
    const bad = smallCatalog('v', [
      procedure('1.001193', 'A', 'ho-tich', {
        formFields: [
          { id: 'gender', label: { vi: 'Giới tính' }, type: 'select' },
          { id: 'phone', label: { vi: 'Điện thoại' }, type: 'phone', pattern: '([0-9' },
          { id: 'phone', label: { vi: 'Điện thoại' }, type: 'phone' },
        ],
      }),
    ]);
    const issues = issuesOf(bytesOf(bad));
    expect(issues).toContain('procedures.0.formFields.0.options: options are required for a select field and allowed only there');
    expect(issues).toContain('procedures.0.formFields.1.pattern: is not a valid regular expression');
    expect(issues).toContain('procedures.0.formFields.2.id: duplicate form field id phone (first at index 1)');
  });

  it('refuses a requiredWith that names no other field of the procedure', () => {
    const bad = smallCatalog('v', [
      procedure('1.001193', 'A', 'ho-tich', {
        formFields: [
          { id: 'fatherName', label: { vi: 'Họ tên người cha' }, type: 'text' },
          { id: 'fatherEthnicity', label: { vi: 'Dân tộc' }, type: 'text', requiredWith: 'fatherNam' },
          { id: 'fatherAddress', label: { vi: 'Nơi cư trú' }, type: 'address', requiredWith: 'fatherAddress' },
          { id: 'fatherNationality', label: { vi: 'Quốc tịch' }, type: 'text', requiredWith: 'fatherName' },
        ],
      }),
    ]);
    const issues = issuesOf(bytesOf(bad));
    expect(issues).toEqual([
      'procedures.0.formFields.1.requiredWith: requiredWith names no other form field of this procedure',
      'procedures.0.formFields.2.requiredWith: requiredWith names no other form field of this procedure',
    ]);
  });

  it('takes portal only on a procedure this kiosk does not take online, and only as true', () => {
    const online = { channels: ['direct', 'online'] as const, onlineLevel: 'partial' as const };
    const cases = smallCatalog('v', [
      procedure('1.001193', 'A', 'ho-tich', { submission: { channels: ['direct', 'postal'], onlineLevel: 'none', portal: true } }),
      procedure('1.000894', 'B', 'ho-tich', { submission: { ...online, channels: [...online.channels], portal: true } }),
      procedure('1.000656', 'C', 'ho-tich', {
        submission: { channels: ['direct'], onlineLevel: 'none', portal: false as unknown as true },
      }),
    ]);
    expect(issuesOf(bytesOf(cases))).toEqual([
      'procedures.1.submission.portal: portal marks a procedure this kiosk does not take online: onlineLevel must be none',
      'procedures.2.submission.portal: Invalid input: expected true',
    ]);
    const ok = parseCatalogBytes(bytesOf(smallCatalog('v', [cases.procedures[0] as (typeof cases.procedures)[0]])));
    expect(ok.ok && ok.catalog.procedures[0]?.submission).toEqual({ channels: ['direct', 'postal'], onlineLevel: 'none', portal: true });
  });

  it('refuses a file over the size limit (a 50 MB file) without parsing it', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const issues = issuesOf(big);
    expect(issues).toEqual([`(file): too large: ${big.byteLength} bytes, the limit is ${MAX_CATALOG_BYTES} bytes`]);
  });

  it('refuses invalid UTF-8 and says where', () => {
    const good = bytesOf(smallCatalog());
    const bad = new Uint8Array([...good.slice(0, 40), 0xc3, 0x28, ...good.slice(40)]);
    expect(issuesOf(bad)).toEqual(['(file): not valid UTF-8 (first bad byte near offset 40)']);
  });

  it('refuses text that is not JSON, and a JSON value of the wrong shape', () => {
    expect(issuesOf(new TextEncoder().encode('{"schemaVersion": 1,'))[0]).toMatch(/^\(file\): not valid JSON: /);
    expect(issuesOf(bytesOf([]))).toEqual(['(root): Invalid input: expected object, received array']);
    expect(issuesOf(bytesOf({ ...smallCatalog(), schemaVersion: 2 }))).toEqual(['schemaVersion: Invalid input: expected 1']);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(smallCatalog())]);
    expect(parseCatalogBytes(withBom).ok).toBe(true);
  });
});

describe('localized text', () => {
  it('falls back to English, then Vietnamese, for a missing language and for region tags', () => {
    const text = { vi: 'Hộ tịch', en: 'Civil status' };
    expect(localized(text, 'en')).toBe('Civil status');
    expect(localized(text, 'en-GB')).toBe('Civil status');
    expect(localized(text, 'ar')).toBe('Civil status');
    expect(localized(text, 'pl')).toBe('Civil status');
    expect(localized(text, 'vi')).toBe('Hộ tịch');
    expect(localized({ vi: 'Hộ tịch' }, 'ar')).toBe('Hộ tịch');
    expect(localized({ ...text, pl: 'Stan cywilny' }, 'pl-PL')).toBe('Stan cywilny');
    expect(hasTranslation(text, 'ar')).toBe(false);
    expect(hasTranslation(text, 'vi')).toBe(true);
    expect(fallbackLang(text, 'ar')).toBe('en');
    expect(fallbackLang({ vi: 'Hộ tịch' }, 'pl')).toBe('vi');
    expect(fallbackLang(text, 'en')).toBeUndefined();
  });
});
