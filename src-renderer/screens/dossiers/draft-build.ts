import { systemClock, wallClock } from '../../../src-main/api/center-clock';
import type { Procedure } from '../../../src-main/api/channels/catalog';
import type { DossierDraft } from '../../../src-main/api/channels/dossiers';
import { checkApplicant, checkDelivery, checkForm, checkWrittenPlaces, type FieldIssue } from '../../../src-main/api/dossier-check';
import { askedNow, normalizePhone, parseTimeOfDay, parseVietnameseDate } from '../../../src-main/api/dossier-rules';
import { isCurrentPlace } from '../../../src-main/api/places/address-parts';
import { listEntry, namesOldDistrict } from '../../../src-main/api/reference-lists';
import type { DraftState, Step } from './draft-store';

/** dd/mm/yyyy as typed → YYYY-MM-DD; what cannot be read stays as typed so the check names it. */
const isoOrRaw = (text: string): string => parseVietnameseDate(text) ?? text;

/**
 * Whether each of the procedure's papers applies to the citizen's case: always, unless the
 * catalog asks for it only in a case of the form the citizen did not choose (the parents' marriage
 * certificate when the father is not established) or in a case (an abandoned child, surrogacy)
 * the citizen has not said is theirs.
 */
export function applicableDocuments(procedure: Pick<Procedure, 'documents'>, state: Pick<DraftState, 'cases' | 'form'>): boolean[] {
  return procedure.documents.map((d, index) => askedNow(d, state.form) && (d.condition ? state.cases[index] === true : true));
}

/** The draft as `dossier.submit` takes it. */
export function buildDraft(state: DraftState, procedure: Procedure, language: DossierDraft['language']): DossierDraft {
  const form: Record<string, string> = {};
  const requester = requesterFromApplicant(state.applicant);
  for (const f of procedure.formFields) {
    // What the chosen case does not ask (the father's details when he is not established) is not sent.
    if (!askedNow(f, state.form)) continue;
    const value = requester[f.id] ?? state.form[f.id] ?? '';
    if (value.trim()) form[f.id] = f.type === 'date' ? isoOrRaw(value) : f.type === 'time' ? (parseTimeOfDay(value) ?? value) : value;
  }
  return {
    procedureCode: procedure.code,
    language,
    applicant: { ...state.applicant, dateOfBirth: isoOrRaw(state.applicant.dateOfBirth) },
    form,
    documents: applicableDocuments(procedure, state).map((applies, index) => ({
      index,
      provided: applies && state.documents[index] === true,
      applies,
    })),
    delivery: state.deliveryMethod === 'post' ? { method: 'post', address: { ...state.postal } } : { method: 'counter' },
  };
}

/** The problems of one step (or of everything, for the review), keyed by path. */
export function issuesFor(step: Step, state: DraftState, procedure: Procedure): Map<string, FieldIssue['message']> {
  const draft = buildDraft(state, procedure, 'vi');
  const { date: today, minutes } = wallClock(systemClock.now());
  const all: FieldIssue[] = [];
  // Every address against today's communes, as core and the center check it. An address naming a
  // district is from before July 2025: the citizen picks today's commune, or confirms the
  // applicant's as it is.
  const confirmed = state.addressConfirmed !== null && state.addressConfirmed === state.applicant.address;
  const places = checkWrittenPlaces(procedure.formFields, { ...draft, form: draft.form ?? {} }, confirmed ? 'accepted' : 'unconfirmed');
  const withPlaces = (prefix: string) => {
    for (const issue of places) if (issue.path.startsWith(prefix) && !all.some((i) => i.path === issue.path)) all.push(issue);
  };
  if (step === 'applicant' || step === 'review') {
    all.push(...checkApplicant({ ...draft.applicant, email: draft.applicant.email ?? '' }, today));
    withPlaces('applicant.');
  }
  if (step === 'form' || step === 'review') {
    all.push(...checkForm(procedure.formFields, draft.form ?? {}, today, minutes));
    withPlaces('form.');
  }
  if ((step === 'delivery' || step === 'review') && draft.delivery) all.push(...checkDelivery(draft.delivery));
  return new Map(all.map((i) => [i.path, i.message]));
}

