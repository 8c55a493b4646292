import { describe, expect, it } from 'vitest';
import { fakeClock, wallClock } from '../../../src-main/api/center-clock';
import { Catalog, FormField } from '../../../src-main/api/channels/catalog';
import { checkForm } from '../../../src-main/api/dossier-check';
import { checkFormValue, checkTimeOnDate, parseTimeOfDay } from '../../../src-main/api/dossier-rules';
import { buildDraft, issuesFor } from '../../../src-renderer/screens/dossiers/draft-build';
import { type DraftState, useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { DEATH_DECLARATION } from '../../support/dossier-fixtures';
import { bundledCatalogJson } from '../catalog/catalog-fixtures';

// What the marriage declaration ("Kết hôn lần thứ mấy") and the death declaration ("Đã chết vào
// lúc … giờ … phút, ngày … tháng … năm") record, as the bundled catalog asks them.
const procedures = Catalog.parse(bundledCatalogJson()).procedures;
const fieldsOf = (code: string): FormField[] => {
  const p = procedures.find((x) => x.code === code);
  if (!p) throw new Error(`the bundled catalog has no ${code}`);
  return p.formFields;
};
const field = (code: string, id: string): FormField => {
  const f = fieldsOf(code).find((x) => x.id === id);
  if (!f) throw new Error(`${code} has no field ${id}`);
  return f;
};

describe('which marriage this is, for each party (1.000894)', () => {
  it('is a required pick list beside each party’s details, worded as the declaration', () => {
    for (const [id, side] of [
      ['groomMarriageOrder', 'bên nam'],
      ['brideMarriageOrder', 'bên nữ'],
    ] as const) {
      const f = field('1.000894', id);
      expect(f.label.vi).toBe(`Kết hôn lần thứ mấy (${side})`);
      expect(f.type).toBe('select');
      expect(f.required).toBe(true);
      expect(f.options?.map((o) => o.value)).toEqual(['1', '2', '3', '4+']);
      expect(f.options?.map((o) => o.label.vi)).toEqual(['Lần đầu', 'Lần thứ hai', 'Lần thứ ba', 'Lần thứ tư trở lên']);
    }
    const ids = fieldsOf('1.000894').map((f) => f.id);
    // Each party's answer follows that party's residence, as the declaration's column reads.
    expect(ids.indexOf('groomMarriageOrder')).toBe(ids.indexOf('groomAddress') + 1);
    expect(ids.indexOf('brideMarriageOrder')).toBe(ids.indexOf('brideAddress') + 1);
  });

  it('refuses an answer that is not one of the choices', () => {
    const f = field('1.000894', 'groomMarriageOrder');
    expect(checkFormValue(f, '2', '2026-12-06')).toBeNull();
    expect(checkFormValue(f, '5', '2026-12-06')).toBe('notAnOption');
    expect(checkFormValue(f, '', '2026-12-06')).toBe('required');
  });
});

describe('a time of day', () => {
  it('is read as people type it and kept as HH:MM on the 24-hour clock', () => {
    expect(parseTimeOfDay('7:5')).toBe('07:05');
    expect(parseTimeOfDay(' 14:30 ')).toBe('14:30');
    expect(parseTimeOfDay('0:00')).toBe('00:00');
    expect(parseTimeOfDay('23.59')).toBe('23:59');
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('12:60')).toBeNull();
    expect(parseTimeOfDay('7')).toBeNull();
    expect(parseTimeOfDay('7:')).toBeNull();
    expect(parseTimeOfDay('abc')).toBeNull();
  });

  it('is refused by the shared check unless written HH:MM', () => {
    const f = { id: 't', type: 'time' } as const;
    expect(checkFormValue(f, '07:05', '2026-12-06')).toBeNull();
    expect(checkFormValue(f, '7:05', '2026-12-06')).toBe('timeFormat');
    expect(checkFormValue(f, '25:00', '2026-12-06')).toBe('timeFormat');
    expect(checkFormValue(f, '', '2026-12-06')).toBeNull();
  });

  it('on today’s date may not be after the center’s clock', () => {
    const now = { date: '2026-12-06', minutes: 9 * 60 + 15 };
    expect(checkTimeOnDate('09:15', '2026-12-06', now)).toBeNull();
    expect(checkTimeOnDate('09:16', '2026-12-06', now)).toBe('timeFuture');
    expect(checkTimeOnDate('23:59', '2026-12-05', now)).toBeNull();
    // A badly written time is the time field's own problem, not this check's.
    expect(checkTimeOnDate('9:16', '2026-12-06', now)).toBeNull();
  });
});

