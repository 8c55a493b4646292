import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierStep } from '../../src-main/api/center/dossier-steps';
import { DossierDetail } from '../../src-main/api/center/office';
import { errorMessage } from '../../src-main/api/error-message';
import { officeCall } from './office-api';

/**
 * The buttons for the steps that may follow, and "fee collected". A supplement request needs its
 * reason; a result going by post takes the tracking number.
 */
export function StepActions({ dossier, onChanged }: { dossier: DossierDetail; onChanged: (d: DossierDetail) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<DossierStep | null>(null);
  const [note, setNote] = useState('');
  const [tracking, setTracking] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Only the commune's own staff see the applicant, and only they act on the dossier.
  const own = dossier.applicant !== null;
  const asksTracking = (s: DossierStep) => dossier.deliveryMethod === 'post' && (s === 'ready' || s === 'delivered');

  const run = (path: string, body: unknown) => {
    setBusy(true);
    setProblem(null);
    officeCall('POST', `dossiers/${dossier.code}/${path}`, DossierDetail, body)
      .then(
        (d) => {
          onChanged(d);
          setOpen(null);
          setNote('');
          setTracking('');
        },
        (e: unknown) => setProblem(errorMessage(e)),
      )
      .finally(() => setBusy(false));
  };

  if (!own) return null;
  return (
    <section className="office-actions" aria-label={t('dossier.actions')}>
      <h2>{t('dossier.actions')}</h2>
      {dossier.nextSteps.length === 0 ? <p>{t('dossier.done')}</p> : null}
      <div className="office-actions__buttons">
        {dossier.nextSteps.map((s) => (
          <button
            key={s}
            type="button"
            className={open === s ? 'primary' : undefined}
            onClick={() => setOpen(s)}
            data-testid={`action-${s}`}
          >
            {t(`action.${s}`)}
          </button>
        ))}
        {dossier.payment === 'unpaid' ? (
          <button type="button" disabled={busy} onClick={() => run('paid', {})} data-testid="action-paid">
            {t('action.paid')}
          </button>
        ) : null}
      </div>
      {open ? (
        <form
          className="office-step-form"
          onSubmit={(e) => {
            e.preventDefault();
            run('steps', { to: open, note, ...(tracking.trim() ? { tracking: tracking.trim() } : {}) });
          }}
        >
          <label>
            {open === 'needs-info' ? t('dossier.reason') : t('dossier.note')}
            <textarea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              required={open === 'needs-info'}
              rows={3}
              data-testid="step-note"
            />
          </label>
          {asksTracking(open) ? (
            <label>
              {t('dossier.trackingLabel')}
              <input value={tracking} onChange={(e) => setTracking(e.target.value)} data-testid="step-tracking" />
            </label>
          ) : null}
          {problem ? <p className="office-error">{problem}</p> : null}
          <div className="office-actions__buttons">
            <button type="submit" className="primary" disabled={busy} data-testid="step-confirm">
              {t('dossier.confirm')}: {t(`action.${open}`)}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('dossier.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
