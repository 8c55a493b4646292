import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { ProcedureIndex } from '../../../src-main/core/catalog/search/procedure-index';
import { Vocabulary } from '../../../src-main/core/catalog/search/vocabulary';
import { bundledCatalogJson, procedure, smallCatalog } from './catalog-fixtures';

let index: ProcedureIndex;
const names = (query: string, options: { field?: string; limit?: number } = {}) =>
  index
    .query(query, { limit: options.limit ?? 5, ...(options.field ? { field: options.field } : {}) })
    .hits.map((h) => h.procedure.name.vi);
const first = (query: string) => names(query)[0];

beforeAll(() => {
  index = new ProcedureIndex(Catalog.parse(bundledCatalogJson()));
});

describe('search on the bundled catalog', () => {
  it('puts the procedure named by the query first, with or without accents', () => {
    expect(first('khai sinh')).toBe('Đăng ký khai sinh');
    expect(first('đăng ký khai sinh')).toBe('Đăng ký khai sinh');
    expect(first('KHAI SINH')).toBe('Đăng ký khai sinh');
    expect(first('ket hon')).toBe('Đăng ký kết hôn');
    expect(first('khai tu')).toBe('Đăng ký khai tử');
    expect(first('tam tru')).toBe('Đăng ký tạm trú');
    expect(first('tach ho')).toBe('Tách hộ');
  });

  it('admits it has nothing rather than listing procedures that share one common word', () => {
    // Passport, ID card, health insurance: none are handled by these procedures. ("so do" holds two
    // words some long land names hold apart; the service drops those, see catalog-elsewhere.test.ts.)
    for (const q of ['ho chieu', 'lam cccd', 'bao hiem y te']) expect(names(q), q).toEqual([]);
    // "chieu" is read as "chien" (kháng chiến, 1.010816); that guess alone must not let every name
    // holding "hộ" answer.
    expect(index.query('khang chien', { limit: 5 }).hits.length).toBeGreaterThan(0);
    // Extra words around a real name still find it: the match holds most of what was typed.
    expect(first('lam giay khai sinh')).toBe('Đăng ký khai sinh');
    expect(names('thu tuc ket hon')).toContain('Đăng ký kết hôn');
    expect(first('nhap ho khau')).toBe('Đăng ký thường trú');
  });

  it('needs a match that misses words to hold two of them side by side, as typed', () => {
    // 1.010818 and 1.010819 hold "bảo vệ … quốc tế": "bao" and "te" of "bao hiem y te", but apart.
    expect(names('bao hiem y te')).toEqual([]);
    // A phrase of the query still finds them when another word misses.
    expect(names('xin bao ve to quoc')).toEqual(
      expect.arrayContaining(['Giải quyết chế độ người hoạt động kháng chiến giải phóng dân tộc, bảo vệ tổ quốc và làm nghĩa vụ quốc tế']),
    );
  });

  it('ranks the shorter, exact name above longer names holding the same words', () => {
    const r = names('ket hon');
    expect(r.indexOf('Đăng ký kết hôn')).toBeLessThan(r.indexOf('Đăng ký lại kết hôn'));
  });

  it('finds words in the middle of a name and by prefix while typing', () => {
    expect(first('chung thuc ban sao')).toMatch(/^Chứng thực bản sao từ bản chính/);
    expect(first('dang ky khai si')).toBe('Đăng ký khai sinh');
    expect(first('thuong tr')).toBe('Đăng ký thường trú');
    expect(names('kha').length).toBeGreaterThan(0);
  });

  it('tolerates Telex leftovers and đ typed as d or dd', () => {
    expect(first('ddawng kys khai sinh')).toBe('Đăng ký khai sinh');
    expect(first('dang ky tamj trus')).toBe('Đăng ký tạm trú');
    expect(names('hoj tichj')).toEqual(names('ho tich'));
  });

  it('tolerates typos: swapped, missing, wrong and extra letters', () => {
    expect(first('khia sinh')).toBe('Đăng ký khai sinh');
    expect(first('khai snh')).toBe('Đăng ký khai sinh');
    expect(first('ket hom')).toBe('Đăng ký kết hôn');
    expect(first('chungg thuc chu ky')).toMatch(/^Chứng thực chữ ký/);
  });

  it('finds procedures by the words people use, not only by their official names', () => {
    expect(first('nhap ho khau')).toBe('Đăng ký thường trú');
    expect(first('giay phep kinh doanh')).toMatch(/hộ kinh doanh/);
    expect(first('xac nhan doc than')).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(first('birth')).toBe('Đăng ký khai sinh');
  });

  it('lists a whole field when the query names it', () => {
    const r = index.query('ho tich', { limit: 50 });
    expect(r.hits.length).toBeGreaterThanOrEqual(14);
    expect(r.hits.every((h) => h.procedure.field === 'ho-tich')).toBe(true);
  });

  it('finds a procedure by its code, whole or in part, as printed', () => {
    expect(first('1.001193')).toBe('Đăng ký khai sinh');
    expect(first('001193')).toBe('Đăng ký khai sinh');
    expect(first('1001193')).toBe('Đăng ký khai sinh');
    expect(names('1.0011').length).toBeGreaterThan(0);
    expect(names('9.999999')).toEqual([]);
  });

  it('keeps to the field asked for, and lists the field in catalog order for an empty query', () => {
    expect(names('khai sinh', { field: 'cu-tru' })).toEqual([]);
    expect(names('', { field: 'ho-tich', limit: 2 })).toEqual(['Đăng ký khai sinh', 'Đăng ký kết hôn']);
    expect(index.query('', { field: 'cu-tru', limit: 100 }).total).toBe(11);
  });

  it('returns nothing, rather than noise, for text that matches no procedure', () => {
    expect(names('zzqqxx')).toEqual([]);
    expect(names('   ')).toEqual(names(''));
  });

  it('scores best first', () => {
    const scores = index.query('dang ky', { limit: 20 }).hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('typo repair against the catalog words', () => {
  const vocabulary = new Vocabulary(['khai', 'khai', 'sinh', 'kinh', 'doanh', 'thuong', 'tru']);

  it('keeps known words and known prefixes of the last word', () => {
    expect(vocabulary.repair('khai', false)).toBe('khai');
    expect(vocabulary.repair('thuo', true)).toBe('thuo');
  });

  it('repairs one edit to the most frequent candidate', () => {
    expect(vocabulary.repair('khia', false)).toBe('khai');
    expect(vocabulary.repair('snh', false)).toBe('sinh');
    expect(vocabulary.repair('doanhh', false)).toBe('doanh');
  });

  it('does not guess at short or unknown words', () => {
    expect(vocabulary.repair('xy', false)).toBe('xy');
    expect(vocabulary.repair('qqqq', false)).toBe('qqqq');
  });

  it('lists the catalog words near a typed word, a wrong letter of a short word included', () => {
    const words = new Vocabulary(['ho', 'ho', 'ho', 'hon', 'chien', 'hieu']);
    expect(words.near('chieu').sort()).toEqual(['chien', 'hieu']);
    // "hom" is repaired to the commoner "ho", but "hon" is one wrong letter away and still counts.
    expect(words.repair('hom', false)).toBe('ho');
    expect(words.near('hom').sort()).toEqual(['ho', 'hon']);
    expect(words.near('xyz')).toEqual([]);
  });

  it('completes a prefix to the commonest words first', () => {
    expect(vocabulary.completions('k', 5)).toEqual(['khai', 'kinh']);
    expect(vocabulary.isPrefix('doa')).toBe(true);
    expect(vocabulary.isPrefix('dob')).toBe(false);
  });
});

describe('a guessed word in a match that misses query words', () => {
  const small = (names: string[]) =>
    new ProcedureIndex(
      Catalog.parse(
        smallCatalog(
          'guess',
          names.map((n, i) => procedure(`1.00000${i}`, n)),
        ),
      ),
    );

  it('counts only beside another query word, not anywhere in a long name', () => {
    // "chieu" is one edit from "thiểu", twenty words after "Hỗ": no evidence of "hộ chiếu".
    const index = small([
      'Hỗ trợ học tập đối với trẻ mẫu giáo, học sinh tiểu học, học sinh trung học cơ sở, sinh viên các dân tộc thiểu số rất ít người',
      'Đăng ký kết hôn',
    ]);
    expect(index.query('ho chieu', { limit: 5 }).hits).toEqual([]);
    // A guessed word beside the other one still counts: "hom" read near "hôn" right after "kết".
    expect(index.query('ket hom', { limit: 5 }).hits.map((h) => h.procedure.name.vi)).toEqual(['Đăng ký kết hôn']);
  });

  it('finds the no-contact order, the mediator fee and the religion group changes by the words people type', () => {
    const order = 'Cấm tiếp xúc theo Quyết định của Chủ tịch Ủy ban nhân dân cấp xã';
    const typed: [string, string][] = [
      ['cam tiep xuc', order],
      ['bao luc gia dinh', order],
      ['bi chong danh', order],
      ['huy cam tiep xuc', 'Hủy bỏ Quyết định cấm tiếp xúc theo đơn đề nghị'],
      ['thu lao hoa giai vien', 'Thanh toán thù lao cho hòa giải viên'],
      ['doi nguoi dai dien nhom ton giao', 'Đăng ký thay đổi người đại diện của nhóm sinh hoạt tôn giáo tập trung'],
      ['sinh hoat ton giao', 'Đăng ký sinh hoạt tôn giáo tập trung'],
    ];
    for (const [query, name] of typed) expect(first(query), query).toBe(name);
  });

  it('does not take two short syllables side by side for the phrase of a longer query', () => {
    // 1.013962 names "nhân viên y tế": "y" and "te" of "bao hiem y te" are side by side, but so short
    // that, accents folded, they stand for too many words to show what was asked.
    const index = small(['Giao đất ở cho giáo viên, nhân viên y tế đang công tác tại các xã biên giới', 'Đăng ký khai sinh']);
    expect(index.query('bao hiem y te', { limit: 5 }).hits).toEqual([]);
    // A phrase with a longer word still finds the name when another word misses.
    expect(index.query('lam giay khai sinh', { limit: 5 }).hits.map((h) => h.procedure.name.vi)).toEqual(['Đăng ký khai sinh']);
  });
});
