import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackItem } from '../../src-main/api/center/office';
import { errorMessage } from '../../src-main/api/error-message';
import { officeCall } from './office-api';

const CHOICES = ['processing', 'answered', 'closed'] as const;

/** The commune's answer to one feedback: where it stands, and a note the citizen reads at the kiosk. */
export function FeedbackAnswer({ item, onChanged }: { item: FeedbackItem; onChanged: (f: FeedbackItem) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<(typeof CHOICES)[number]>(item.status === 'received' ? 'answered' : item.status);
  const [note, setNote] = useState(item.note);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="office-step-form"
      data-testid={`feedback-answer-${item.reference}`}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setProblem(null);
        officeCall('POST', `feedback/${item.reference}/answer`, FeedbackItem, { status, note })
          .then(onChanged, (err: unknown) => setProblem(errorMessage(err)))
          .finally(() => setBusy(false));
      }}
    >
      <label>
        {t('feedback.newStatus')}
        <select value={status} onChange={(e) => setStatus(e.target.value as (typeof CHOICES)[number])}>
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`feedback.status.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('feedback.answer')}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} required={status === 'answered'} />
        <span className="office-field-hint">{t('feedback.answerHint')}</span>
      </label>
      {problem ? <p className="office-error">{problem}</p> : null}
      <div className="office-actions__buttons">
        <button type="submit" className="primary" disabled={busy}>
          {t('feedback.save')}
        </button>
      </div>
    </form>
  );
}
