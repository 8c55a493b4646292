import { create } from 'zustand';
import type { DeliveryMethod } from '../../../src-main/api/channels/dossiers';
import './dossier-screens';
import { registerSessionStore } from '../../stores/session-reset';

/** The steps of the dossier flow, in order. */
export const STEPS = ['applicant', 'form', 'documents', 'delivery', 'review'] as const;
export type Step = (typeof STEPS)[number];

/**
 * What the citizen types, as typed (dates as dd/mm/yyyy): the screens convert and check it,
 * core checks it again on submit. It outlives a trip away from the form (the citizen chose to
 * keep it), so a step taken by mistake loses nothing. It holds personal data, so it is cleared
 * as soon as the dossier is stored, another procedure is started or the citizen discards it,
 * and on every session reset (idle or "end my session").
 */
export interface DraftState {
  procedureCode: string | null;
  /** The citizen agreed to the privacy notice for this draft; nothing personal is asked before. */
  consented: boolean;
  step: Step;
  /** Whether the citizen already tried to go on from a step (errors show from then on). */
  attempted: Partial<Record<Step, boolean>>;
  applicant: { fullName: string; citizenId: string; dateOfBirth: string; phone: string; email: string; address: string };
  form: Record<string, string>;
  documents: Record<number, boolean>;
  /** For a paper asked only in some case: whether the citizen said the case is theirs. */
  cases: Record<number, boolean>;
  deliveryMethod: DeliveryMethod;
  postal: { recipient: string; phone: string; street: string; ward: string; province: string };
  /** The address the citizen confirmed as current although it names a (since abolished) district. */
  addressConfirmed: string | null;
  confirmAddress(address: string | null): void;
  /** When the ID card read last filled the applicant in (its read time), so it fills in only once. */
  cardAppliedAt: number | null;
  markCardApplied(readAt: number): void;
  start(procedureCode: string): void;
  agree(): void;
  setStep(step: Step): void;
  markAttempted(step: Step): void;
  setApplicant(key: keyof DraftState['applicant'], value: string): void;
  setForm(id: string, value: string): void;
  setDocument(index: number, provided: boolean): void;
  setCase(index: number, applies: boolean): void;
  setDeliveryMethod(method: DeliveryMethod): void;
  setPostal(key: keyof DraftState['postal'], value: string): void;
  clear(): void;
}

const EMPTY = {
  procedureCode: null,
  consented: false,
  step: 'applicant' as Step,
  attempted: {},
  applicant: { fullName: '', citizenId: '', dateOfBirth: '', phone: '', email: '', address: '' },
  form: {},
  documents: {},
  cases: {},
  deliveryMethod: 'counter' as DeliveryMethod,
  postal: { recipient: '', phone: '', street: '', ward: '', province: '' },
  cardAppliedAt: null,
  addressConfirmed: null,
};

export const useDraft = create<DraftState>((set, get) => ({
  ...EMPTY,
  start: (procedureCode) => {
    if (get().procedureCode !== procedureCode) set({ ...EMPTY, procedureCode });
  },
  agree: () => set({ consented: true }),
  setStep: (step) => set({ step }),
  markAttempted: (step) => set((s) => ({ attempted: { ...s.attempted, [step]: true } })),
  setApplicant: (key, value) => set((s) => ({ applicant: { ...s.applicant, [key]: value } })),
  setForm: (id, value) => set((s) => ({ form: { ...s.form, [id]: value } })),
  setDocument: (index, provided) => set((s) => ({ documents: { ...s.documents, [index]: provided } })),
  setCase: (index, applies) => set((s) => ({ cases: { ...s.cases, [index]: applies } })),
  setDeliveryMethod: (deliveryMethod) => set({ deliveryMethod }),
  setPostal: (key, value) => set((s) => ({ postal: { ...s.postal, [key]: value } })),
  markCardApplied: (cardAppliedAt) => set({ cardAppliedAt }),
  confirmAddress: (addressConfirmed) => set({ addressConfirmed }),
  clear: () => set({ ...EMPTY }),
}));

/**
 * Whether the citizen has put anything into the draft (a field, a paper ticked, a step passed),
 * so that leaving the form is worth a question.
 */
export function draftHasData(d: Pick<DraftState, 'step' | 'applicant' | 'form' | 'documents' | 'deliveryMethod' | 'postal'>): boolean {
  const typed = (o: Record<string, string>) => Object.values(o).some((v) => v.trim() !== '');
  return (
    d.step !== 'applicant' ||
    typed(d.applicant) ||
    typed(d.form) ||
    Object.values(d.documents).some(Boolean) ||
    d.deliveryMethod !== EMPTY.deliveryMethod ||
    typed(d.postal)
  );
}

// A half-filled form is personal data: the end of a visit (idle, "end my session") clears it.
registerSessionStore('dossier.draft', useDraft);