describe('the time of death (1.000656)', () => {
  const death = DEATH_DECLARATION;
  // 09:15 on 6 December 2026 in Vietnam (02:15 UTC): the center's clock, not the machine's zone.
  const clock = fakeClock('2026-12-06T02:15:00Z');
  const { date: today, minutes } = wallClock(clock.now());
  const issues = (form: Record<string, string>) =>
    checkForm(fieldsOf('1.000656'), form, today, minutes).map((i) => `${i.path}:${i.message}`);

  it('is the time of the death date, asked after it, optional (not always known)', () => {
    const f = field('1.000656', 'deathTime');
    expect(f).toMatchObject({ type: 'time', dateField: 'deathDate', required: false });
    expect(f.label.vi).toBe('Đã chết vào lúc (giờ, phút)');
    const ids = fieldsOf('1.000656').map((x) => x.id);
    expect(ids.indexOf('deathTime')).toBe(ids.indexOf('deathDate') + 1);
    expect(issues(death)).toEqual([]);
  });

  it('with the date, may not be later than now; the date may not be to come', () => {
    expect(issues({ ...death, deathTime: '06:40' })).toEqual([]);
    expect(issues({ ...death, deathTime: '09:15' })).toEqual([]);
    expect(issues({ ...death, deathTime: '09:16' })).toEqual(['form.deathTime:timeFuture']);
    expect(issues({ ...death, deathDate: '2026-12-05', deathTime: '23:50' })).toEqual([]);
    expect(issues({ ...death, deathDate: '2026-12-07', deathTime: '01:00' })).toEqual(['form.deathDate:dateFuture']);
    expect(issues({ ...death, deathTime: '9 giờ' })).toEqual(['form.deathTime:timeFormat']);
  });

  it('the dates of birth and death of every procedure are dates that have happened', () => {
    for (const p of procedures)
      for (const f of p.formFields)
        if (f.type === 'date' && (/BirthDate$/.test(f.id) || f.id === 'deathDate')) expect(f.past, `${p.code} ${f.id}`).toBe(true);
    expect(checkFormValue(field('1.001193', 'childBirthDate'), '2026-12-07', '2026-12-06')).toBe('dateFuture');
    // A date to come is still asked where it is meant (the expected return of an absence).
    expect(checkFormValue(field('1.003677', 'toDate'), '2027-01-10', '2026-12-06')).toBeNull();
  });
});

describe('the time of death on the screen', () => {
  const death = procedures.find((p) => p.code === '1.000656');
  if (!death) throw new Error('no 1.000656');
  const state = (form: Record<string, string>): DraftState => ({ ...useDraft.getState(), form });

  it('is sent as HH:MM whatever the boxes held, and named when it cannot be read', () => {
    expect(buildDraft(state({ deathTime: '7:5' }), death, 'vi').form?.deathTime).toBe('07:05');
    expect(buildDraft(state({ deathTime: '25:10' }), death, 'vi').form?.deathTime).toBe('25:10');
    expect(issuesFor('form', state({ deathTime: '25:10' }), death).get('form.deathTime')).toBe('timeFormat');
    expect(issuesFor('form', state({ deathTime: '7:5' }), death).get('form.deathTime')).toBeUndefined();
  });

  it('a date of death to come is refused on the screen as in core', () => {
    expect(issuesFor('form', state({ deathDate: '01/01/2999' }), death).get('form.deathDate')).toBe('dateFuture');
  });
});

describe('the catalog schema', () => {
  const base = { id: 'x', label: { vi: 'X' } };
  it('allows past on a date field and dateField on a time field only', () => {
    expect(FormField.safeParse({ ...base, type: 'date', past: true }).success).toBe(true);
    expect(FormField.safeParse({ ...base, type: 'text', past: true }).success).toBe(false);
    expect(FormField.safeParse({ ...base, type: 'time', dateField: 'd' }).success).toBe(true);
    expect(FormField.safeParse({ ...base, type: 'date', dateField: 'd' }).success).toBe(false);
  });

  it('refuses a time whose dateField names no date field of the procedure', () => {
    const json = bundledCatalogJson() as { procedures: { code: string; formFields?: { id: string; dateField?: string }[] }[] };
    const death = json.procedures.find((p) => p.code === '1.000656');
    const time = death?.formFields?.find((f) => f.id === 'deathTime');
    if (!time) throw new Error('no deathTime');
    time.dateField = 'deathPlace';
    const parsed = Catalog.safeParse(json);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('dateField names no other date field of this procedure');
  });
});
