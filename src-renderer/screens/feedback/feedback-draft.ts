import type { FeedbackDraft } from '../../../src-main/api/channels/feedback';
import { FEEDBACK_MAX_TEXT } from '../../../src-main/api/channels/feedback';
import { isVietnamesePhone } from '../../../src-main/api/dossier-rules';

export type SubjectKind = 'procedure' | 'service' | 'kiosk';
export type FeedbackStep = 'subject' | 'write' | 'contact' | 'review';
export const FEEDBACK_STEPS: readonly FeedbackStep[] = ['subject', 'write', 'contact', 'review'];

/** What is typed so far, before it is a `FeedbackDraft`. */
export interface FeedbackForm {
  readonly subject: SubjectKind | null;
  readonly procedure: { readonly code: string; readonly name: string } | null;
  readonly text: string;
  /** null until the citizen chooses. */
  readonly anonymous: boolean | null;
  readonly name: string;
  readonly phone: string;
}

export const EMPTY_FORM: FeedbackForm = { subject: null, procedure: null, text: '', anonymous: null, name: '', phone: '' };

/** The first problem of a step, as a key of the `feedback` namespace, or null when it may go on. */
export function stepProblem(step: FeedbackStep, form: FeedbackForm): string | null {
  switch (step) {
    case 'subject':
      if (!form.subject) return 'errors.subject';
      return form.subject === 'procedure' && !form.procedure ? 'errors.procedure' : null;
    case 'write':
      if (!form.text.trim()) return 'errors.text';
      return form.text.length > FEEDBACK_MAX_TEXT ? 'errors.textLong' : null;
    case 'contact':
      if (form.anonymous === null) return 'errors.contact';
      if (form.anonymous) return null;
      if (!form.name.trim()) return 'errors.name';
      return isVietnamesePhone(form.phone) ? null : 'errors.phone';
    case 'review':
      return null;
    default: {
      const never: never = step;
      throw new Error(`unknown step ${String(never)}`);
    }
  }
}

export function toDraft(form: FeedbackForm, language: FeedbackDraft['language']): FeedbackDraft {
  const subject =
    form.subject === 'procedure' && form.procedure
      ? ({ kind: 'procedure', procedureCode: form.procedure.code } as const)
      : ({ kind: form.subject === 'kiosk' ? 'kiosk' : 'service' } as const);
  return {
    subject,
    text: form.text.trim(),
    contact: form.anonymous ? null : { name: form.name.trim(), phone: form.phone.trim() },
    language,
  };
}
