import { centerDate, systemClock } from '../../../src-main/api/center-clock';
import type { Procedure } from '../../../src-main/api/channels/catalog';
import type { DossierDraft } from '../../../src-main/api/channels/dossiers';
import { checkApplicant, checkDelivery, checkForm, type FieldIssue } from '../../../src-main/api/dossier-check';
import { normalizePhone, parseVietnameseDate } from '../../../src-main/api/dossier-rules';
import type { DraftState, Step } from './draft-store';

/** dd/mm/yyyy as typed → YYYY-MM-DD; what cannot be read stays as typed so the check names it. */
const isoOrRaw = (text: string): string => parseVietnameseDate(text) ?? text;

/** The draft as `dossier.submit` takes it. */
export function buildDraft(state: DraftState, procedure: Procedure, language: DossierDraft['language']): DossierDraft {
  const form: Record<string, string> = {};
  for (const f of procedure.formFields) {
    const value = state.form[f.id] ?? '';
    if (value.trim()) form[f.id] = f.type === 'date' ? isoOrRaw(value) : value;
  }
  return {
    procedureCode: procedure.code,
    language,
    applicant: { ...state.applicant, dateOfBirth: isoOrRaw(state.applicant.dateOfBirth) },
    form,
    documents: procedure.documents.map((_d, index) => ({ index, provided: state.documents[index] === true })),
    delivery: state.deliveryMethod === 'post' ? { method: 'post', address: { ...state.postal } } : { method: 'counter' },
  };
}

/** The problems of one step (or of everything, for the review), keyed by path. */
export function issuesFor(step: Step, state: DraftState, procedure: Procedure): Map<string, FieldIssue['message']> {
  const draft = buildDraft(state, procedure, 'vi');
  const all: FieldIssue[] = [];
  if (step === 'applicant' || step === 'review')
    all.push(...checkApplicant({ ...draft.applicant, email: draft.applicant.email ?? '' }, centerDate(systemClock.now())));
  if (step === 'form' || step === 'review') all.push(...checkForm(procedure.formFields, draft.form ?? {}));
  if ((step === 'delivery' || step === 'review') && draft.delivery) all.push(...checkDelivery(draft.delivery));
  return new Map(all.map((i) => [i.path, i.message]));
}

/**
 * The procedure's form often asks for the requester again (name, ID number, phone, residence):
 * those answers start as what the citizen already gave, and stay editable.
 */
export function prefillFromApplicant(state: DraftState, procedure: Procedure): Record<string, string> {
  const from: Record<string, string> = {
    requesterName: state.applicant.fullName,
    requesterIdNumber: state.applicant.citizenId,
    requesterPhone: normalizePhone(state.applicant.phone),
    requesterAddress: state.applicant.address,
  };
  const out: Record<string, string> = {};
  for (const f of procedure.formFields) {
    const value = from[f.id];
    if (value && !(state.form[f.id] ?? '').trim()) out[f.id] = value;
  }
  return out;
}
