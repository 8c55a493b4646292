import { CenterFeedbackBody } from '../../api/center/center-wire';
import { FeedbackAnswerRequest, FeedbackItem, FeedbackQuery } from '../../api/center/office';
import type { Clock } from '../../api/center-clock';
import type { Logger } from '../../core/logging/logger';
import { fail, HttpAnswer } from '../http/http-answer';
import type { CenterStore } from '../store/center-store';
import type { FeedbackRow } from '../store/feedback-store';
import type { StaffMember } from '../store/staff-store';
import { ownsCommune } from './office-session';

function itemOf(row: FeedbackRow, own: boolean): FeedbackItem {
  let body: CenterFeedbackBody | null = null;
  try {
    const parsed = CenterFeedbackBody.safeParse(JSON.parse(row.body));
    body = parsed.success ? parsed.data : null;
  } catch {
    body = null;
  }
  const subject = body?.subject;
  return {
    reference: row.reference,
    communeId: row.commune_id,
    communeName: row.commune_name,
    kioskId: row.kiosk_id,
    subject: row.subject_kind,
    procedureCode: row.procedure_code,
    procedureName: subject?.kind === 'procedure' ? (subject.procedureName ?? null) : null,
    text: body?.text ?? '',
    contact: own && body?.contact ? { name: body.contact.name, phone: body.contact.phone } : null,
    anonymous: !body?.contact,
    language: body?.language ?? 'vi',
    receivedAt: row.received_at,
    status: row.status,
    note: row.note,
    updatedAt: row.updated_at,
    answeredBy: row.answered_by_name,
    canAnswer: own,
  };
}

/** Citizens' feedback in the back office: read by the province, answered by the commune it came from. */
export function officeFeedback(deps: Readonly<{ store: CenterStore; clock: Clock; log: Logger }>) {
  const { store, clock, log } = deps;

  async function list(staff: StaffMember, search: URLSearchParams): Promise<HttpAnswer> {
    const query = FeedbackQuery.safeParse(Object.fromEntries([...search.entries()].filter(([, v]) => v !== '')));
    if (!query.success) return fail(400, 'bad-request', query.error.issues[0]?.message ?? 'bad filter');
    const rows = await store.feedback.list(staff.role === 'admin' ? null : staff.communeId, query.data.status ?? null, 200);
    return new HttpAnswer(
      200,
      rows.map((r) => FeedbackItem.parse(itemOf(r, ownsCommune(staff, r.commune_id)))),
    );
  }

  async function answer(staff: StaffMember, reference: string, input: unknown): Promise<HttpAnswer> {
    const parsed = FeedbackAnswerRequest.safeParse(input);
    if (!parsed.success) return fail(422, 'bad-request', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const found = await store.feedback.get(reference);
    // Another commune's feedback is "not found" to reception staff; admins read but do not answer.
    if (!found || !ownsCommune(staff, found.commune_id)) return fail(404, 'not-found', 'no feedback with this reference in your commune');
    await store.feedback.answer(reference, parsed.data.status, parsed.data.note, staff.id, clock.now());
    log.info('feedback answered', { reference, status: parsed.data.status, staff: staff.username });
    const updated = await store.feedback.get(reference);
    return new HttpAnswer(200, FeedbackItem.parse(itemOf(updated ?? found, true)));
  }

  return { list, answer };
}
