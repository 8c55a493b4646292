import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_MAX_TEXT } from '../../../src-main/api/channels/feedback';
import { useApi } from '../../api/api-context';
import { ApiCallError } from '../../api/api-error';
import { KioskTextField } from '../../components/keyboard';
import { ConsentNotice } from '../../components/privacy/ConsentNotice';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';
import { ChoiceField } from '../dossiers/fields/ChoiceField';
import { StepActions } from '../dossiers/StepActions';
import { StepList } from '../dossiers/StepList';
import { EMPTY_FORM, FEEDBACK_STEPS, type FeedbackForm, type FeedbackStep, stepProblem, toDraft } from './feedback-draft';
import { ProcedurePicker } from './ProcedurePicker';
import './feedback-screens';
import '../dossiers/dossiers.css';
import './feedback.css';

type Language = 'vi' | 'en' | 'ar' | 'pl';

function StepView({
  step,
  form,
  set,
  problem,
}: {
  step: FeedbackStep;
  form: FeedbackForm;
  set(p: Partial<FeedbackForm>): void;
  problem?: string;
}) {
  const { t } = useTranslation('feedback');
  switch (step) {
    case 'subject':
      return (
        <div className="dossier-step" data-testid="feedback-step-subject">
          <ChoiceField
            label={t('subject.label')}
            required
            options={(['procedure', 'service', 'kiosk'] as const).map((k) => ({
              value: k,
              label: t(`subject.${k}`),
              detail: t(`subject.${k}Detail`),
            }))}
            value={form.subject ?? ''}
            onChange={(v) => set({ subject: v as FeedbackForm['subject'] })}
            error={form.subject ? undefined : problem}
            testId="feedback-subject"
          />
          {form.subject === 'procedure' ? (
            <ProcedurePicker value={form.procedure} onChange={(procedure) => set({ procedure })} error={problem} />
          ) : null}
        </div>
      );
    case 'write':
      return (
        <div className="dossier-step" data-testid="feedback-step-write">
          <KioskTextField
            label={t('write.label')}
            hint={t('write.hint', { max: FEEDBACK_MAX_TEXT })}
            value={form.text}
            onChange={(text) => set({ text })}
            multiline
            maxLength={FEEDBACK_MAX_TEXT}
            required
            error={problem}
            testId="feedback-text"
          />
        </div>
      );
    case 'contact':
      return (
        <div className="dossier-step" data-testid="feedback-step-contact">
          <ChoiceField
            label={t('contact.label')}
            required
            options={[
              { value: 'named', label: t('contact.named'), detail: t('contact.namedDetail') },
              { value: 'anonymous', label: t('contact.anonymous'), detail: t('contact.anonymousDetail') },
            ]}
            value={form.anonymous === null ? '' : form.anonymous ? 'anonymous' : 'named'}
            onChange={(v) => set({ anonymous: v === 'anonymous' })}
            error={form.anonymous === null ? problem : undefined}
            testId="feedback-contact"
          />
          {form.anonymous === false ? (
            <>
              <KioskTextField
                label={t('contact.name')}
                value={form.name}
                onChange={(name) => set({ name })}
                autoCapitalize="words"
                maxLength={200}
                required
                error={problem === t('errors.name') ? problem : undefined}
                testId="feedback-name"
              />
              <KioskTextField
                label={t('contact.phone')}
                hint={t('contact.phoneHint')}
                value={form.phone}
                onChange={(phone) => set({ phone })}
                mode="phone"
                maxLength={20}
                required
                error={problem === t('errors.phone') ? problem : undefined}
                testId="feedback-phone"
              />
            </>
          ) : null}
        </div>
      );
    case 'review':
      return (
        <dl className="dossier-receipt__facts feedback__review" data-testid="feedback-step-review">
          <div>
            <dt>{t('review.subject')}</dt>
            <dd>{form.subject === 'procedure' && form.procedure ? form.procedure.name : t(`subject.${form.subject ?? 'service'}`)}</dd>
          </div>
          <div>
            <dt>{t('review.text')}</dt>
            <dd className="feedback__text">{form.text.trim()}</dd>
          </div>
          <div>
            <dt>{t('review.contact')}</dt>
            <dd>{form.anonymous ? t('contact.anonymous') : `${form.name.trim()} · ${form.phone.trim()}`}</dd>
          </div>
        </dl>
      );
    default: {
      const never: never = step;
      throw new Error(`unknown step ${String(never)}`);
    }
  }
}

/** The feedback flow: what it is about, what to say, who to answer (or nobody), check, send. */
export function FeedbackWriteScreen() {
  const { t, i18n } = useTranslation('feedback');
  const api = useApi();
  const [form, setForm] = useState<FeedbackForm>(EMPTY_FORM);
  const [consented, setConsented] = useState(false);
  const [index, setIndex] = useState(0);
  const [showProblem, setShowProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const step = FEEDBACK_STEPS[index] as FeedbackStep;
  const problemKey = stepProblem(step, form);
  const problem = showProblem && problemKey ? t(problemKey) : undefined;

  const set = (patch: Partial<FeedbackForm>) => setForm((f) => ({ ...f, ...patch }));
  const goTo = (i: number) => {
    setShowProblem(false);
    setFailure(null);
    setIndex(i);
  };
  const next = async () => {
    if (problemKey) {
      setShowProblem(true);
      return;
    }
    if (step !== 'review') {
      goTo(index + 1);
      return;
    }
    setBusy(true);
    try {
      const receipt = await api.call('feedback.submit', toDraft(form, i18n.language as Language));
      useNavigation.getState().replace('feedback.receipt', { reference: receipt.reference });
    } catch (e) {
      setFailure(e instanceof ApiCallError && e.code === 'bad-request' ? t('errors.refused') : t('errors.failed'));
      setBusy(false);
    }
  };

  if (!consented) {
    return (
      <ScreenFrame title={t('title')} testId="screen-feedback-write" help={t('help')}>
        <ConsentNotice purpose="feedback" onAgree={() => setConsented(true)} onBack={() => useNavigation.getState().back()} />
        {/* Looking an earlier feedback up by its reference collects nothing: no agreement needed. */}
        <TouchButton size="large" onClick={() => useNavigation.getState().go('feedback.lookup', {})} data-testid="feedback-open-lookup">
          {t('actions.lookup')}
        </TouchButton>
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame title={t('title')} testId="screen-feedback-write" help={t('help')}>
      <StepList
        names={FEEDBACK_STEPS.map((s) => t(`steps.${s}`))}
        index={index}
        label={t('steps.label')}
        progress={t('steps.progress', { n: index + 1, total: FEEDBACK_STEPS.length, name: t(`steps.${step}`) })}
      />
      <StepView step={step} form={form} set={set} problem={problem} />
      <StepActions
        failure={failure ? [failure, 'feedback-error'] : null}
        t={t}
        flow="feedback"
        finish="send"
        finishing="sending"
        first={index === 0}
        last={step === 'review'}
        busy={busy}
        onPrevious={() => goTo(index - 1)}
        onNext={() => void next()}
        instead={
          <TouchButton size="large" onClick={() => useNavigation.getState().go('feedback.lookup', {})} data-testid="feedback-open-lookup">
            {t('actions.lookup')}
          </TouchButton>
        }
      />
    </ScreenFrame>
  );
}
