import { create } from 'zustand';
import type { DeliveryMethod } from '../../../src-main/api/channels/dossiers';
import { useNavigation } from '../../stores/navigation-store';
import './dossier-screens';
import { registerSessionStore } from '../../stores/session-reset';

/** The steps of the dossier flow, in order. */
export const STEPS = ['applicant', 'form', 'documents', 'delivery', 'review'] as const;
export type Step = (typeof STEPS)[number];

/**
 * What the citizen types, as typed (dates as dd/mm/yyyy): the screens convert and check it,
 * core checks it again on submit. It holds personal data, so it is cleared as soon as the
 * dossier is stored or another procedure is started, and on every session reset.
 */
export interface DraftState {
  procedureCode: string | null;
  step: Step;
  /** Whether the citizen already tried to go on from a step (errors show from then on). */
  attempted: Partial<Record<Step, boolean>>;
  applicant: { fullName: string; citizenId: string; dateOfBirth: string; phone: string; email: string; address: string };
  form: Record<string, string>;
  documents: Record<number, boolean>;
  deliveryMethod: DeliveryMethod;
  postal: { recipient: string; phone: string; street: string; ward: string; province: string };
  /** When the ID card read last filled the applicant in (its read time), so it fills in only once. */
  cardAppliedAt: number | null;
  markCardApplied(readAt: number): void;
  start(procedureCode: string): void;
  setStep(step: Step): void;
  markAttempted(step: Step): void;
  setApplicant(key: keyof DraftState['applicant'], value: string): void;
  setForm(id: string, value: string): void;
  setDocument(index: number, provided: boolean): void;
  setDeliveryMethod(method: DeliveryMethod): void;
  setPostal(key: keyof DraftState['postal'], value: string): void;
  clear(): void;
}

const EMPTY = {
  procedureCode: null,
  step: 'applicant' as Step,
  attempted: {},
  applicant: { fullName: '', citizenId: '', dateOfBirth: '', phone: '', email: '', address: '' },
  form: {},
  documents: {},
  deliveryMethod: 'counter' as DeliveryMethod,
  postal: { recipient: '', phone: '', street: '', ward: '', province: '' },
  cardAppliedAt: null,
};

export const useDraft = create<DraftState>((set, get) => ({
  ...EMPTY,
  start: (procedureCode) => {
    if (get().procedureCode !== procedureCode) set({ ...EMPTY, procedureCode });
  },
  setStep: (step) => set({ step }),
  markAttempted: (step) => set((s) => ({ attempted: { ...s.attempted, [step]: true } })),
  setApplicant: (key, value) => set((s) => ({ applicant: { ...s.applicant, [key]: value } })),
  setForm: (id, value) => set((s) => ({ form: { ...s.form, [id]: value } })),
  setDocument: (index, provided) => set((s) => ({ documents: { ...s.documents, [index]: provided } })),
  setDeliveryMethod: (deliveryMethod) => set({ deliveryMethod }),
  setPostal: (key, value) => set((s) => ({ postal: { ...s.postal, [key]: value } })),
  markCardApplied: (cardAppliedAt) => set({ cardAppliedAt }),
  clear: () => set({ ...EMPTY }),
}));

/**
 * The draft lives only while its form is on the navigation stack: Home, Back out of the form or
 * the idle reset (which goes home) wipe it, so the next visitor never sees it. Opening the
 * language screen on top of the form keeps it.
 */
useNavigation.subscribe((nav) => {
  if (useDraft.getState().procedureCode !== null && !nav.stack.some((r) => r.screen === 'dossier.form')) useDraft.getState().clear();
});

// A half-filled form is personal data: the end of a visit (idle, "end my session") clears it.
registerSessionStore('dossier.draft', useDraft);
