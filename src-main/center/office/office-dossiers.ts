import { NEXT_STEPS } from '../../api/center/dossier-steps';
import { type DossierDetail, type DossierFormEntry, InboxItem, InboxQuery, StepAction } from '../../api/center/office';
import { type Clock, centerDate } from '../../api/center-clock';
import type { FormField } from '../../api/channels/catalog';
import { Delivery } from '../../api/channels/dossiers';
import type { Logger } from '../../core/logging/logger';
import { fail, HttpAnswer } from '../http/http-answer';
import type { CenterStore } from '../store/center-store';
import { bodyOf, inboxItemOf } from '../store/inbox-store';
import type { StaffMember } from '../store/staff-store';
import { ownsCommune } from './office-session';
import { procedureForms } from './procedure-forms';

const strings = (value: unknown): Record<string, string> | null =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) : null;

/** The answers in the catalog's order with their labels, then any field the catalog does not know, by id. */
export function formEntries(form: Readonly<Record<string, string>>, fields: readonly FormField[]): DossierFormEntry[] {
  const known = fields
    .filter((f) => form[f.id] !== undefined)
    .map((f) => {
      const value = form[f.id] as string;
      return { id: f.id, label: f.label, type: f.type, value, valueLabel: f.options?.find((o) => o.value === value)?.label ?? null };
    });
  const ids = new Set(fields.map((f) => f.id));
  const unknown = Object.entries(form)
    .filter(([id]) => !ids.has(id))
    .map(([id, value]) => ({ id, label: null, type: null, value, valueLabel: null }));
  return [...known, ...unknown];
}

/** The inbox, a dossier's page and the one-stop steps, for signed-in staff. */
export function officeDossiers(deps: Readonly<{ store: CenterStore; clock: Clock; log: Logger }>) {
  const { store, clock, log } = deps;
  const forms = procedureForms(store.catalogs, log);

  async function inbox(staff: StaffMember, search: URLSearchParams): Promise<HttpAnswer> {
    const parsed = InboxQuery.safeParse(Object.fromEntries([...search.entries()].filter(([, v]) => v !== '')));
    if (!parsed.success) return fail(400, 'bad-request', parsed.error.issues[0]?.message ?? 'bad filter');
    const scope = staff.role === 'admin' ? null : staff.communeId;
    const rows = await store.inbox.list(scope, parsed.data, centerDate(clock.now()));
    return new HttpAnswer(
      200,
      rows.map((r) => InboxItem.parse(inboxItemOf(r, ownsCommune(staff, r.commune_id)))),
    );
  }

  async function detail(staff: StaffMember, code: string): Promise<HttpAnswer> {
    const found = await store.inbox.get(code);
    // Another commune's dossier is "not found" to reception staff: they learn nothing of it.
    if (!found || (staff.role === 'reception' && found.row.commune_id !== staff.communeId)) {
      return fail(404, 'not-found', 'no dossier with this code in your commune');
    }
    const own = ownsCommune(staff, found.row.commune_id);
    const body = bodyOf(found.row);
    const delivery = Delivery.safeParse(body.delivery);
    const form = own ? strings(body.form) : null;
    const documents = Array.isArray(body.documents)
      ? (body.documents as { name?: unknown; provided?: unknown }[]).map((d) => ({
          name: String(d.name ?? ''),
          provided: d.provided === true,
        }))
      : [];
    const answer: DossierDetail = {
      ...inboxItemOf(found.row, own),
      kioskId: found.row.kiosk_id,
      language: typeof body.language === 'string' ? body.language : 'vi',
      submittedAt: typeof body.submittedAt === 'string' ? body.submittedAt : null,
      applicant: own ? strings(body.applicant) : null,
      form,
      formFields: form ? formEntries(form, await forms.fieldsOf(found.row.procedure_code)) : null,
      documents,
      delivery: own && delivery.success ? delivery.data : null,
      tracking: found.row.tracking,
      note: found.row.note,
      history: found.steps.map((s) => ({ step: s.step, at: s.at, note: s.note, tracking: s.tracking, staffName: s.staff_name })),
      nextSteps: own ? [...NEXT_STEPS[found.row.status]] : [],
    };
    return new HttpAnswer(200, answer);
  }

  async function step(staff: StaffMember, code: string, input: unknown): Promise<HttpAnswer> {
    const parsed = StepAction.safeParse(input);
    if (!parsed.success) return fail(422, 'bad-request', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const found = await store.inbox.get(code);
    if (!found || !ownsCommune(staff, found.row.commune_id)) return fail(404, 'not-found', 'no dossier with this code in your commune');
    const action = parsed.data;
    if (action.tracking && !(action.to === 'ready' || action.to === 'delivered')) {
      return fail(422, 'bad-request', 'a tracking number goes with "result ready" or "delivered"');
    }
    if (action.tracking && found.row.delivery_method !== 'post') return fail(422, 'bad-request', 'this result is collected at the counter');
    const outcome = await store.dossiers.step(
      code,
      { to: action.to, staffId: staff.id, note: action.note, tracking: action.tracking ?? null },
      clock.now(),
    );
    if (outcome.kind === 'not-found') return fail(404, 'not-found', 'no dossier with this code');
    if (outcome.kind === 'not-allowed') return fail(409, 'conflict', `the dossier is now "${outcome.from}": this step cannot follow it`);
    log.info('dossier step', { code, step: action.to, staff: staff.username });
    return detail(staff, code);
  }

  async function markPaid(staff: StaffMember, code: string): Promise<HttpAnswer> {
    const found = await store.inbox.get(code);
    if (!found || !ownsCommune(staff, found.row.commune_id)) return fail(404, 'not-found', 'no dossier with this code in your commune');
    await store.dossiers.markPaid(code, clock.now());
    log.info('dossier fee paid', { code, staff: staff.username });
    return detail(staff, code);
  }

  return { inbox, detail, step, markPaid };
}
