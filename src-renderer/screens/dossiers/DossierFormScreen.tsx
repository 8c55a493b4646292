import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized, type Procedure } from '../../../src-main/api/channels/catalog';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { ConsentNotice } from '../../components/privacy/ConsentNotice';
import { ScreenFrame } from '../../components/ScreenFrame';
import { type LeaveIntent, leaveNow, useLeaveGuard } from '../../stores/leave-guard';
import { type ScreenParams, useNavigation } from '../../stores/navigation-store';
import { buildDraft, issuesFor } from './draft-build';
import { draftHasData, STEPS, type Step, useDraft } from './draft-store';
import { LeaveDraftDialog } from './LeaveDraftDialog';
import { ApplicantStep } from './steps/ApplicantStep';
import { DeliveryStep } from './steps/DeliveryStep';
import { DocumentsStep } from './steps/DocumentsStep';
import { FormFieldsStep } from './steps/FormFieldsStep';
import { ReviewStep } from './steps/ReviewStep';
import type { StepProps } from './steps/step-props';
import { acceptsKioskSubmission, useProcedure } from './useProcedure';
import './dossier-screens';
import './dossiers.css';
import { StepActions } from './StepActions';
import { StepList } from './StepList';

const VIEWS: Record<Step, (p: StepProps) => React.JSX.Element> = {
  applicant: ApplicantStep,
  form: FormFieldsStep,
  documents: DocumentsStep,
  delivery: DeliveryStep,
  review: ReviewStep,
};

const scrollTop = () => document.getElementById('main')?.scrollTo({ top: 0 });

/** Moves focus to the first field marked invalid, so the citizen sees (and hears) what to fix. */
const focusFirstError = () =>
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  });

function Flow({ procedure }: { procedure: Procedure }) {
  const { t, i18n } = useTranslation('dossiers');
  const api = useApi();
  const replace = useNavigation((s) => s.replace);
  const state = useDraft();
  const { step, attempted } = state;
  const lang = i18n.language;
  const index = STEPS.indexOf(step);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const issues = useMemo(() => issuesFor(step, state, procedure), [step, state, procedure]);
  const shown = attempted[step] ? issues : new Map();
  const [leaving, setLeaving] = useState<LeaveIntent | null>(null);

  const goTo = (next: Step) => {
    state.setStep(next);
    setFailure(null);
    scrollTop();
  };

  // The bar's Back is the previous step, as Help says; leaving a started form asks first.
  useLeaveGuard((intent) => {
    if (busy) return true;
    if (intent === 'back' && index > 0) {
      goTo(STEPS[index - 1] as Step);
      return true;
    }
    if (!draftHasData(useDraft.getState())) return false;
    setLeaving(intent);
    return true;
  });

  const leave = (discard: boolean) => {
    if (leaving === null) return;
    setLeaving(null);
    leaveNow(leaving);
    if (discard) useDraft.getState().clear();
  };

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const lang4 = (['vi', 'en', 'ar', 'pl'] as const).find((l) => lang.startsWith(l)) ?? 'vi';
      const receipt = await api.call('dossier.submit', buildDraft(useDraft.getState(), procedure, lang4));
      // The dossier is stored: the personal data leaves the screen's memory at once.
      useDraft.getState().clear();
      replace('dossier.receipt', { code: receipt.code });
    } catch (e) {
      const code = e instanceof ApiCallError ? e.code : null;
      setFailure(
        code === 'storage-full' ? t('common:storage.full') : code === 'unavailable' ? t('errors.kioskBusy') : t('errors.submitFailed'),
      );
      setBusy(false);
    }
  };

  const next = () => {
    state.markAttempted(step);
    if (issues.size > 0) {
      focusFirstError();
      return;
    }
    if (step === 'review') void submit();
    else goTo(STEPS[index + 1] as Step);
  };

  const View = VIEWS[step];
  return (
    <>
      <StepList
        names={STEPS.map((s) => t(`steps.${s}`))}
        index={index}
        label={t('steps.label')}
        progress={t('steps.progress', { n: index + 1, total: STEPS.length, name: t(`steps.${step}`) })}
      />
      <View procedure={procedure} lang={lang} errors={shown} />
      {shown.size > 0 ? (
        <p className="dossier-alert" role="alert" data-testid="dossier-errors">
          {t('errors.summary', { count: shown.size })}
        </p>
      ) : null}
      <StepActions
        failure={failure ? [failure, 'dossier-submit-error'] : null}
        t={t}
        flow="dossier"
        finish="submit"
        finishing="submitting"
        first={index === 0}
        last={step === 'review'}
        busy={busy}
        onPrevious={() => goTo(STEPS[index - 1] as Step)}
        onNext={next}
      />
      {leaving ? <LeaveDraftDialog onKeep={() => leave(false)} onDiscard={() => leave(true)} onStay={() => setLeaving(null)} /> : null}
    </>
  );
}

/** The dossier flow for one procedure: applicant, the procedure's fields, papers, delivery, review, submit. */
export function DossierFormScreen({ params }: { params: ScreenParams['dossier.form'] }) {
  const { t, i18n } = useTranslation('dossiers');
  const { procedure, error } = useProcedure(params.procedureCode);
  const start = useDraft((s) => s.start);
  const consented = useDraft((s) => s.consented);
  const agree = useDraft((s) => s.agree);
  useEffect(() => start(params.procedureCode), [start, params.procedureCode]);
  const title = procedure ? localized(procedure.name, i18n.language) : t('form.title');
  return (
    <ScreenFrame title={title} testId="screen-dossier-form">
      {procedure && acceptsKioskSubmission(procedure) ? (
        consented ? (
          <Flow procedure={procedure} />
        ) : (
          <ConsentNotice purpose="dossier" onAgree={agree} onBack={() => leaveNow('back')} />
        )
      ) : (
        <p className="lead" role="status">
          {error === 'not-found'
            ? t('errors.procedureNotFound')
            : procedure
              ? t('errors.notOnline')
              : error
                ? t('errors.loadFailed')
                : t('form.loading')}
        </p>
      )}
    </ScreenFrame>
  );
}
