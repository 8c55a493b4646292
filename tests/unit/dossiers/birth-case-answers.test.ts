import { describe, expect, it } from 'vitest';
import { Catalog, Procedure } from '../../../src-main/api/channels/catalog';
import { checkForm } from '../../../src-main/api/dossier-check';
import { receiptOf, storedDocuments } from '../../../src-main/core/dossiers/dossier-store';
import { applicableDocuments, buildDraft, issuesFor } from '../../../src-renderer/screens/dossiers/draft-build';
import { type DraftState, useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { bundledCatalogJson, procedure } from '../catalog/catalog-fixtures';

// The type of birth registration ("Loại khai sinh") also rules out answers elsewhere on the form:
// a requester cannot be the child's mother when the mother is not established, and the parents'
// marriage certificate (or the surrogacy papers of a married couple) is not asked when they are not both.
const procedures = Catalog.parse(bundledCatalogJson()).procedures;
const procedureOf = (code: string): Procedure => {
  const p = procedures.find((x) => x.code === code);
  if (!p) throw new Error(`the bundled catalog has no ${code}`);
  return p;
};
const relationshipIssues = (code: string, birthCase: string, relationship: string) =>
  checkForm(procedureOf(code).formFields, { birthCase, relationship }, '2026-12-06')
    .filter((i) => i.path === 'form.relationship')
    .map((i) => i.message);

describe('the requester’s relationship follows the type of birth registration', () => {
  it.each(['1.001193', '1.004884'])('%s: "Mẹ" only while the mother is established, "Cha" only while the father is', (code) => {
    expect(relationshipIssues(code, 'ca-cha-me', 'me')).toEqual([]);
    expect(relationshipIssues(code, 'chua-cha', 'me')).toEqual([]);
    expect(relationshipIssues(code, 'chua-me', 'me')).toEqual(['notInCase']);
    expect(relationshipIssues(code, 'chua-ca-cha-me', 'me')).toEqual(['notInCase']);
    expect(relationshipIssues(code, 'ca-cha-me', 'cha')).toEqual([]);
    expect(relationshipIssues(code, 'chua-me', 'cha')).toEqual([]);
    expect(relationshipIssues(code, 'chua-cha', 'cha')).toEqual(['notInCase']);
    expect(relationshipIssues(code, 'chua-ca-cha-me', 'cha')).toEqual(['notInCase']);
    // Nobody else's relationship depends on it; no case chosen yet is the case's own message.
    expect(relationshipIssues(code, 'chua-ca-cha-me', 'khac')).toEqual([]);
    expect(relationshipIssues(code, '', 'me')).toEqual(['notInCase']);
  });

  it('the re-registration of one’s own birth is possible in every case', () => {
    for (const birthCase of ['ca-cha-me', 'chua-me', 'chua-cha', 'chua-ca-cha-me']) {
      expect(relationshipIssues('1.004884', birthCase, 'ban-than'), birthCase).toEqual([]);
    }
  });

  it('the screen says so at the form step, as core does', () => {
    const p = procedureOf('1.001193');
    const state: DraftState = { ...useDraft.getState(), form: { birthCase: 'chua-ca-cha-me', relationship: 'me' } };
    expect(issuesFor('form', state, p).get('form.relationship')).toBe('notInCase');
    const fine: DraftState = { ...state, form: { birthCase: 'chua-cha', relationship: 'me' } };
    expect(issuesFor('form', fine, p).get('form.relationship')).toBeUndefined();
  });
});

describe('the papers follow the type of birth registration', () => {
  const p = procedureOf('1.001193');
  const index = (start: string) => p.documents.findIndex((d) => d.name.vi.startsWith(start));
  const marriage = index('Giấy chứng nhận kết hôn của cha, mẹ');
  const surrogacy = index('Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản');
  const abandoned = index('Biên bản xác nhận việc trẻ bị bỏ rơi');

  it('the catalog asks the marriage certificate and the surrogacy papers only when both parents are established', () => {
    for (const i of [marriage, surrogacy]) expect(p.documents[i]?.askedWhen).toEqual({ field: 'birthCase', values: ['ca-cha-me'] });
    expect(p.documents[abandoned]?.askedWhen).toBeUndefined();
  });

  it('core stores a paper of a case the form rules out as not applying, whatever the screen sent', () => {
    const said = [marriage, surrogacy, abandoned].map((i) => ({ index: i, provided: true, applies: true }));
    const applying = (birthCase: string) =>
      storedDocuments(p, said, { birthCase })
        .map((d, i) => (d.applies ? i : -1))
        .filter((i) => [marriage, surrogacy, abandoned].includes(i));
    expect(applying('ca-cha-me')).toEqual([abandoned, surrogacy, marriage].sort((a, b) => a - b));
    expect(applying('chua-cha')).toEqual([abandoned]);
    expect(applying('chua-ca-cha-me')).toEqual([abandoned]);
    // And the receipt counts the papers of the case only.
    const stored = storedDocuments(p, said, { birthCase: 'chua-cha' });
    const receipt = receiptOf(
      {
        code: 'K3MABCDEFGHJ7',
        procedure_code: p.code,
        procedure_name: JSON.stringify(p.name),
        language: 'vi',
        applicant: null,
        form: null,
        documents: JSON.stringify(stored),
        delivery: '{"method":"counter"}',
        submitted_at: '2026-12-06T03:00:00.000Z',
        expected_result_date: null,
        purged_at: null,
      },
      { state: null, sentAt: null },
    );
    expect(receipt.documents.map((d) => d.name.vi)).not.toContain(p.documents[marriage]?.name.vi);
    expect(receipt.documentsListed).toBe(stored.filter((d) => d.applies).length);
  });

  it('the screen neither lists nor sends them, and brings them back when the case changes back', () => {
    const cases = { [marriage]: true, [surrogacy]: true };
    const father = applicableDocuments(p, { cases, form: { birthCase: 'chua-cha' } });
    expect([father[marriage], father[surrogacy]]).toEqual([false, false]);
    const both = applicableDocuments(p, { cases, form: { birthCase: 'ca-cha-me' } });
    expect([both[marriage], both[surrogacy]]).toEqual([true, true]);
    const state: DraftState = { ...useDraft.getState(), cases, documents: { [marriage]: true }, form: { birthCase: 'chua-cha' } };
    const sent = buildDraft(state, p, 'vi').documents?.find((d) => d.index === marriage);
    expect(sent).toEqual({ index: marriage, provided: false, applies: false });
  });
});

describe('the catalog refuses an option or a paper whose case names no choice of the form', () => {
  const choice = { id: 'c', label: { vi: 'Loại' }, type: 'select' as const, options: [{ value: 'a', label: { vi: 'A' } }] };
  const parses = (extra: Record<string, unknown>) =>
    Procedure.safeParse(procedure('1.001193', 'Đăng ký khai sinh', 'ho-tich', { formFields: [choice], ...extra })).success;
  const withOption = (askedWhen: { field: string; values: string[] }) =>
    parses({
      formFields: [
        choice,
        { id: 'r', label: { vi: 'Quan hệ' }, type: 'select', options: [{ value: 'me', label: { vi: 'Mẹ' }, askedWhen }] },
      ],
    });
  const withPaper = (askedWhen: { field: string; values: string[] }) =>
    parses({ documents: [{ name: { vi: 'Giấy chứng nhận kết hôn' }, originals: 1, askedWhen }] });

  it('an option', () => {
    expect(withOption({ field: 'c', values: ['a'] })).toBe(true);
    expect(withOption({ field: 'c', values: ['b'] })).toBe(false);
    expect(withOption({ field: 'r', values: ['me'] })).toBe(false);
    expect(withOption({ field: 'nope', values: ['a'] })).toBe(false);
  });

  it('a paper', () => {
    expect(withPaper({ field: 'c', values: ['a'] })).toBe(true);
    expect(withPaper({ field: 'c', values: ['b'] })).toBe(false);
    expect(withPaper({ field: 'nope', values: ['a'] })).toBe(false);
  });
});