/**
 * The procedure's form asks for the requester (name, ID number, phone, residence), who is the
 * applicant of the first step: those answers are taken from it, never asked twice.
 */
export function requesterFromApplicant(applicant: DraftState['applicant']): Record<string, string> {
  return {
    requesterName: applicant.fullName,
    requesterIdNumber: applicant.citizenId,
    requesterPhone: normalizePhone(applicant.phone),
    requesterAddress: applicant.address,
  };
}

/** Form fields answered by the applicant step: the form step does not show them. */
export const FROM_APPLICANT: ReadonlySet<string> = new Set(['requesterName', 'requesterIdNumber', 'requesterPhone', 'requesterAddress']);

/**
 * A requester who says they are the child's mother (or father) has already given that parent's
 * name, ID number, year of birth and residence; one who re-registers their own birth ("Bản thân")
 * has given the name and date of birth it records. Those fields are filled from the applicant,
 * when empty, and stay editable. A citizen ID card is issued to Vietnamese citizens only, so its
 * holder's nationality is Việt Nam; the ethnic group comes only from a chip read and verified for
 * this applicant.
 */
interface CopiedFields {
  readonly name: string;
  readonly id?: string;
  readonly birthYear?: string;
  readonly birthDate?: string;
  readonly address?: string;
  readonly nationality: string;
  readonly ethnicity: string;
}
const AS_APPLICANT: Readonly<Record<string, CopiedFields>> = {
  me: {
    name: 'motherName',
    id: 'motherIdNumber',
    birthYear: 'motherBirthYear',
    address: 'motherAddress',
    nationality: 'motherNationality',
    ethnicity: 'motherEthnicity',
  },
  cha: {
    name: 'fatherName',
    id: 'fatherIdNumber',
    birthYear: 'fatherBirthYear',
    address: 'fatherAddress',
    nationality: 'fatherNationality',
    ethnicity: 'fatherEthnicity',
  },
  'ban-than': { name: 'childName', birthDate: 'childBirthDate', nationality: 'childNationality', ethnicity: 'childEthnicity' },
};

/** What a verified chip says of its holder beyond the applicant step: the ethnic group. */
export interface ChipKnown {
  readonly idNumber: string;
  readonly ethnicity: string;
}

export function fromApplicantAs(
  relationship: string,
  state: DraftState,
  procedure: Procedure,
  chip?: ChipKnown | null,
): Record<string, string> {
  const fields = AS_APPLICANT[relationship];
  if (!fields) return {};
  const has = new Set(procedure.formFields.map((f) => f.id));
  const out: Record<string, string> = {};
  const copy = (id: string | undefined, value: string) => {
    if (id !== undefined && has.has(id) && value.trim() && !(state.form[id] ?? '').trim()) out[id] = value;
  };
  const { fullName, citizenId, address, dateOfBirth } = state.applicant;
  const born = isoOrRaw(dateOfBirth).match(/^(\d{4})-(\d{2})-(\d{2})$/);
  copy(fields.name, fullName);
  copy(fields.id, citizenId);
  copy(fields.birthYear, born?.[1] ?? '');
  // As the date boxes hold it (dd/mm/yyyy).
  copy(fields.birthDate, born ? `${born[3]}/${born[2]}/${born[1]}` : '');
  // Only a residence of today is worth copying: an old one would have to be picked again.
  if (isCurrentPlace(address) && !namesOldDistrict(address)) copy(fields.address, address);
  if (/^\d{12}$/.test(citizenId)) copy(fields.nationality, 'Việt Nam');
  if (chip && chip.idNumber === citizenId) copy(fields.ethnicity, listEntry('ethnicGroups', chip.ethnicity) ?? '');
  return out;
}
