import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FeedbackStatus } from '../../src-main/api/center/center-wire';
import { FeedbackItem, type StaffView } from '../../src-main/api/center/office';
import { formatDossierCode } from '../../src-main/api/codes';
import { FeedbackAnswer } from './FeedbackAnswer';
import { officeCall } from './office-api';
import { formatTime } from './office-i18n';
import { useLoad } from './use-load';

/**
 * Citizens' feedback ("phản ánh, kiến nghị"), newest first. The commune's staff see who wrote
 * (unless anonymous) and answer; the province reads every commune's without the contact.
 */
export function FeedbackScreen({ me }: { me: StaffView }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const query = status ? `?status=${status}` : '';
  const { value: items, error, setValue } = useLoad(() => officeCall('GET', `feedback${query}`, z.array(FeedbackItem)), query);
  const replace = (changed: FeedbackItem) => setValue((items ?? []).map((f) => (f.reference === changed.reference ? changed : f)));

  return (
    <section aria-labelledby="feedback-title">
      <h1 id="feedback-title">{t('feedback.title')}</h1>
      <div className="office-filters">
        <label>
          {t('inbox.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="feedback-filter-status">
            <option value="">{t('inbox.any')}</option>
            {FeedbackStatus.options.map((s) => (
              <option key={s} value={s}>
                {t(`feedback.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? <p className="office-error">{t('app.error', { message: error })}</p> : null}
      {items === null ? <p>{t('app.loading')}</p> : null}
      {items?.length === 0 ? <p className="office-empty">{t('feedback.empty')}</p> : null}
      {items && items.length > 0 ? <p className="office-count">{t('feedback.count', { count: items.length })}</p> : null}
      <ul className="office-feedback" data-testid="feedback-list">
        {(items ?? []).map((f) => (
          <li key={f.reference} className="office-card" data-testid={`feedback-${f.reference}`} data-status={f.status}>
            <header className="office-card__head">
              <div>
                <strong className="office-code">{formatDossierCode(f.reference)}</strong>
                <div className="office-sub">
                  {formatTime(f.receivedAt)}
                  {me.role === 'admin' ? ` · ${f.communeName}` : ''} · {t('feedback.fromKiosk', { id: f.kioskId })}
                </div>
              </div>
              <span className={`office-step office-feedback--${f.status}`}>{t(`feedback.status.${f.status}`)}</span>
            </header>
            <p className="office-card__subject">
              {t(`feedback.subject.${f.subject}`)}
              {f.subject === 'procedure' ? `: ${f.procedureName ?? ''} (${f.procedureCode ?? ''})` : ''}
            </p>
            <blockquote className="office-card__text" lang={f.language}>
              {f.text}
            </blockquote>
            <p className={f.contact ? 'office-card__contact' : 'office-sub'}>
              {f.contact
                ? t('feedback.contact', { name: f.contact.name, phone: f.contact.phone })
                : f.anonymous
                  ? t('feedback.anonymous')
                  : t('feedback.contactHidden')}
            </p>
            {f.answeredBy ? (
              <div className="office-note" data-testid={`feedback-answered-${f.reference}`}>
                {t('feedback.answered', { name: f.answeredBy, when: formatTime(f.updatedAt) })}
                {f.canAnswer ? '' : `: ${f.note}`}
              </div>
            ) : null}
            {f.canAnswer ? <FeedbackAnswer item={f} onChanged={replace} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
